// render/rating_file: what `rate` writes.
#include <doctest/doctest.h>

#include "model/rating.hpp"
#include "render/rating_file.hpp"

using routekaart::io::Source;
using routekaart::model::load_rating_text;
using routekaart::model::Rating;
using routekaart::model::RatingFile;
using routekaart::render::rating_yaml;

using namespace routekaart;

TEST_CASE("rating_yaml: what `rate` writes is a valid rating file") {
  Rating r;
  r.rater = "Jan \"J\" de Vries";
  r.date = "2026-10-01";
  r.scores = {{1, {5, 3}}, {4, {std::nullopt, 2}}, {14, {2, 2}}};
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

TEST_CASE("rating_yaml: comment lines and values stay on one line each") {
  Rating r;
  r.rater = "Marieke\n(mentor)";
  r.role = "Zorg\ncoördinator";
  const std::string text = rating_yaml(r, {"first\nline", "Beoordeling door Marieke"});
  CHECK(text ==
        "# first line\n# Beoordeling door Marieke\nrater: \"Marieke (mentor)\"\n"
        "role: \"Zorg coördinator\"\nscores: {}\n");
  RatingFile back = load_rating_text(Source{"r.yaml", text}, Limits{});
  CHECK(back.diagnostics.empty());
  CHECK(back.rating->role == "Zorg coördinator");
}
