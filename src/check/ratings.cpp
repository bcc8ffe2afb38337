#include "check/ratings.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>
#include <string>
#include <unordered_map>

#include "common/strings.hpp"
#include "io/paths.hpp"
#include "io/platform.hpp"
#include "model/rating.hpp"

namespace routekaart::check {
using catalogue::Catalogue;
using model::Intervention;
using model::Rating;

namespace fs = std::filesystem;

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
    if (out.crosshair && s.importance->n >= kQuadrantRaters && s.attention->n >= kQuadrantRaters)
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

// ---- Rounds and roles ----------------------------------------------------------------------

std::vector<Round> rounds_of(const std::vector<Rating>& ratings) {
  std::vector<Round> rounds;
  std::vector<std::size_t> appearance;  // per round: its first rating, for ties
  auto open_round = [&](std::string id, std::size_t first_rating) {
    rounds.push_back(Round{std::move(id), "", "", {}});
    appearance.push_back(first_rating);
    return rounds.size() - 1;
  };
  // Named rounds, and the one round of ratings with neither a name nor a date.
  std::unordered_map<std::string, std::size_t> named;
  std::vector<std::size_t> dated;
  for (std::size_t i = 0; i < ratings.size(); ++i) {
    const std::string name = one_line(ratings[i].round);
    if (name.empty() && !ratings[i].date.empty()) {
      dated.push_back(i);
      continue;
    }
    auto [it, fresh] = named.try_emplace(name, rounds.size());
    if (fresh) open_round(name, i);
    rounds[it->second].members.push_back(i);
  }
  // Dated ratings without a name, by date: a round takes every later rating until a rater who
  // is already in it rates again (on a later day); that rating starts the next round.
  std::stable_sort(dated.begin(), dated.end(),
                   [&](std::size_t a, std::size_t b) { return ratings[a].date < ratings[b].date; });
  std::unordered_map<std::string, std::string> in_round;  // rater key -> their date in it
  std::size_t current = 0;
  for (std::size_t i : dated) {
    const std::string key = model::rater_key(ratings[i].rater);
    auto it = in_round.find(key);
    const bool again = it != in_round.end() && it->second != ratings[i].date;
    if (rounds.size() == named.size() || again) {
      current = open_round(ratings[i].date, i);
      in_round.clear();
    }
    in_round[key] = ratings[i].date;
    rounds[current].members.push_back(i);
  }
  for (auto& round : rounds) {
    std::sort(round.members.begin(), round.members.end());
    for (std::size_t i : round.members) {
      const std::string& date = ratings[i].date;
      if (!date.empty() && (round.first.empty() || date < round.first)) round.first = date;
      if (date > round.last) round.last = date;
    }
  }
  std::vector<std::size_t> order(rounds.size());
  for (std::size_t r = 0; r < order.size(); ++r) order[r] = r;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (rounds[a].first != rounds[b].first) return rounds[a].first < rounds[b].first;
    return appearance[a] < appearance[b];
  });
  std::vector<Round> out;
  for (std::size_t r : order) out.push_back(std::move(rounds[r]));
  return out;
}

const Round* find_round(const std::vector<Round>& rounds, std::string_view wanted) {
  for (const auto& round : rounds)
    if (round.id == wanted) return &round;
  if (wanted.size() == 10)  // a date within a round
    for (const auto& round : rounds)
      if (!round.first.empty() && round.first <= wanted && wanted <= round.last) return &round;
  std::size_t number = 0;
  for (char c : wanted) {
    if (c < '0' || c > '9' || number > rounds.size()) return nullptr;
    number = number * 10 + static_cast<std::size_t>(c - '0');
  }
  return number >= 1 && number <= rounds.size() ? &rounds[number - 1] : nullptr;
}

std::vector<Rating> latest_ratings(const std::vector<Rating>& ratings) {
  const std::vector<Round> rounds = rounds_of(ratings);
  std::vector<std::size_t> place(ratings.size());  // rating -> its round's place, oldest 0
  for (std::size_t r = 0; r < rounds.size(); ++r)
    for (std::size_t i : rounds[r].members) place[i] = r;
  std::unordered_map<std::string, std::size_t> latest;  // rater key -> rating
  latest.reserve(ratings.size());
  for (std::size_t i = 0; i < ratings.size(); ++i) {
    auto [it, fresh] = latest.try_emplace(model::rater_key(ratings[i].rater), i);
    if (!fresh && place[i] >= place[it->second]) it->second = i;
  }
  std::vector<bool> keep(ratings.size(), false);
  for (const auto& [key, i] : latest) keep[i] = true;
  std::vector<Rating> out;
  for (std::size_t i = 0; i < ratings.size(); ++i)
    if (keep[i]) out.push_back(ratings[i]);
  return out;
}

std::vector<Rating> ratings_in_round(const std::vector<Rating>& ratings, const Round& round) {
  std::vector<Rating> out;
  for (std::size_t i : round.members) out.push_back(ratings[i]);
  return out;
}

Selection select_ratings(const std::vector<Rating>& ratings, std::string_view wanted) {
  Selection out;
  if (wanted.empty()) {
    out.ratings = latest_ratings(ratings);
    return out;
  }
  const std::vector<Round> rounds = rounds_of(ratings);
  const Round* round = find_round(rounds, wanted);
  out.found = round != nullptr;
  if (round) {
    out.round = round->id;
    out.ratings = ratings_in_round(ratings, *round);
  }
  return out;
}

std::vector<GroupSummary> summarise_rounds(const std::vector<Rating>& ratings) {
  std::vector<GroupSummary> out;
  for (const auto& round : rounds_of(ratings)) {
    std::vector<Rating> members = ratings_in_round(ratings, round);
    out.push_back(GroupSummary{round.id, round.id, round.first, round.last,
                               static_cast<int>(members.size()),
                               summarise_ratings(members, false)});
  }
  return out;
}

