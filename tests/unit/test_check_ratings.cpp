// check/ratings: statistics, quadrants, the summary of a team's ratings, duplicate raters and
// loading an intervention with its rating files.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "check/ratings.hpp"
#include "helpers.hpp"

using routekaart::check::collect_ratings;
using routekaart::check::describe;
using routekaart::check::load_rated;
using routekaart::check::Quadrant;
using routekaart::check::quadrant_id;
using routekaart::check::quadrant_of;
using routekaart::check::RatedFile;
using routekaart::check::RatingSet;
using routekaart::check::RatingSummary;
using routekaart::check::SignpostRatings;
using routekaart::check::summarise_ratings;
using routekaart::model::check_duplicate_raters;
using routekaart::model::Rating;
using routekaart::model::Score;
using routekaart::testing::embedded_catalogue;

using namespace routekaart;

namespace {
using routekaart::testing::rating;

// The team used by several tests:
//   R1: 1 (5,3)  2 (3,4)  3 (4,3)
//   R2: 1 (3,2)  2 (3,5)  3 (4,3)
//   R3: 1 (4,1)  2 (3,3)             4 (importance 5 only)
std::vector<Rating> team() {
  return {rating("R1", {{1, {5, 3}}, {2, {3, 4}}, {3, {4, 3}}}),
          rating("R2", {{1, {3, 2}}, {2, {3, 5}}, {3, {4, 3}}}),
          rating("R3", {{1, {4, 1}}, {2, {3, 3}}, {4, {5, std::nullopt}}})};
}

std::string source_path(const std::string& relative) {
  return std::string(ROUTEKAART_SOURCE_DIR) + "/" + relative;
}

}  // namespace

TEST_CASE("describe: mean, sample SD (n - 1), min and max") {
  // 5, 3, 4: mean 12 / 3 = 4; deviations 1, -1, 0; squares 1 + 1 + 0 = 2; 2 / (3 - 1) = 1; SD 1
  auto s = describe({5, 3, 4});
  REQUIRE(s);
  CHECK(s->n == 3);
  CHECK(s->mean == doctest::Approx(4.0));
  REQUIRE(s->sd);
  CHECK(*s->sd == doctest::Approx(1.0));
  CHECK(s->min == 3);
  CHECK(s->max == 5);
  CHECK(s->range() == 2);
  // 1, 4: mean 2.5; squares 2.25 + 2.25 = 4.5; 4.5 / 1; SD sqrt(4.5) = 2.1213...
  auto wide = describe({1, 4});
  CHECK(*wide->sd == doctest::Approx(std::sqrt(4.5)));
  CHECK(wide->range() == 3);
  // everyone agrees: SD 0
  CHECK(*describe({2, 2, 2})->sd == doctest::Approx(0.0));
  // one rater: no SD
  auto one = describe({4});
  CHECK(one->n == 1);
  CHECK_FALSE(one->sd);
  CHECK_FALSE(describe({}));
}

TEST_CASE("quadrant_of: at the crosshair counts as high") {
  CHECK(quadrant_of(4, 2, 3, 3) == Quadrant::concentrate_here);
  CHECK(quadrant_of(4, 4, 3, 3) == Quadrant::keep_up);
  CHECK(quadrant_of(2, 2, 3, 3) == Quadrant::low_priority);
  CHECK(quadrant_of(2, 4, 3, 3) == Quadrant::possible_overkill);
  CHECK(quadrant_of(3, 3, 3, 3) == Quadrant::keep_up);
  CHECK(quadrant_of(3, 2.99, 3, 3) == Quadrant::concentrate_here);
  // a mean that equals the crosshair up to rounding is still at the crosshair
  CHECK(0.3 < 0.1 + 0.2);
  CHECK(quadrant_of(0.3, 3, 0.1 + 0.2, 3) == Quadrant::keep_up);
}

TEST_CASE("quadrant_id: the stable ids of the JSON output") {
  CHECK(std::string(quadrant_id(Quadrant::concentrate_here)) == "concentrate-here");
  CHECK(std::string(quadrant_id(Quadrant::keep_up)) == "keep-up-the-good-work");
  CHECK(std::string(quadrant_id(Quadrant::low_priority)) == "low-priority");
  CHECK(std::string(quadrant_id(Quadrant::possible_overkill)) == "possible-overkill");
}

