#include "check/ratings.hpp"
#include "common/strings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "common/messages.hpp"
#include "io/paths.hpp"
#include "render/escape.hpp"
#include "schema/format.hpp"
#include "schema/validate.hpp"
#include "yaml/load.hpp"

namespace routekaart::check {
using catalogue::Catalogue;
using io::expand_paths;
using io::ExpandedPaths;
using io::read_source;
using io::ReadResult;
using io::Source;
using model::Intervention;
using model::load_intervention;
using model::LoadedIntervention;
using model::Rating;
using model::read_rating;
using render::yaml_quote;
using schema::validate_tree;
using yaml::parse_yaml;
using yaml::ParsedYaml;

namespace {

constexpr double kEpsilon = 1e-9;

std::string fold(std::string_view name) {
  std::string out(one_line(name));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

Diagnostic problem(const Source& source, yaml::Mark mark, std::string message, std::string hint) {
  return Diagnostic{"RK015",
                    Severity::error,
                    Location{source.path, mark.line, mark.column},
                    std::move(message),
                    std::move(hint),
                    0};
}

}  // namespace

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
  const bool important = importance >= cross_importance - kEpsilon;
  const bool attended = attention >= cross_attention - kEpsilon;
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
    if (std::abs(ga - gb) > kEpsilon) return ga > gb;
    return a < b;
  });
  return out;
}

RatingFile load_rating_text(const Source& source, const Limits& limits, Lang lang) {
  RatingFile out;
  ParsedYaml parsed = parse_yaml(source, limits, lang);
  out.diagnostics = std::move(parsed.diagnostics);
  if (!parsed.root) {
    if (out.diagnostics.empty())
      out.diagnostics.push_back(problem(source, yaml::Mark{1, 1}, msg(lang, "read.empty"),
                                        msg(lang, "ratings.file.hint")));
    return out;
  }
  if (!parsed.root->is_map()) {
    out.diagnostics.push_back(problem(source, parsed.root->mark, msg(lang, "ratings.file.root"),
                                      msg(lang, "ratings.file.hint")));
    return out;
  }
  validate_tree(
      *parsed.root, schema::rating_spec(), source.path, lang,
      [](int) { return std::vector<std::string>{}; }, out.diagnostics);
  out.rating = read_rating(*parsed.root, source.path);
  for (const auto& [key, value] : parsed.root->entries)
    if (key.value == "rater") {
      out.rating->mark = key.mark;
      break;
    }
  sort_diagnostics(out.diagnostics);
  return out;
}

RatingFile load_rating_file(const std::string& path, const Limits& limits, Lang lang) {
  ReadResult read = read_source(path, limits, lang);
  if (!read.source) {
    RatingFile out;
    out.unreadable = read.error->rule == "RK002";
    out.diagnostics.push_back(std::move(*read.error));
    return out;
  }
  return load_rating_text(*read.source, limits, lang);
}

RatingSet collect_ratings(const Intervention& intervention, const std::vector<std::string>& paths,
                          const Limits& limits, Lang lang) {
  RatingSet out;
  out.ratings = intervention.ratings;
  ExpandedPaths files = expand_paths(paths, lang);
  for (auto& p : files.problems) {
    out.unreadable = true;
    out.diagnostics.push_back(std::move(p));
  }
  for (const auto& path : files.files) {
    RatingFile file = load_rating_file(path, limits, lang);
    out.unreadable = out.unreadable || file.unreadable;
    const bool valid = file.diagnostics.empty();
    out.diagnostics.insert(out.diagnostics.end(), file.diagnostics.begin(), file.diagnostics.end());
    if (file.rating && valid) out.ratings.push_back(std::move(*file.rating));
  }
  check_duplicate_raters(out.ratings, lang, out.diagnostics);
  return out;
}

bool same_rater(std::string_view a, std::string_view b) {
  return fold(a) == fold(b);
}

RatedFile load_rated(const std::string& path, const std::vector<std::string>& rating_paths,
                     const Catalogue& catalogue, const Limits& limits, Lang lang) {
  RatedFile out;
  LoadedIntervention loaded = load_intervention(path, catalogue, limits, lang);
  out.problems = loaded.diagnostics;
  if (loaded.unreadable) {
    out.exit_code = 2;
    return out;
  }
  if (!loaded.valid()) {
    out.exit_code = 1;
    return out;
  }
  RatingSet set = collect_ratings(*loaded.intervention, rating_paths, limits, lang);
  out.problems = std::move(set.diagnostics);
  sort_diagnostics(out.problems);
  out.exit_code = set.unreadable ? 2 : out.problems.empty() ? 0 : 1;
  if (out.exit_code == 0) {
    out.intervention = std::move(loaded.intervention);
    out.ratings = std::move(set.ratings);
  }
  return out;
}

void check_duplicate_raters(const std::vector<Rating>& ratings, Lang lang, Diagnostics& out) {
  for (std::size_t i = 0; i < ratings.size(); ++i)
    for (std::size_t j = 0; j < i; ++j) {
      if (!same_rater(ratings[i].rater, ratings[j].rater)) continue;
      const Rating& first = ratings[j];
      const Rating& second = ratings[i];
      out.push_back(Diagnostic{"RK021", Severity::error,
                               Location{second.file, second.mark.line, second.mark.column},
                               msg(lang, "ratings.duplicate", one_line(second.rater), first.file,
                                   first.mark.line, first.mark.column),
                               msg(lang, "ratings.duplicate.hint"), 0});
      break;
    }
}

std::string rater_slug(std::string_view rater) {
  std::string out;
  bool dash = false;
  for (char c : rater) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !out.empty()) out += '-';
      out += c;
      dash = false;
    } else {
      dash = true;
    }
  }
  return out.empty() ? "rater" : out;
}

Answer parse_answer(std::string_view line) {
  const std::string word = fold(line);
  if (word.empty()) return Answer{Answer::blank, 0};
  if (word == "s") return Answer{Answer::skip, 0};
  if (word == "q") return Answer{Answer::quit, 0};
  if (word.size() == 1 && word[0] >= '1' && word[0] <= '5')
    return Answer{Answer::score, word[0] - '0'};
  return Answer{Answer::invalid, 0};
}

std::string rating_yaml(const Rating& rating, const std::vector<std::string>& comment) {
  std::string out;
  for (const auto& line : comment) out += "# " + one_line(line) + '\n';
  out += "rater: " + yaml_quote(one_line(rating.rater)) + '\n';
  if (!rating.role.empty()) out += "role: " + yaml_quote(one_line(rating.role)) + '\n';
  if (!rating.date.empty()) out += "date: " + rating.date + '\n';
  if (rating.scores.empty()) return out + "scores: {}\n";
  out += "scores:\n";
  for (const auto& [number, score] : rating.scores) {
    std::vector<std::string> parts;
    if (score.importance) parts.push_back(fmt::format("importance: {}", *score.importance));
    if (score.attention) parts.push_back(fmt::format("attention: {}", *score.attention));
    out += fmt::format("  {}: {{{}}}\n", number, fmt::join(parts, ", "));
  }
  return out;
}

}  // namespace routekaart::check
