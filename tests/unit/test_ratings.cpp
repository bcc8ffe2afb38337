#include <doctest/doctest.h>

#include "helpers.hpp"

#include <cmath>
#include <sstream>

#include "check/ratings.hpp"
#include "model/rating.hpp"
#include "render/rating_file.hpp"
#include "render/ratings.hpp"
#include "render/svg_plot.hpp"

using routekaart::check::check_duplicate_raters;
using routekaart::check::describe;
using routekaart::check::Quadrant;
using routekaart::check::quadrant_id;
using routekaart::check::quadrant_of;
using routekaart::check::RatingSummary;
using routekaart::check::SignpostRatings;
using routekaart::check::summarise_ratings;
using routekaart::io::Source;
using routekaart::model::Answer;
using routekaart::model::load_rating_text;
using routekaart::model::parse_answer;
using routekaart::model::rater_slug;
using routekaart::model::Rating;
using routekaart::model::RatingFile;
using routekaart::model::Score;
using routekaart::render::gap_text;
using routekaart::render::LabelBox;
using routekaart::render::place_labels;
using routekaart::render::PlotPoint;
using routekaart::render::PlotSpec;
using routekaart::render::rating_sentence;
using routekaart::render::rating_yaml;
using routekaart::render::render_svg_plot;
using routekaart::render::stats_text;

using namespace routekaart;

static Rating rating(const std::string& rater, std::map<int, Score> scores) {
  Rating r;
  r.rater = rater;
  r.scores = std::move(scores);
  r.file = "f.yaml";
  return r;
}

// The team used by several tests:
//   R1: 1 (5,3)  2 (3,4)  3 (4,3)
//   R2: 1 (3,2)  2 (3,5)  3 (4,3)
//   R3: 1 (4,1)  2 (3,3)             4 (importance 5 only)
static std::vector<Rating> team() {
  return {rating("R1", {{1, {5, 3}}, {2, {3, 4}}, {3, {4, 3}}}),
          rating("R2", {{1, {3, 2}}, {2, {3, 5}}, {3, {4, 3}}}),
          rating("R3", {{1, {4, 1}}, {2, {3, 3}}, {4, {5, std::nullopt}}})};
}

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
  CHECK(std::string(quadrant_id(Quadrant::keep_up)) == "keep-up-the-good-work");
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
  CHECK_FALSE(s.at(2).disagreement);
  CHECK(rating_sentence(s.at(7), Lang::en) ==
        "2 raters; importance 3.50 ±2.12 (2-5), attention 2.50 ±0.71 (2-3), gap +1.00; "
        "low priority; raters disagree (importance 2-5, attention 2-3)");
}

TEST_CASE("summarise_ratings: no ratings at all") {
  RatingSummary s = summarise_ratings({}, false);
  CHECK_FALSE(s.crosshair);
  CHECK(s.priorities.empty());
  CHECK(s.not_rated.size() == 14);
  CHECK(summarise_ratings({}, true).crosshair->attention == 3.0);
}

TEST_CASE("stats_text and gap_text keep columns aligned") {
  CHECK(stats_text(describe({5, 3, 4})) == "4.00 ±1.00 (3-5)");
  CHECK(stats_text(describe({4})) == "4.00 (4-4)");
  CHECK(stats_text(describe({4}), true) == "4.00 ±–    (4-4)");
  CHECK(stats_text(describe({5, 3, 4}), true) == "4.00 ±1.00 (3-5)");
  CHECK(stats_text(std::nullopt) == "–");
  CHECK(gap_text(2.0 / 3) == "+0.67");
  CHECK(gap_text(-1.0) == "-1.00");
  CHECK(gap_text(0.0) == "+0.00");
}

TEST_CASE("load_rating_text: a valid rating file") {
  RatingFile f =
      load_rating_text(Source{"r.yaml",
                              "# comment\nrater: R7\nrole: Mentor\ndate: 2026-10-01\nscores:\n"
                              "  1: {importance: 5, attention: 3}\n  9: {importance: 2}\n"},
                       Limits{});
  CHECK(f.diagnostics.empty());
  REQUIRE(f.rating);
  CHECK(f.rating->rater == "R7");
  CHECK(f.rating->mark.line == 2);
  CHECK(f.rating->mark.column == 1);
  CHECK(f.rating->scores.at(1).attention == 3);
  CHECK_FALSE(f.rating->scores.at(9).attention);
}

