// render/ratings: the team's ratings as text, Markdown and JSON, and the phrases agenda and diff
// reuse.
#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "render/ratings.hpp"

using routekaart::check::describe;
using routekaart::check::Quadrant;
using routekaart::check::RatingSummary;
using routekaart::check::summarise_ratings;
using routekaart::model::Rating;
using routekaart::model::Score;
using routekaart::render::crosshair_text;
using routekaart::render::decimal_text;
using routekaart::render::gap_text;
using routekaart::render::quadrant_name;
using routekaart::render::raters_text;
using routekaart::render::rating_sentence;
using routekaart::render::RatingsReport;
using routekaart::render::render_ratings_json;
using routekaart::render::render_ratings_markdown;
using routekaart::render::render_ratings_text;
using routekaart::render::stats_text;
using routekaart::testing::embedded_catalogue;

using namespace routekaart;

namespace {
using routekaart::testing::rating;

// Three raters:
//   1: importance 5, 4, 5 (mean 4.67, SD 0.58); attention 3, 2, 1 (mean 2, SD 1); gap +2.67
//   2: importance 3, 3, 3 (mean 3, SD 0); attention 4, 5, 3 (mean 4, SD 1); gap -1
//   5: importance 1 and 4 only (a range of 3: the raters disagree); no gap
// Crosshair at the means of 1 and 2: importance (4.67 + 3) / 2 = 3.83, attention (2 + 4) / 2 = 3,
// so 1 is "concentrate here" and 2 "possible overkill".
RatingsReport team(const std::string& third = "C") {
  std::vector<Rating> ratings = {rating("A", {{1, {5, 3}}, {2, {3, 4}}, {5, {1, std::nullopt}}}),
                                 rating("B", {{1, {4, 2}}, {2, {3, 5}}, {5, {4, std::nullopt}}}),
                                 rating(third, {{1, {5, 1}}, {2, {3, 3}}})};
  ratings[0].role = "Mentor";
  ratings[0].date = "2026-10-01";
  RatingSummary summary = summarise_ratings(ratings, false);
  return RatingsReport{"team_a.yaml", "Team *A*", std::move(ratings), std::move(summary)};
}

std::string text(const RatingsReport& r, Lang lang) {
  std::ostringstream out;
  render_ratings_text(r, embedded_catalogue(), lang, out);
  return out.str();
}

std::string markdown(const RatingsReport& r, Lang lang) {
  std::ostringstream out;
  render_ratings_markdown(r, embedded_catalogue(), lang, out);
  return out.str();
}

bool ratings_has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("stats_text, gap_text and decimal_text keep columns aligned") {
  CHECK(stats_text(describe({5, 3, 4})) == "4.00 ±1.00 (3-5)");
  CHECK(stats_text(describe({4})) == "4.00 (4-4)");
  CHECK(stats_text(describe({4}), true) == "4.00 ±–    (4-4)");
  CHECK(stats_text(describe({5, 3, 4}), true) == "4.00 ±1.00 (3-5)");
  CHECK(stats_text(std::nullopt) == "–");
  CHECK(gap_text(2.0 / 3) == "+0.67");
  CHECK(gap_text(-1.0) == "-1.00");
  CHECK(gap_text(0.0) == "+0.00");
  CHECK(gap_text(-1e-12) == "+0.00");  // no "-0.00"
  CHECK(gap_text(std::nullopt) == "–");
  CHECK(decimal_text(11.0 / 3) == "3.67");
  CHECK(decimal_text(std::nullopt) == "–");
}

TEST_CASE("quadrant_name: the four quadrants in both languages") {
  CHECK(quadrant_name(Quadrant::concentrate_here, Lang::en) == "concentrate here");
  CHECK(quadrant_name(Quadrant::keep_up, Lang::en) == "keep up the good work");
  CHECK(quadrant_name(Quadrant::low_priority, Lang::en) == "low priority");
  CHECK(quadrant_name(Quadrant::possible_overkill, Lang::en) == "possible overkill");
  CHECK(quadrant_name(Quadrant::concentrate_here, Lang::nl) == "concentreer hier");
  CHECK(quadrant_name(Quadrant::keep_up, Lang::nl) == "ga zo door");
  CHECK(quadrant_name(Quadrant::low_priority, Lang::nl) == "lage prioriteit");
  CHECK(quadrant_name(Quadrant::possible_overkill, Lang::nl) == "mogelijk te veel aandacht");
}

TEST_CASE("rating_sentence: raters in the singular or plural, quadrant and disagreement") {
  const RatingSummary& s = team().summary;
  CHECK(rating_sentence(s.at(1), Lang::en) ==
        "3 raters; importance 4.67 ±0.58 (4-5), attention 2.00 ±1.00 (1-3), gap +2.67; "
        "concentrate here");
  CHECK(rating_sentence(s.at(1), Lang::nl) ==
        "3 beoordelaars; belang 4.67 ±0.58 (4-5), aandacht 2.00 ±1.00 (1-3), kloof +2.67; "
        "concentreer hier");
  CHECK(rating_sentence(s.at(5), Lang::en) ==
        "2 raters; importance 2.50 ±2.12 (1-4), attention –, gap –; raters disagree "
        "(importance 1-4, attention –)");
  CHECK(rating_sentence(s.at(3), Lang::en) == "not rated");
  CHECK(rating_sentence(s.at(3), Lang::nl) == "niet beoordeeld");
  const RatingSummary one = summarise_ratings({rating("Solo", {{7, {4, 2}}})}, false);
  // one rater: no quadrant, and the sentence says why
  CHECK(rating_sentence(one.at(7), Lang::en) ==
        "1 rater; importance 4.00 (4-4), attention 2.00 (2-2), gap +2.00; none: fewer than 2 "
        "raters");
  CHECK(rating_sentence(one.at(7), Lang::nl) ==
        "1 beoordelaar; belang 4.00 (4-4), aandacht 2.00 (2-2), kloof +2.00; geen: minder dan 2 "
        "beoordelaars");
}

TEST_CASE("crosshair_text: at the means, at the midpoint, or none") {
  CHECK(crosshair_text(team().summary, Lang::en) ==
        "Crosshair: importance 3.83, attention 3.00 (the means over the signposts rated on both)");
  CHECK(crosshair_text(team().summary, Lang::nl) ==
        "Kruispunt: belang 3.83, aandacht 3.00 (de gemiddelden over de wegwijzers met beide "
        "scores)");
  CHECK(crosshair_text(summarise_ratings({}, true), Lang::nl) ==
        "Kruispunt: belang 3.00, aandacht 3.00 (het midden van de schaal)");
  CHECK(crosshair_text(summarise_ratings({}, false), Lang::en) ==
        "Crosshair: none, no signpost has both an importance and an attention score");
}

TEST_CASE("raters_text: role and date in brackets; escaped for Markdown, else on one line") {
  std::vector<Rating> r = {rating("R_1", {}), rating("Jan\nde Vries", {})};
  r[0].role = "Mentor *x*";
  r[0].date = "2026-10-01";
  r[1].date = "2026-10-02";
  CHECK(raters_text(r) == "R_1 (Mentor *x*, 2026-10-01), Jan de Vries (2026-10-02)");
  CHECK(raters_text(r, true) == "R\\_1 (Mentor \\*x\\*, 2026-10-01), Jan de Vries (2026-10-02)");
  CHECK(raters_text({}) == "");
}

TEST_CASE("render_ratings_text: head, table, legend, priorities, disagreements, unrated") {
  const std::string out = text(team(), Lang::en);
  CHECK(out.rfind("Ratings: Team *A* — team_a.yaml\n"
                  "3 raters: A (Mentor, 2026-10-01), B, C\n"
                  "Crosshair: importance 3.83, attention 3.00 (the means over the signposts "
                  "rated on both)\n"
                  "\n"
                  "  #  Signpost                      importance            attention           "
                  "     gap  quadrant\n"
                  "  1  Integrated approach           4.67 ±0.58 (4-5) n=3  2.00 ±1.00 (1-3) n=3"
                  "   +2.67  concentrate here\n"
                  "  2  Integrative picture           3.00 ±0.00 (3-3) n=3  4.00 ±1.00 (3-5) n=3"
                  "   -1.00  possible overkill\n"
                  "  3  Availability and contact      not rated\n",
                  0) == 0);
  // 5: the quadrant column is padded to the widest name ("keep up the good work", 21) before
  // the flag
  CHECK(ratings_has(
      out,
      "\n  5  Safe environment              2.50 ±2.12 (1-4) n=2  –                     "
      "     –  –                  ! raters disagree\n"));
  CHECK(ratings_has(
      out,
      "\n\nimportance and attention (1-5): mean ±SD (sample SD; none with one rater) "
      "(lowest-highest) n=raters who gave the score; gap = importance - attention; a "
      "quadrant needs 2 raters on both scores; ! = raters disagree (a range of 3 or more)\n"
      "\n"
      "Where to focus: the largest gap between importance and attention first\n"
      "   1.  1  Integrated approach            +2.67  concentrate here\n"
      "   2.  2  Integrative picture            -1.00  possible overkill\n"
      "\n"
      "Raters disagree (a range of 3 or more points)\n"
      "   5  Safe environment: importance 1-4, attention –\n"
      "\n"
      "Not rated: 3 Availability and contact, 4 Willingness and engagement, 6 Start low, "));
}

TEST_CASE("render_ratings_text: in Dutch, and with no ratings at all") {
  const std::string nl = text(team(), Lang::nl);
  CHECK(nl.rfind("Beoordelingen: Team *A* — team_a.yaml\n3 beoordelaars: A (Mentor, 2026-10-01), "
                 "B, C\n",
                 0) == 0);
  CHECK(
      ratings_has(nl,
                  "\n  #  Wegwijzer                     belang                aandacht            "
                  "   kloof  kwadrant\n"));
  CHECK(ratings_has(nl, "\nBeoordelaars verschillen (een spreiding van 3 punten of meer)\n"));
  CHECK(ratings_has(nl, "\nNiet beoordeeld: 3 Beschikbaarheid en contact, "));
  RatingsReport empty{"p.yaml", "", {}, summarise_ratings({}, false)};
  CHECK(text(empty, Lang::en) ==
        "Ratings: p.yaml — p.yaml\nNo ratings yet.\n"
        "Ask each team member to rate the signposts: routekaart rate p.yaml --rater NAME\n");
  CHECK(text(empty, Lang::nl) ==
        "Beoordelingen: p.yaml — p.yaml\nNog geen beoordelingen.\n"
        "Vraag elk teamlid de wegwijzers te beoordelen: routekaart rate p.yaml --rater NAAM\n");
}

TEST_CASE("render_ratings_text: one rater in the singular") {
  std::vector<Rating> solo = {rating("Solo", {{1, {5, 2}}})};
  RatingSummary summary = summarise_ratings(solo, false);
  const RatingsReport r{"s.yaml", "Solo", solo, summary};
  CHECK(ratings_has(text(r, Lang::en), "\n1 rater: Solo\n"));
  CHECK(ratings_has(text(r, Lang::nl), "\n1 beoordelaar: Solo\n"));
}

TEST_CASE("render_ratings_markdown: values from files escaped, the texts as they are") {
  const std::string md = markdown(team("C*"), Lang::en);
  CHECK(md.rfind("# Ratings: Team \\*A\\*\n"
                 "\n"
                 "File: team\\_a.yaml\n"
                 "\n"
                 "3 raters: A (Mentor, 2026-10-01), B, C\\*\n"
                 "\n"
                 "Crosshair: importance 3.83, attention 3.00 (the means over the signposts rated "
                 "on both)\n"
                 "\n"
                 "| # | Signpost | importance | attention | gap | quadrant | disagreement |\n"
                 "|--:|---|---|---|--:|---|---|\n"
                 "| 1 | Integrated approach | 4.67 ±0.58 (4-5) n=3 | 2.00 ±1.00 (1-3) n=3 | "
                 "+2.67 | concentrate here | – |\n",
                 0) == 0);
  CHECK(ratings_has(md, "\n| 3 | Availability and contact | not rated | – | – | – | – |\n"));
  CHECK(ratings_has(md,
                    "\n| 5 | Safe environment | 2.50 ±2.12 (1-4) n=2 | – | – | – | importance 1-4, "
                    "attention – |\n"));
  CHECK(ratings_has(md,
                    "; gap = importance - attention; a quadrant needs 2 raters on both scores; "
                    "disagreement: the lowest-highest scores when "
                    "they are 3 or more apart\n"
                    "\n"
                    "## Where to focus: the largest gap between importance and attention first\n"
                    "\n"
                    "1. **1 Integrated approach**: gap +2.67, concentrate here\n"
                    "2. **2 Integrative picture**: gap -1.00, possible overkill\n"
                    "\n"
                    "## Raters disagree (a range of 3 or more points)\n"
                    "\n"
                    "- **5 Safe environment**: importance 1-4, attention –\n"
                    "\n"
                    "## Not rated\n"
                    "\n"
                    "- 3 Availability and contact\n"));
}

TEST_CASE("render_ratings_markdown: Dutch, and no ratings") {
  const std::string nl = markdown(team(), Lang::nl);
  CHECK(nl.rfind("# Beoordelingen: Team \\*A\\*\n\nBestand: team\\_a.yaml\n\n3 beoordelaars: ",
                 0) == 0);
  CHECK(
      ratings_has(nl, "\n| # | Wegwijzer | belang | aandacht | kloof | kwadrant | onenigheid |\n"));
  CHECK(ratings_has(nl, "; onenigheid: de laagste-hoogste scores als die 3 of meer uiteenlopen\n"));
  CHECK(ratings_has(nl, "\n1. **1 Integrale aanpak**: kloof +2.67, concentreer hier\n"));
  CHECK(ratings_has(nl, "\n## Niet beoordeeld\n"));
  RatingsReport empty{"p_q.yaml", "", {}, summarise_ratings({}, false)};
  CHECK(markdown(empty, Lang::en) ==
        "# Ratings: p\\_q.yaml\n\nFile: p\\_q.yaml\n\nNo ratings yet. Ask each team member to "
        "rate the signposts: routekaart rate p\\_q.yaml --rater NAME\n");
}

TEST_CASE("render_ratings_json: raters, crosshair and signposts with stable keys") {
  std::ostringstream out;
  render_ratings_json(team(), Lang::nl, out);
  const std::string json = out.str();
  CHECK(ratings_has(json, "\"language\": \"nl\""));
  CHECK(ratings_has(json, "\"intervention\": \"Team *A*\""));
  CHECK(ratings_has(json,
                    "{\n      \"rater\": \"A\",\n      \"role\": \"Mentor\",\n      \"date\": "
                    "\"2026-10-01\",\n      \"round\": \"\",\n      \"file\": \"f.yaml\",\n      "
                    "\"scores\": 3\n    }"));
  CHECK(ratings_has(json, "\"mode\": \"means\""));
  CHECK(ratings_has(json, "\"disagreement_range\": 3"));
  CHECK(ratings_has(json, "\"quadrant\": \"concentrate-here\""));
  CHECK(ratings_has(json, "\"quadrant\": \"possible-overkill\""));
  CHECK(ratings_has(json, "\"priorities\": [\n    1,\n    2\n  ]"));
}
