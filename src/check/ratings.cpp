#include "check/ratings.hpp"
#include "common/strings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "generated/texts/model.hpp"
#include "io/paths.hpp"
#include "model/rating.hpp"

namespace routekaart::check {
using catalogue::Catalogue;
using io::expand_paths;
using io::ExpandedPaths;
using model::Intervention;
using model::load_intervention;
using model::load_rating_file;
using model::LoadedIntervention;
using model::Rating;
using model::RatingFile;
using model::same_rater;

std::optional<Stats> describe(const std::vector<int>& values) {
  if (values.empty()) return std::nullopt;
  Stats s;
  s.n = static_cast<int>(values.size());
  s.min = *std::min_element(values.begin(), values.end());
  s.max = *std::max_element(values.begin(), values.end());
  double sum = 0;
  for (int v : values) sum += v;
  s.mean = sum / s.n;
  if (s.n > 1) {
    double squares = 0;
    for (int v : values) squares += (v - s.mean) * (v - s.mean);
    s.sd = std::sqrt(squares / (s.n - 1));
  }
  return s;
}

const char* quadrant_id(Quadrant quadrant) {
  switch (quadrant) {
    case Quadrant::concentrate_here:
      return "concentrate-here";
    case Quadrant::keep_up:
      return "keep-up-the-good-work";
    case Quadrant::low_priority:
      return "low-priority";
    case Quadrant::possible_overkill:
      return "possible-overkill";
  }
  return "low-priority";
}

Quadrant quadrant_of(double importance, double attention, double cross_importance,
                     double cross_attention) {
  const bool important = importance >= cross_importance - kRatingEpsilon;
  const bool attended = attention >= cross_attention - kRatingEpsilon;
  if (important) return attended ? Quadrant::keep_up : Quadrant::concentrate_here;
  return attended ? Quadrant::possible_overkill : Quadrant::low_priority;
}

int SignpostRatings::widest_range() const {
  return std::max(importance ? importance->range() : 0, attention ? attention->range() : 0);
}

RatingSummary summarise_ratings(const std::vector<Rating>& ratings, bool midpoint) {
  RatingSummary out;
  out.raters = static_cast<int>(ratings.size());
  double sum_importance = 0, sum_attention = 0;
  int both = 0;
  for (int n = 1; n <= kSignpostCount; ++n) {
    SignpostRatings s;
    s.number = n;
    std::vector<int> importance, attention;
    for (const auto& rating : ratings) {
      auto it = rating.scores.find(n);
      if (it == rating.scores.end()) continue;
      if (it->second.importance) importance.push_back(*it->second.importance);
      if (it->second.attention) attention.push_back(*it->second.attention);
      if (it->second.importance || it->second.attention) ++s.raters;
    }
    s.importance = describe(importance);
    s.attention = describe(attention);
    s.disagreement = s.widest_range() >= kDisagreementRange;
    if (s.importance && s.attention) {
      s.gap = s.importance->mean - s.attention->mean;
      sum_importance += s.importance->mean;
      sum_attention += s.attention->mean;
      ++both;
    }
    if (!s.rated()) out.not_rated.push_back(n);
    out.signposts.push_back(s);
  }
  if (midpoint)
    out.crosshair = Crosshair{true, kScaleMidpoint, kScaleMidpoint};
  else if (both > 0)
    out.crosshair = Crosshair{false, sum_importance / both, sum_attention / both};
  for (auto& s : out.signposts) {
    if (!s.gap) continue;
    out.priorities.push_back(s.number);
    if (out.crosshair)
      s.quadrant = quadrant_of(s.importance->mean, s.attention->mean, out.crosshair->importance,
                               out.crosshair->attention);
  }
  std::stable_sort(out.priorities.begin(), out.priorities.end(), [&](int a, int b) {
    const double ga = *out.at(a).gap, gb = *out.at(b).gap;
    if (std::abs(ga - gb) > kRatingEpsilon) return ga > gb;
    return a < b;
  });
  return out;
}

RatingSet collect_ratings(const Intervention& intervention, const std::vector<std::string>& paths,
                          const Limits& limits) {
  RatingSet out;
  out.ratings = intervention.ratings;
  ExpandedPaths files = expand_paths(paths);
  for (auto& p : files.problems) {
    out.unreadable = true;
    out.diagnostics.push_back(std::move(p));
  }
  for (const auto& path : files.files) {
    RatingFile file = load_rating_file(path, limits);
    out.unreadable = out.unreadable || file.unreadable;
    const bool valid = file.diagnostics.empty();
    out.diagnostics.insert(out.diagnostics.end(), file.diagnostics.begin(), file.diagnostics.end());
    if (file.rating && valid) out.ratings.push_back(std::move(*file.rating));
  }
  check_duplicate_raters(out.ratings, out.diagnostics);
  return out;
}

RatedFile load_rated(const std::string& path, const std::vector<std::string>& rating_paths,
                     const Catalogue& catalogue, const Limits& limits) {
  RatedFile out;
  LoadedIntervention loaded = load_intervention(path, catalogue, limits);
  out.problems = loaded.diagnostics;
  if (loaded.unreadable) {
    out.exit_code = 2;
    return out;
  }
  if (!loaded.valid()) {
    out.exit_code = 1;
    return out;
  }
  RatingSet set = collect_ratings(*loaded.intervention, rating_paths, limits);
  out.problems = std::move(set.diagnostics);
  sort_diagnostics(out.problems);
  out.exit_code = set.unreadable ? 2 : out.problems.empty() ? 0 : 1;
  if (out.exit_code == 0) {
    out.intervention = std::move(loaded.intervention);
    out.ratings = std::move(set.ratings);
  }
  return out;
}

void check_duplicate_raters(const std::vector<Rating>& ratings, Diagnostics& out) {
  // Each rater's first rating, by the name as same_rater compares it: one look-up per rating.
  std::unordered_map<std::string, const Rating*> first_of;
  first_of.reserve(ratings.size());
  for (const Rating& second : ratings) {
    const auto [it, inserted] = first_of.emplace(model::rater_key(second.rater), &second);
    if (inserted) continue;
    const Rating& first = *it->second;
    out.push_back(Diagnostic{RuleId::RK021,
                             Severity::error,
                             Location{second.file, second.mark.line, second.mark.column},
                             texts::ratings_duplicate{.column = first.mark.column,
                                                      .file = first.file,
                                                      .line = first.mark.line,
                                                      .rater = one_line(second.rater)},
                             {texts::ratings_duplicate_hint{}},
                             0});
  }
}

}  // namespace routekaart::check