TEST_CASE("summarise_ratings: the team, with the means crosshair") {
  RatingSummary s = summarise_ratings(team(), false);
  CHECK(s.raters == 3);
  // 1: importance 5,3,4 -> mean 4, SD 1; attention 3,2,1 -> mean 2, SD 1; gap 4 - 2 = 2
  const SignpostRatings& one = s.at(1);
  CHECK(one.raters == 3);
  CHECK(one.importance->mean == doctest::Approx(4.0));
  CHECK(*one.importance->sd == doctest::Approx(1.0));
  CHECK(one.attention->mean == doctest::Approx(2.0));
  CHECK(*one.gap == doctest::Approx(2.0));
  CHECK_FALSE(one.disagreement);  // ranges 2 and 2
  // 2: importance 3,3,3 -> mean 3, SD 0; attention 4,5,3 -> mean 4, SD 1; gap -1
  CHECK(*s.at(2).importance->sd == doctest::Approx(0.0));
  CHECK(*s.at(2).gap == doctest::Approx(-1.0));
  // 3: two raters, importance 4,4 and attention 3,3: gap 1
  CHECK(s.at(3).raters == 2);
  CHECK(*s.at(3).gap == doctest::Approx(1.0));
  // 4: one rater, importance only: no SD, no gap, no quadrant
  CHECK(s.at(4).raters == 1);
  CHECK_FALSE(s.at(4).importance->sd);
  CHECK_FALSE(s.at(4).attention);
  CHECK_FALSE(s.at(4).gap);
  CHECK_FALSE(s.at(4).quadrant);
  // crosshair over 1..3 (the signposts with both means):
  // importance (4 + 3 + 4) / 3 = 3.667; attention (2 + 4 + 3) / 3 = 3
  REQUIRE(s.crosshair);
  CHECK_FALSE(s.crosshair->midpoint);
  CHECK(s.crosshair->importance == doctest::Approx(11.0 / 3));
  CHECK(s.crosshair->attention == doctest::Approx(3.0));
  CHECK(*s.at(1).quadrant == Quadrant::concentrate_here);   // 4 >= 3.667, 2 < 3
  CHECK(*s.at(2).quadrant == Quadrant::possible_overkill);  // 3 < 3.667, 4 >= 3
  CHECK(*s.at(3).quadrant == Quadrant::keep_up);            // 4 >= 3.667, 3 >= 3 (tie)
  CHECK(s.priorities == std::vector<int>{1, 3, 2});         // gaps 2, 1, -1
  CHECK(s.not_rated == std::vector<int>{5, 6, 7, 8, 9, 10, 11, 12, 13, 14});
}

TEST_CASE("summarise_ratings: the midpoint crosshair moves signpost 2") {
  RatingSummary s = summarise_ratings(team(), true);
  CHECK(s.crosshair->midpoint);
  CHECK(s.crosshair->importance == 3.0);
  CHECK(*s.at(1).quadrant == Quadrant::concentrate_here);
  CHECK(*s.at(2).quadrant == Quadrant::keep_up);  // importance 3 >= 3 now counts as high
  CHECK(*s.at(3).quadrant == Quadrant::keep_up);
}

TEST_CASE("summarise_ratings: ties in the gap go by number; disagreement is a range of 3") {
  // 7: importance 5,2 (range 3), attention 3,2 -> gap 3.5 - 2.5 = 1
  // 2: importance 4,4, attention 3,3 -> gap 1; equal gaps: 2 before 7
  // crosshair: importance (4 + 3.5) / 2 = 3.75, attention (3 + 2.5) / 2 = 2.75, so 7 is low on
  // both (3.5 < 3.75, 2.5 < 2.75)
  std::vector<Rating> r = {rating("A", {{7, {5, 3}}, {2, {4, 3}}}),
                           rating("B", {{7, {2, 2}}, {2, {4, 3}}})};
  RatingSummary s = summarise_ratings(r, false);
  CHECK(s.priorities == std::vector<int>{2, 7});
  CHECK(s.at(7).disagreement);
  CHECK(s.at(7).widest_range() == 3);
  CHECK(*s.at(7).quadrant == Quadrant::low_priority);
  CHECK_FALSE(s.at(2).disagreement);
  CHECK(s.at(2).widest_range() == 0);
}

TEST_CASE("summarise_ratings: no ratings at all") {
  RatingSummary s = summarise_ratings({}, false);
  CHECK_FALSE(s.crosshair);
  CHECK(s.priorities.empty());
  CHECK(s.not_rated.size() == 14);
  CHECK(s.signposts.size() == 14);
  CHECK(summarise_ratings({}, true).crosshair->attention == 3.0);
}

