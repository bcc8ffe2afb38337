#pragma once
// The aggregate of the team's ratings as text, Markdown or JSON, and the phrases other commands
// (agenda, diff) reuse.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "check/ratings.hpp"
#include "common/lang.hpp"
#include "common/message.hpp"
#include "model/intervention.hpp"

namespace routekaart::render {

struct RatingsReport {
  std::string path;                    // the intervention file
  std::string name;                    // the intervention's name; may be empty
  std::vector<model::Rating> ratings;  // the ratings summarised (one per rater)
  check::RatingSummary summary;
  /// Every round of all ratings, oldest first (check::summarise_rounds): with two or more the
  /// report names them and shows the trend.
  std::vector<check::GroupSummary> rounds = {};
  std::optional<std::string> round = {};        // --round: the round summarised; else each rater's
                                                // latest rating
  std::vector<check::GroupSummary> roles = {};  // --by-role: the ratings per role
};

/// The aligned terminal table, the priority list, disagreements and unrated signposts; then the
/// trend between rounds and the table per role when the report has them.
void render_ratings_text(const RatingsReport& report, const catalogue::Catalogue& catalogue,
                         Lang lang, std::ostream& out);
/// The same as lint-clean Markdown.
void render_ratings_markdown(const RatingsReport& report, const catalogue::Catalogue& catalogue,
                             Lang lang, std::ostream& out);
/// The same as one JSON document with stable keys.
void render_ratings_json(const RatingsReport& report, Lang lang, std::ostream& out);

/// A number with two decimals ("4.67"); "–" when absent.
std::string decimal_text(const std::optional<double>& value);
/// "mean ±sd (min-max)" of one score, e.g. "4.67 ±0.58 (4-5)"; with one rater "4.00 (4-4)", or
/// "4.00 ±–    (4-4)" when `aligned` (for columns); "–" when absent.
std::string stats_text(const std::optional<check::Stats>& stats, bool aligned = false);
/// stats_text followed by how many raters gave the score: "4.67 ±0.58 (4-5) n=3".
std::string counted_stats_text(const std::optional<check::Stats>& stats, bool aligned = false);
/// The gap with its sign, e.g. "+1.33"; "–" when absent.
std::string gap_text(const std::optional<double>& gap);
/// The quadrant's name as a text of texts/ratings.yaml ("concentrate here").
Message quadrant_text(check::Quadrant quadrant);
/// The quadrant's name in `lang`.
std::string quadrant_name(check::Quadrant quadrant, Lang lang);
/// The quadrant of a signpost in words: its name, "none: fewer than 2 raters", or "–".
std::string quadrant_cell(const check::SignpostRatings& s, Lang lang);
/// One line about a signpost's ratings: raters, means (with the number of raters of a score when
/// it differs), gap, quadrant, disagreement.
std::string rating_sentence(const check::SignpostRatings& s, Lang lang);
/// Where the crosshair lies and why ("means" or "midpoint").
std::string crosshair_text(const check::RatingSummary& summary, Lang lang);
/// "R1 (Mentor, 2026-10-01), R2" for the header lines; names and roles Markdown-escaped when
/// `markdown`, else on one line.
std::string raters_text(const std::vector<model::Rating>& ratings, bool markdown = false);
/// A round as the reports name it: its id, or "without date" for the round of ratings with
/// neither a name nor a date.
std::string round_label(const std::string& id, Lang lang);
/// A role as the reports name it: as written, or "no role".
std::string role_label(const std::string& role, Lang lang);

}  // namespace routekaart::render