std::vector<GroupSummary> summarise_roles(const std::vector<Rating>& ratings) {
  struct Group {
    std::string key, label;
    std::vector<Rating> members;
  };
  std::vector<Group> groups;
  std::unordered_map<std::string, std::size_t> index;
  for (const auto& r : ratings) {
    const std::string label = one_line(r.role);
    const std::string key = label.empty() ? "" : model::rater_key(label);
    auto [it, fresh] = index.try_emplace(key, groups.size());
    if (fresh) groups.push_back(Group{key, label, {}});
    groups[it->second].members.push_back(r);
  }
  std::stable_partition(groups.begin(), groups.end(),
                        [](const Group& g) { return !g.key.empty(); });
  std::vector<GroupSummary> out;
  for (auto& g : groups)
    out.push_back(GroupSummary{g.key, g.label, "", "", static_cast<int>(g.members.size()),
                               summarise_ratings(g.members, false)});
  return out;
}

// ---- Loading -------------------------------------------------------------------------------

namespace {

// A path as a key that is the same however the file was reached ("a/../a/r.yaml", a link).
std::string same_file_key(const std::string& path) {
  if (path == "-") return path;
  std::error_code ec;
  const fs::path canonical = fs::weakly_canonical(io::platform::to_path(path), ec);
  return ec ? path : io::platform::from_path(canonical);
}

struct Collector {
  const Limits& limits;
  RatingSet& out;
  std::set<std::string> seen;  // same_file_key of every file read or skipped

  // A file found in a folder: a rating file is read, other YAML is skipped.
  void found(const std::string& path) {
    if (!seen.insert(same_file_key(path)).second) return;
    io::ReadResult read = io::read_source(path, limits);
    if (!read.source) return problem(std::move(*read.error));
    const model::FileKind kind = model::classify_yaml(read.source->text);
    if (kind != model::FileKind::rating) {
      out.skipped.push_back({path, kind});
      return;
    }
    add(model::load_rating_text(*read.source, limits));
  }

  // A file named with --ratings: read as a rating file, whatever it holds.
  void named(const std::string& path) {
    if (!seen.insert(same_file_key(path)).second) return;
    add(model::load_rating_file(path, limits));
  }

  void problem(Diagnostic d) {
    out.unreadable = out.unreadable || d.rule == RuleId::RK002;
    out.diagnostics.push_back(std::move(d));
  }

  void add(model::RatingFile file) {
    out.unreadable = out.unreadable || file.unreadable;
    const bool valid = file.diagnostics.empty();
    out.diagnostics.insert(out.diagnostics.end(), file.diagnostics.begin(), file.diagnostics.end());
    if (file.rating && valid) out.ratings.push_back(std::move(*file.rating));
  }

  void path(const std::string& p) {
    std::error_code ec;
    if (p == "-" || !fs::is_directory(io::platform::to_path(p), ec)) return named(p);
    io::ExpandedPaths files = io::expand_paths({p});
    for (auto& d : files.problems) problem(std::move(d));
    for (const auto& file : files.files) found(file);
  }
};

}  // namespace

RatingSet collect_ratings(const Intervention& intervention, const std::vector<std::string>& paths,
                          const Limits& limits) {
  RatingSet out;
  out.ratings = intervention.ratings;
  Collector collector{limits, out, {}};
  if (!intervention.path.empty() && intervention.path != "-")
    collector.seen.insert(same_file_key(intervention.path));
  for (const auto& p : paths) collector.path(p);
  // The intervention's own ratings were checked when it was loaded; report what the rating
  // files add.
  Diagnostics duplicates;
  model::check_duplicate_raters(out.ratings, duplicates);
  for (auto& d : duplicates)
    if (intervention.path.empty() || d.location.file != intervention.path)
      out.diagnostics.push_back(std::move(d));
  return out;
}

RatingSet collect_team_ratings(const Intervention& intervention, const std::string& path,
                               const std::vector<std::string>& paths, const Limits& limits) {
  std::vector<std::string> all;
  const model::RatingsFolder folder = model::find_ratings_folder(path);
  if (folder.exists && !folder.outside) all.push_back(folder.path);
  all.insert(all.end(), paths.begin(), paths.end());
  RatingSet out = collect_ratings(intervention, all, limits);
  if (folder.exists) (folder.outside ? out.outside_folder : out.ratings_folder) = folder.path;
  return out;
}

RatedFile load_rated(const std::string& path, const std::vector<std::string>& rating_paths,
                     const Catalogue& catalogue, const Limits& limits) {
  RatedFile out;
  model::LoadedIntervention loaded = model::load_intervention(path, catalogue, limits);
  out.problems = loaded.diagnostics;
  if (loaded.unreadable) {
    out.exit_code = 2;
    return out;
  }
  if (!loaded.valid()) {
    out.exit_code = 1;
    return out;
  }
  RatingSet set = collect_team_ratings(*loaded.intervention, path, rating_paths, limits);
  out.problems = std::move(set.diagnostics);
  out.skipped = std::move(set.skipped);
  out.ratings_folder = std::move(set.ratings_folder);
  out.outside_folder = std::move(set.outside_folder);
  sort_diagnostics(out.problems);
  out.exit_code = set.unreadable ? 2 : out.problems.empty() ? 0 : 1;
  if (out.exit_code == 0) {
    out.intervention = std::move(loaded.intervention);
    out.ratings = std::move(set.ratings);
  }
  return out;
}

}  // namespace routekaart::check
