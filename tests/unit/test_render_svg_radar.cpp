#include <doctest/doctest.h>

#include "helpers.hpp"
#include "render/svg_radar.hpp"

using routekaart::render::RadarSpoke;
using routekaart::render::svg_radar;
using routekaart::render::wrap_label;
using routekaart::testing::count;

TEST_CASE("svg_radar: a grid, one spoke and label per signpost, the values as a polygon") {
  std::vector<RadarSpoke> spokes;
  for (int n = 1; n <= 4; ++n) spokes.push_back({n, "Label", n == 1 ? 1.0 : 0.5, n != 3, "x"});
  const std::string svg = svg_radar(spokes, "r1", "Title <&>", "Desc");
  CHECK(
      svg.starts_with("<svg class=\"radar\" viewBox=\"0 0 780 530\" role=\"img\" "
                      "aria-labelledby=\"r1-title r1-desc\">\n<title id=\"r1-title\">Title "
                      "&lt;&amp;&gt;</title>\n<desc id=\"r1-desc\">Desc</desc>\n"));
  CHECK(count(svg, "<line ") == 4);
  CHECK(count(svg, "<line x1=\"390.0\" y1=\"250.0\" x2=\"390.0\" y2=\"430.0\" class=\"na\"/>") ==
        1);
  // Spoke 1 at 100% is the top of the outer ring; spoke 3 (not applicable) sits at the centre.
  CHECK(count(svg,
              "<polygon class=\"area\" points=\"390.0,70.0 480.0,250.0 390.0,250.0 "
              "300.0,250.0\"/>") == 1);
  CHECK(count(svg, "<circle ") == 3);
  CHECK(count(svg, ">25%</text>") == 1);
  CHECK(count(svg, ">100%</text>") == 1);
  CHECK(svg.ends_with("</svg>"));
}

TEST_CASE("svg_radar: labels and tooltips carry the number; text is escaped, values clamped") {
  std::vector<RadarSpoke> spokes = {{1, "A <b>", 2.0, true, "100%"},
                                    {2, "Beweging creëren (n.v.t.)", 0.5, false, "n.v.t."},
                                    {3, "C", -1.0, true, "0%"}};
  const std::string svg = svg_radar(spokes, "r2", "T", "D \"quoted\"");
  CHECK(count(svg, "<desc id=\"r2-desc\">D &quot;quoted&quot;</desc>") == 1);
  // At the top: the (last) line ends just beyond the spoke.
  CHECK(count(svg,
              "<text class=\"label\" x=\"390.0\" y=\"54.0\" text-anchor=\"middle\">"
              "<tspan x=\"390.0\">1. A &lt;b&gt;</tspan></text>") == 1);
  // A label that does not apply is greyed and wraps onto a second line.
  CHECK(count(svg, "<text class=\"label na\"") == 1);
  CHECK(count(svg, "<tspan x=\"") == 4);
  CHECK(count(svg, ">2. Beweging creëren</tspan><tspan x=\"") == 1);
  CHECK(count(svg, " dy=\"17\">(n.v.t.)</tspan>") == 1);
  // Values above 1 and below 0 stay on the chart; the tooltip names the spoke and its value.
  CHECK(count(svg, "<title>1. A &lt;b&gt;: 100%</title>") == 1);
  CHECK(count(svg, "<title>3. C: 0%</title>") == 1);
  CHECK(count(svg, "<circle cx=\"390.0\" cy=\"70.0\" r=\"4\">") == 1);
  CHECK(count(svg, "<circle cx=\"390.0\" cy=\"250.0\" r=\"4\">") == 1);
}

TEST_CASE("svg_radar: fewer than three spokes make no chart, only the accessible name") {
  const std::string svg =
      svg_radar({{1, "A", 1, true, "x"}, {2, "B", 1, true, "x"}}, "r", "T", "D");
  CHECK(svg ==
        "<svg class=\"radar\" viewBox=\"0 0 780 530\" role=\"img\" aria-labelledby=\"r-title "
        "r-desc\">\n<title id=\"r-title\">T</title>\n<desc id=\"r-desc\">D</desc>\n</svg>");
}

TEST_CASE("wrap_label: at most two lines, cut at a space") {
  CHECK(wrap_label("Start low", 16) == std::vector<std::string>{"Start low"});
  CHECK(wrap_label("Willingness and engagement", 16) ==
        std::vector<std::string>{"Willingness and", "engagement"});
  CHECK(wrap_label("Onderwijsmogelijkheden", 16) ==
        std::vector<std::string>{"Onderwijsmogelijkheden"});
  CHECK(wrap_label("Beweging creëren (n.v.t.)", 16) ==
        std::vector<std::string>{"Beweging creëren", "(n.v.t.)"});
  CHECK(wrap_label("Veryveryverylongword and more", 16) ==
        std::vector<std::string>{"Veryveryverylongword", "and more"});
  CHECK(wrap_label("one\ntwo", 16) == std::vector<std::string>{"one two"});
}

TEST_CASE("svg_radar: with 14 spokes the bottom label 8 sits below the labels of 7 and 9") {
  std::vector<RadarSpoke> spokes;
  for (int n = 1; n <= 14; ++n)
    spokes.push_back({n, n == 8 ? "Onderwijsmogelijkheden" : "Ritme en structuur", 0.5, true, "x"});
  const std::string svg = svg_radar(spokes, "r", "T", "D");
  // The baseline of a label's first line, and its number of lines.
  auto first_line = [&](int number) {
    const std::size_t at = svg.rfind(">" + std::to_string(number) + ". ");
    REQUIRE(at != std::string::npos);
    const std::size_t text = svg.rfind("<text ", at);
    const std::size_t y = svg.find(" y=\"", text) + 4;
    return std::stod(svg.substr(y, svg.find('"', y) - y));
  };
  auto lines = [&](int number) {
    const std::size_t at = svg.rfind(">" + std::to_string(number) + ". ");
    return static_cast<double>(count(svg.substr(at, svg.find("</text>", at) - at), "<tspan") + 1);
  };
  const double eight = first_line(8);
  for (int neighbour : {7, 9})
    CHECK(eight >= first_line(neighbour) + (lines(neighbour) - 1) * 17 + 17);
  CHECK(eight + (lines(8) - 1) * 17 < 530 - 4);  // and still on the chart
  // the label at the top stays above its neighbours 2 and 14 the same way
  CHECK(first_line(1) + (lines(1) - 1) * 17 <= first_line(2) - 17);
}
