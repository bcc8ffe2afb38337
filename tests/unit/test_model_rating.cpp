// model/rating: reading rating files, rater names, the default path of `rate` and its answers.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "model/rating.hpp"

using routekaart::io::Source;
using routekaart::model::Answer;
using routekaart::model::default_rating_path;
using routekaart::model::load_rating_file;
using routekaart::model::load_rating_text;
using routekaart::model::parse_answer;
using routekaart::model::rater_slug;
using routekaart::model::RatingFile;
using routekaart::model::same_rater;

using namespace routekaart;

TEST_CASE("load_rating_text: a valid rating file") {
  RatingFile f =
      load_rating_text(Source{"r.yaml",
                              "# comment\nrater: R7\nrole: Mentor\ndate: 2026-10-01\nscores:\n"
                              "  1: {importance: 5, attention: 3}\n  9: {importance: 2}\n"},
                       Limits{});
  CHECK(f.diagnostics.empty());
  REQUIRE(f.rating);
  CHECK(f.rating->rater == "R7");
  CHECK(f.rating->role == "Mentor");
  CHECK(f.rating->date == "2026-10-01");
  CHECK(f.rating->file == "r.yaml");
  CHECK(f.rating->mark.line == 2);
  CHECK(f.rating->mark.column == 1);
  CHECK(f.rating->scores.at(1).importance == 5);
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
        "a rating file must be a map with the keys rater, role, date, round, scores");
  CHECK(tr(Lang::nl, list.diagnostics[0].message) ==
        "een beoordelingsbestand moet een map zijn met de sleutels rater, role, date, round, "
        "scores");
  CHECK_FALSE(list.rating);
  RatingFile missing = load_rating_text(Source{"r.yaml", "rater: R7\n"}, Limits{});
  REQUIRE(missing.diagnostics.size() == 1);
  CHECK(missing.diagnostics[0].rule == RuleId::RK007);
}

TEST_CASE("load_rating_text: an empty file is a problem with a hint") {
  RatingFile f = load_rating_text(Source{"r.yaml", ""}, Limits{});
  REQUIRE(f.diagnostics.size() == 1);
  CHECK(f.diagnostics[0].rule == RuleId::RK015);
  CHECK(f.diagnostics[0].location.line == 1);
  CHECK(routekaart::testing::hint_words(f.diagnostics[0]) ==
        "write 'rater:' and 'scores:' lines, or make one with: routekaart rate FILE --rater NAME");
}

TEST_CASE("load_rating_file: a path that does not exist is unreadable (RK002)") {
  RatingFile f = load_rating_file("/no/such/folder/r.yaml", Limits{});
  CHECK(f.unreadable);
  REQUIRE(f.diagnostics.size() == 1);
  CHECK(f.diagnostics[0].rule == RuleId::RK002);
  CHECK_FALSE(f.rating);
}

TEST_CASE("same_rater: transliterated; case, spaces and punctuation ignored") {
  CHECK(same_rater("R1", " r1 "));
  CHECK(same_rater("Jan  de Vries", "jan de vries"));
  CHECK_FALSE(same_rater("R1", "R2"));
  CHECK(same_rater("Zoë", "ZOË"));
  CHECK(same_rater("Ayşe Yılmaz", "ayse yilmaz"));
  CHECK(same_rater("Jan-de-Vries", "jan de vries"));
}

TEST_CASE("rater_slug: lowercase ASCII letters and digits joined by '-'") {
  CHECK(rater_slug("Jan de Vries") == "jan-de-vries");
  CHECK(rater_slug("R1") == "r1");
  CHECK(rater_slug("  Zoë (mentor) ") == "zoe-mentor");
  CHECK(rater_slug("Ayşe Yılmaz") == "ayse-yilmaz");
  // nothing to transliterate: "rater-" and a fingerprint of the name, the same each time
  CHECK(rater_slug("***").size() == 14);
  CHECK(rater_slug("***").rfind("rater-", 0) == 0);
  CHECK(rater_slug("***") == rater_slug("***"));
  CHECK(rater_slug("***") != rater_slug("+++"));
  CHECK(rater_slug("").rfind("rater-", 0) == 0);
}

TEST_CASE("default_rating_path: ratings/ next to the file, or in the current folder for pipes") {
  CHECK(default_rating_path("team/plan.yaml", "Jan de Vries", "2026-10-05") ==
        "team/ratings/jan-de-vries-2026-10-05.yaml");
  CHECK(default_rating_path("plan.yaml", "R1", "2026-10-05") == "ratings/r1-2026-10-05.yaml");
  CHECK(default_rating_path("-", "R1", "2026-10-05") == "ratings/r1-2026-10-05.yaml");
  CHECK(default_rating_path("/dev/fd/63", "R1", "2026-10-05") == "ratings/r1-2026-10-05.yaml");
  CHECK(default_rating_path("/srv/a/plan.yaml", "***", "2026-10-05") ==
        "/srv/a/ratings/" + rater_slug("***") + "-2026-10-05.yaml");
}

TEST_CASE("parse_answer: 1..5, blank, s, q; anything else is invalid") {
  CHECK(parse_answer("4").kind == Answer::score);
  CHECK(parse_answer("4").value == 4);
  CHECK(parse_answer(" 5 ").value == 5);
  CHECK(parse_answer("1").value == 1);
  CHECK(parse_answer("").kind == Answer::blank);
  CHECK(parse_answer("  ").kind == Answer::blank);
  CHECK(parse_answer("S").kind == Answer::skip);
  CHECK(parse_answer("q").kind == Answer::quit);
  CHECK(parse_answer(" Q ").kind == Answer::quit);
  CHECK(parse_answer("6").kind == Answer::invalid);
  CHECK(parse_answer("0").kind == Answer::invalid);
  CHECK(parse_answer("45").kind == Answer::invalid);
  CHECK(parse_answer("x").kind == Answer::invalid);
  CHECK(parse_answer("skip").kind == Answer::invalid);
}