TEST_CASE("check_duplicate_raters: RK021 at the second occurrence") {
  std::vector<Rating> r = team();
  r.push_back(rating(" r2 ", {{1, {1, 1}}}));
  r.back().file = "ratings/b.yaml";
  r.back().mark = {1, 1};
  r[1].mark = {20, 5};
  Diagnostics out;
  check_duplicate_raters(r, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == RuleId::RK021);
  CHECK(out[0].location.file == "ratings/b.yaml");
  CHECK(out[0].location.line == 1);
  CHECK(routekaart::testing::words(out[0].message) ==
        "rater 'r2' appears twice (first at f.yaml:20:5)");
  CHECK(tr(Lang::nl, out[0].message) ==
        "beoordelaar 'r2' komt twee keer voor (eerst op f.yaml:20:5)");
  CHECK(routekaart::testing::hint_words(out[0]) ==
        "keep one rating per team member per round: remove the older one, or give the later one "
        "its own round (round: NAME), or the second rater their own name or code");
  Diagnostics none;
  check_duplicate_raters(team(), none);
  CHECK(none.empty());
}

// Bug: every rating was compared with every earlier one (35,000 raters: 54 s). Now one hash
// look-up each; the answers are the same.
TEST_CASE("check_duplicate_raters: each repeat points at the first, case and spaces ignored") {
  std::vector<Rating> r;
  for (int i = 0; i < 20000; ++i) r.push_back(rating("Rater " + std::to_string(i), {}));
  r[0].mark = {3, 7};
  r.push_back(rating("  RATER   0 ", {}));
  r.push_back(rating("rater 0", {}));
  r.push_back(rating("Rater 19999", {}));
  Diagnostics out;
  check_duplicate_raters(r, out);
  REQUIRE(out.size() == 3);
  CHECK(routekaart::testing::words(out[0].message) ==
        "rater 'RATER 0' appears twice (first at f.yaml:3:7)");
  CHECK(routekaart::testing::words(out[1].message) ==
        "rater 'rater 0' appears twice (first at f.yaml:3:7)");
  CHECK(routekaart::testing::words(out[2].message) ==
        "rater 'Rater 19999' appears twice (first at f.yaml:0:0)");
}

TEST_CASE("collect_ratings: the file's own ratings, then the rating files in sorted order") {
  model::Intervention iv;
  iv.ratings = {rating("R1", {{1, {5, 4}}})};
  RatingSet set = collect_ratings(iv, {source_path("tests/files/ratings/team")}, Limits{});
  CHECK(set.diagnostics.empty());
  CHECK_FALSE(set.unreadable);
  REQUIRE(set.ratings.size() == 3);  // notes.txt is not a rating file
  CHECK(set.ratings[0].rater == "R1");
  CHECK(set.ratings[1].rater == "R3");
  CHECK(set.ratings[1].role == "Attendance officer");
  CHECK(set.ratings[2].rater == "R4");
}

TEST_CASE("collect_ratings: a path that does not exist makes the set unreadable") {
  RatingSet set =
      collect_ratings(model::Intervention{}, {source_path("tests/files/ratings/none")}, Limits{});
  CHECK(set.unreadable);
  REQUIRE(set.diagnostics.size() == 1);
  CHECK(set.diagnostics[0].rule == RuleId::RK002);
  CHECK(set.ratings.empty());
}

TEST_CASE("load_rated: the intervention and every rating, or why not with an exit code") {
  const catalogue::Catalogue& catalogue = embedded_catalogue();
  RatedFile team = load_rated(source_path("tests/files/ratings/team.yaml"),
                              {source_path("tests/files/ratings/team")}, catalogue, Limits{});
  CHECK(team.exit_code == 0);
  CHECK(team.problems.empty());
  REQUIRE(team.intervention);
  CHECK(team.intervention->info.name == "Team Test");
  REQUIRE(team.ratings.size() == 4);
  CHECK(team.ratings[0].rater == "R1");
  CHECK(team.ratings[3].rater == "R4");

  // r2-again.yaml names R2 a second time: RK021, exit 1, nothing to report on
  RatedFile twice = load_rated(source_path("tests/files/ratings/team.yaml"),
                               {source_path("tests/files/ratings/duplicate")}, catalogue, Limits{});
  CHECK(twice.exit_code == 1);
  CHECK_FALSE(twice.intervention);
  REQUIRE(twice.problems.size() == 1);
  CHECK(twice.problems[0].rule == RuleId::RK021);

  RatedFile missing =
      load_rated(source_path("tests/files/ratings/no-such-file.yaml"), {}, catalogue, Limits{});
  CHECK(missing.exit_code == 2);
  REQUIRE(missing.problems.size() == 1);
  CHECK(missing.problems[0].rule == RuleId::RK002);
}
