#pragma once
// Team ratings of the signposts (importance and attention, 1..5): loading rating files (the
// intervention's own, its team folder's ratings/ and any --ratings), rounds (each rater's latest
// rating, one round, the trend between rounds), roles, and the statistics behind `ratings`,
// `agenda` and `diff`.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/report.hpp"
#include "common/diagnostic.hpp"
#include "io/source.hpp"
#include "model/classify.hpp"
#include "model/intervention.hpp"

namespace routekaart::check {

/// A range (max - min) of at least this many scale points on importance or attention marks a
/// signpost as one the raters disagree on.
inline constexpr int kDisagreementRange = 3;
/// The scale midpoint, the crosshair of `--crosshair midpoint`.
inline constexpr double kScaleMidpoint = 3.0;
/// A signpost gets a quadrant only when at least this many raters gave each of its two scores:
/// one person's scores say nothing about where the team stands.
inline constexpr int kQuadrantRaters = 2;
// Tolerance when comparing averages of ratings (sums of fractions).
inline constexpr double kRatingEpsilon = 1e-9;

/// Descriptive statistics of one set of scores.
struct Stats {
  int n = 0;  // how many raters gave this score
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
  /// True when the signpost has both means but too few raters (kQuadrantRaters) for a quadrant.
  bool too_few_for_quadrant() const { return gap && !quadrant; }
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
/// that have both a mean importance and a mean attention, of those means. A quadrant needs
/// kQuadrantRaters raters on each score (and a crosshair, which `means` may not have).
RatingSummary summarise_ratings(const std::vector<model::Rating>& ratings, bool midpoint);

// ---- Rounds and roles ----------------------------------------------------------------------

/// One round of ratings.
struct Round {
  std::string id;  // the `round:` name; for ratings without one, the round's first date; ""
                   // for the ratings with neither a name nor a date
  std::string first, last;           // its earliest and latest date; "" when none has a date
  std::vector<std::size_t> members;  // indexes into the ratings, in their order
};

/// The rounds of `ratings`: ratings with the same `round:` name form a round; those without a
/// name but with a date are taken by date, and a round takes every later rating until a rater
/// who is already in it rates again on a later day, whose rating starts the next round (the
/// team rates before each meeting, spread over a few days); those with neither form one round.
/// Ordered by earliest date (rounds without any date first), then by first appearance.
std::vector<Round> rounds_of(const std::vector<model::Rating>& ratings);

/// The round `wanted` names: its id, a date within it (YYYY-MM-DD), or its number (1 = the
/// oldest); nullptr when none.
const Round* find_round(const std::vector<Round>& rounds, std::string_view wanted);

/// Each rater's rating in the latest round they rated in, in the order of `ratings`.
std::vector<model::Rating> latest_ratings(const std::vector<model::Rating>& ratings);

/// The ratings of `round` (one of rounds_of(ratings)), in their order.
std::vector<model::Rating> ratings_in_round(const std::vector<model::Rating>& ratings,
                                            const Round& round);

/// The ratings a summary uses: those of one round, or each rater's latest.
struct Selection {
  bool found = true;                   // false: `wanted` names no round
  std::optional<std::string> round;    // the round's id when one was wanted
  std::vector<model::Rating> ratings;  // in their order
};

/// The ratings of the round `wanted` names (find_round), or each rater's latest rating when
/// `wanted` is empty.
Selection select_ratings(const std::vector<model::Rating>& ratings, std::string_view wanted);

/// One group of ratings summarised: a round, or a role.
struct GroupSummary {
  std::string id;           // the round; for a role, its key (model::rater_key), "" for no role
  std::string label;        // as written (a role: its first spelling)
  std::string first, last;  // a round: its earliest and latest date (see Round)
  int raters = 0;
  RatingSummary summary;
};

/// Every round summarised (means crosshair), oldest first: the trend table and plot.
std::vector<GroupSummary> summarise_rounds(const std::vector<model::Rating>& ratings);

/// The ratings grouped by role (same role: same model::rater_key), in order of first appearance,
/// those without a role last, each summarised (means crosshair).
std::vector<GroupSummary> summarise_roles(const std::vector<model::Rating>& ratings);

// ---- Loading -------------------------------------------------------------------------------

struct RatingSet {
  std::vector<model::Rating> ratings;  // the file's own `ratings:`, then the rating files in order
  Diagnostics diagnostics;             // problems in the rating files, and RK021
  std::vector<SkippedFile> skipped;    // YAML in searched folders that is not a rating file
  bool unreadable = false;             // a --ratings path could not be read
  std::string ratings_folder;  // collect_team_ratings: the team folder's ratings/ when it was
                               // read, else ""
  std::string outside_folder;  // collect_team_ratings: the team folder's ratings/ when it was
                               // not read because it links outside the team folder or
                               // repository, else ""
};

/// The ratings of `intervention` plus those in `paths`: a file named is read as a rating file; a
/// folder is searched for *.yaml and *.yml (sorted) and of those only the rating files are read
/// (model::classify_yaml; the others are listed as skipped, the intervention file itself
/// silently). A file reached twice is read once. Checked for raters twice in one round (RK021;
/// those within the intervention's own ratings were reported when it was loaded).
RatingSet collect_ratings(const model::Intervention& intervention,
                          const std::vector<std::string>& paths, const Limits& limits);

/// collect_ratings of the paths with, first, the ratings/ folder of the intervention file at
/// `path` (model::find_ratings_folder) when there is one that may be read.
RatingSet collect_team_ratings(const model::Intervention& intervention, const std::string& path,
                               const std::vector<std::string>& paths, const Limits& limits);

struct RatedFile {
  std::optional<model::Intervention> intervention;  // present when exit_code is 0
  std::vector<model::Rating> ratings;               // the file's own, then the rating files'
  Diagnostics problems;                             // what stops the command, sorted
  std::vector<SkippedFile> skipped;                 // see RatingSet
  std::string ratings_folder;                       // see RatingSet
  std::string outside_folder;                       // see RatingSet
  int exit_code = 0;  // 0; 1 a file has problems (validation, RK021); 2 a path cannot be read
};

/// Loads the intervention at `path` and every rating it has, its team folder's ratings/ holds,
/// or `rating_paths` holds (collect_team_ratings), for `ratings` and `agenda`.
RatedFile load_rated(const std::string& path, const std::vector<std::string>& rating_paths,
                     const catalogue::Catalogue& catalogue, const Limits& limits);

}  // namespace routekaart::check
