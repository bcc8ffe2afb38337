#pragma once
// Team ratings of the signposts (importance and attention, 1..5): loading rating files, catching
// raters who appear twice (RK021), and the statistics behind `ratings`, `agenda` and `diff`.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "io/source.hpp"
#include "model/intervention.hpp"

namespace routekaart::check {

/// A range (max - min) of at least this many scale points on importance or attention marks a
/// signpost as one the raters disagree on.
inline constexpr int kDisagreementRange = 3;
/// The scale midpoint, the crosshair of `--crosshair midpoint`.
inline constexpr double kScaleMidpoint = 3.0;
// Tolerance when comparing averages of ratings (sums of fractions).
inline constexpr double kRatingEpsilon = 1e-9;

/// Descriptive statistics of one set of scores.
struct Stats {
  int n = 0;
  double mean = 0;
  int min = 0, max = 0;
  std::optional<double> sd;  // sample standard deviation (n - 1); absent when n < 2
  /// max - min: how far the raters are apart.
  int range() const { return max - min; }
};

/// The statistics of `values`, or nullopt when there are none.
std::optional<Stats> describe(const std::vector<int>& values);

/// The importance-performance quadrants (Martilla & James, 1977).
enum class Quadrant { concentrate_here, keep_up, low_priority, possible_overkill };

/// The stable id of a quadrant in JSON: "concentrate-here", "keep-up-the-good-work", ...
const char* quadrant_id(Quadrant quadrant);

/// The quadrant of a point: a mean at or above the crosshair (within 1e-9) counts as high.
Quadrant quadrant_of(double importance, double attention, double cross_importance,
                     double cross_attention);

struct SignpostRatings {
  int number = 0;
  int raters = 0;  // raters who gave this signpost at least one score
  std::optional<Stats> importance, attention;
  std::optional<double> gap;  // mean importance - mean attention, when both exist
  bool disagreement = false;  // range >= kDisagreementRange on importance or attention
  std::optional<Quadrant> quadrant;
  /// True when anyone gave this signpost a score.
  bool rated() const { return raters > 0; }
  /// The wider of the two ranges (0 when unrated).
  int widest_range() const;
};

struct Crosshair {
  bool midpoint = false;  // false: the grand means of the signposts
  double importance = kScaleMidpoint, attention = kScaleMidpoint;
};

struct RatingSummary {
  int raters = 0;
  std::vector<SignpostRatings> signposts;  // 1..14, in order
  std::optional<Crosshair> crosshair;      // absent for `means` when no signpost has both means
  std::vector<int> priorities;             // signposts with a gap: largest gap first, then number
  std::vector<int> not_rated;              // signposts nobody scored
  /// The aggregate of signpost `number` (1..14).
  const SignpostRatings& at(int number) const {
    return signposts[static_cast<std::size_t>(number - 1)];
  }
};

/// Aggregates the ratings per signpost. The `means` crosshair is the mean, over the signposts
/// that have both a mean importance and a mean attention, of those means.
RatingSummary summarise_ratings(const std::vector<model::Rating>& ratings, bool midpoint);

struct RatingSet {
  std::vector<model::Rating> ratings;  // the file's own `ratings:`, then the rating files in order
  Diagnostics diagnostics;             // problems in the rating files, and RK021
  bool unreadable = false;             // a --ratings path could not be read
};

/// The ratings of `intervention` plus those in `paths` (files, or folders searched for *.yaml
/// and *.yml, sorted), checked for raters who appear twice.
RatingSet collect_ratings(const model::Intervention& intervention,
                          const std::vector<std::string>& paths, const Limits& limits);

/// RK021 for every rating whose rater (trimmed, ASCII case ignored) appeared before, located at
/// the second occurrence.
void check_duplicate_raters(const std::vector<model::Rating>& ratings, Diagnostics& out);

struct RatedFile {
  std::optional<model::Intervention> intervention;  // present when exit_code is 0
  std::vector<model::Rating> ratings;               // the file's own, then the rating files'
  Diagnostics problems;                             // what stops the command, sorted
  int exit_code = 0;  // 0; 1 a file has problems (validation, RK021); 2 a path cannot be read
};

/// Loads the intervention at `path` and every rating it has or `rating_paths` holds, for the
/// commands that work on ratings (`ratings`, `agenda`).
RatedFile load_rated(const std::string& path, const std::vector<std::string>& rating_paths,
                     const catalogue::Catalogue& catalogue, const Limits& limits);

}  // namespace routekaart::check