TEST_CASE("load_rating_text: problems are located") {
  RatingFile f = load_rating_text(
      Source{"r.yaml", "rater: R7\nscores:\n  1: {importance: 6, attention: 3}\n"}, Limits{});
  REQUIRE(f.diagnostics.size() == 1);
  CHECK(f.diagnostics[0].rule == RuleId::RK006);
  CHECK(f.diagnostics[0].location.line == 3);
  CHECK(f.diagnostics[0].location.column == 19);
  RatingFile list = load_rating_text(Source{"r.yaml", "- rater: R7\n"}, Limits{});
  REQUIRE(list.diagnostics.size() == 1);
  CHECK(list.diagnostics[0].rule == RuleId::RK015);
  CHECK(routekaart::testing::words(list.diagnostics[0].message) ==
        "a rating file must be a map with the keys rater, role, date, scores");
  RatingFile missing = load_rating_text(Source{"r.yaml", "rater: R7\n"}, Limits{});
  REQUIRE(missing.diagnostics.size() == 1);
  CHECK(missing.diagnostics[0].rule == RuleId::RK007);
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
  CHECK(routekaart::testing::hint_words(out[0]) ==
        "keep one rating per team member, or give the second its own name or code");
  Diagnostics none;
  check_duplicate_raters(team(), none);
  CHECK(none.empty());
}

TEST_CASE("rater_slug and parse_answer") {
  CHECK(rater_slug("Jan de Vries") == "jan-de-vries");
  CHECK(rater_slug("R1") == "r1");
  CHECK(rater_slug("  Zoë (mentor) ") == "zo-mentor");
  CHECK(rater_slug("***") == "rater");
  CHECK(parse_answer("4").kind == Answer::score);
  CHECK(parse_answer(" 5 ").value == 5);
  CHECK(parse_answer("").kind == Answer::blank);
  CHECK(parse_answer("  ").kind == Answer::blank);
  CHECK(parse_answer("S").kind == Answer::skip);
  CHECK(parse_answer("q").kind == Answer::quit);
  CHECK(parse_answer("6").kind == Answer::invalid);
  CHECK(parse_answer("0").kind == Answer::invalid);
  CHECK(parse_answer("45").kind == Answer::invalid);
  CHECK(parse_answer("x").kind == Answer::invalid);
}

TEST_CASE("rating_yaml: what `rate` writes is a valid rating file") {
  Rating r = rating("Jan \"J\" de Vries", {{1, {5, 3}}, {4, {std::nullopt, 2}}, {14, {2, 2}}});
  r.date = "2026-10-01";
  const std::string text = rating_yaml(r, {"made by a test"});
  CHECK(text ==
        "# made by a test\nrater: \"Jan \\\"J\\\" de Vries\"\ndate: 2026-10-01\nscores:\n"
        "  1: {importance: 5, attention: 3}\n  4: {attention: 2}\n"
        "  14: {importance: 2, attention: 2}\n");
  RatingFile back = load_rating_text(Source{"r.yaml", text}, Limits{});
  CHECK(back.diagnostics.empty());
  CHECK(back.rating->rater == r.rater);
  CHECK(back.rating->scores.size() == 3);
  CHECK(back.rating->scores.at(4).attention == 2);
}

TEST_CASE("place_labels: labels of points on the same spot do not overlap") {
  std::vector<std::pair<double, double>> anchors(6, {200.0, 200.0});
  std::vector<double> widths(6, 16.0);
  auto boxes = place_labels(anchors, widths, 13, 5, LabelBox{0, 0, 400, 400}, {});
  REQUIRE(boxes.size() == 6);
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    CHECK_FALSE(boxes[i].box.overlaps(LabelBox{195, 195, 10, 10}));  // the dot
    for (std::size_t j = 0; j < i; ++j) CHECK_FALSE(boxes[i].box.overlaps(boxes[j].box));
  }
  CHECK_FALSE(boxes[0].moved);
}

TEST_CASE("render_svg_plot: standalone SVG, texts escaped") {
  PlotSpec spec;
  spec.title = "A <b> & \"c\"";
  spec.has_crosshair = true;
  spec.points = {PlotPoint{3, 4.5, 2.0, true, "3 <x>"}};
  const std::string svg = render_svg_plot(spec);
  CHECK(svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"") != std::string::npos);
  CHECK(svg.find("viewBox=\"0 0 860 620\"") != std::string::npos);
  CHECK(svg.find("A &lt;b&gt; &amp; &quot;c&quot;") != std::string::npos);
  CHECK(svg.find("<title>3 &lt;x&gt;</title>") != std::string::npos);
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("stroke-dasharray") != std::string::npos);
}
