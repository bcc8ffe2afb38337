// render/ratings_plot: what the plot of `ratings --plot` shows, in the report's language.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "render/ratings_plot.hpp"

using routekaart::check::RatingSummary;
using routekaart::check::summarise_ratings;
using routekaart::model::Rating;
using routekaart::model::Score;
using routekaart::render::PlotSpec;
using routekaart::render::ratings_plot;
using routekaart::render::RatingsReport;
using routekaart::testing::embedded_catalogue;

using namespace routekaart;

namespace {
using routekaart::testing::rating;

// 1: importance 5 and 3 (mean 4), attention 2 and 2; 2: importance 4 and 1 (a range of 3),
// attention 3 and 4 (mean 3.5); 4: importance only. Crosshair at the means: importance
// (4 + 2.5) / 2 = 3.25, attention (2 + 3.5) / 2 = 2.75.
RatingsReport report(bool midpoint, int raters = 2) {
  std::vector<Rating> ratings = {rating("A", {{1, {5, 2}}, {2, {4, 3}}, {4, {5, std::nullopt}}}),
                                 rating("B", {{1, {3, 2}}, {2, {1, 4}}})};
  ratings.resize(static_cast<std::size_t>(raters));
  RatingSummary summary = summarise_ratings(ratings, midpoint);
  return RatingsReport{"p.yaml", "Team\nTest", ratings, summary};
}

}  // namespace

TEST_CASE("ratings_plot: titles, axes and quadrants in English") {
  const PlotSpec spec = ratings_plot(report(false), embedded_catalogue(), Lang::en);
  CHECK(spec.title == "Importance and attention per signpost: Team Test");
  CHECK(spec.subtitle == "2 raters; scores from 1 (low) to 5 (high)");
  CHECK(spec.x_label == "Attention it gets now (1-5)");
  CHECK(spec.y_label == "Importance (1-5)");
  CHECK(spec.concentrate_here == "concentrate here");
  CHECK(spec.keep_up == "keep up the good work");
  CHECK(spec.low_priority == "low priority");
  CHECK(spec.possible_overkill == "possible overkill");
  CHECK(spec.legend_point == "signpost (its number), at the mean scores");
  CHECK(spec.legend_disagreement == "raters disagree (a range of 3 or more)");
}

TEST_CASE("ratings_plot: a point per signpost with both means, the others in the legend") {
  const PlotSpec spec = ratings_plot(report(false), embedded_catalogue(), Lang::en);
  REQUIRE(spec.points.size() == 2);
  CHECK(spec.points[0].number == 1);
  CHECK(spec.points[0].importance == doctest::Approx(4.0));
  CHECK(spec.points[0].attention == doctest::Approx(2.0));
  CHECK_FALSE(spec.points[0].disagreement);
  CHECK(spec.points[0].tooltip == "1 Integrated approach: importance 4.00, attention 2.00");
  CHECK(spec.points[1].number == 2);
  CHECK(spec.points[1].disagreement);
  CHECK(spec.points[1].tooltip == "2 Integrative picture: importance 2.50, attention 3.50");
  REQUIRE(spec.legend.size() == 14);
  CHECK(spec.legend[0] == "1 Integrated approach");
  CHECK(spec.legend[3] == "4 Willingness and engagement (not in the plot)");
  CHECK(spec.legend[13] == "14 Sufficient resources (not in the plot)");
}

TEST_CASE("ratings_plot: the crosshair at the means or at the midpoint") {
  const PlotSpec means = ratings_plot(report(false), embedded_catalogue(), Lang::en);
  CHECK(means.has_crosshair);
  CHECK(means.cross_importance == doctest::Approx(3.25));
  CHECK(means.cross_attention == doctest::Approx(2.75));
  CHECK(means.legend_crosshair ==
        std::vector<std::string>{"crosshair at the means:", "importance 3.25, attention 2.75"});
  const PlotSpec midpoint = ratings_plot(report(true), embedded_catalogue(), Lang::nl);
  CHECK(midpoint.cross_importance == 3.0);
  CHECK(midpoint.legend_crosshair ==
        std::vector<std::string>{"kruispunt in het midden van de schaal:",
                                 "belang 3.00, aandacht 3.00"});
  const PlotSpec none = ratings_plot(report(false, 0), embedded_catalogue(), Lang::en);
  CHECK_FALSE(none.has_crosshair);
  CHECK(none.legend_crosshair.empty());
  CHECK(none.points.empty());
  CHECK(none.subtitle == "0 raters; scores from 1 (low) to 5 (high)");
}

TEST_CASE("ratings_plot: in Dutch, with one rater in the singular") {
  const PlotSpec spec = ratings_plot(report(false, 1), embedded_catalogue(), Lang::nl);
  CHECK(spec.title == "Belang en aandacht per wegwijzer: Team Test");
  CHECK(spec.subtitle == "1 beoordelaar; scores van 1 (laag) tot 5 (hoog)");
  CHECK(spec.x_label == "Aandacht die de wegwijzer nu krijgt (1-5)");
  CHECK(spec.y_label == "Belang (1-5)");
  CHECK(spec.possible_overkill == "mogelijk te veel aandacht");
  CHECK(spec.legend_disagreement == "beoordelaars verschillen (spreiding 3 of meer)");
  CHECK(spec.legend_crosshair.front() == "kruispunt op de gemiddelden:");
  REQUIRE(spec.points.size() == 2);
  CHECK(spec.points[0].tooltip == "1 Integrale aanpak: belang 5.00, aandacht 2.00");
  CHECK(spec.legend[3] == "4 Bereidheid en betrokkenheid (niet in de grafiek)");
}
