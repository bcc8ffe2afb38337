// render/svg_plot: the scatter plot as SVG, and where its labels go.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "render/svg_plot.hpp"

using routekaart::render::LabelBox;
using routekaart::render::place_labels;
using routekaart::render::PlotPoint;
using routekaart::render::PlotSpec;
using routekaart::render::render_svg_plot;
using routekaart::testing::count;

TEST_CASE("LabelBox::overlaps: shared area only, touching edges do not count") {
  const LabelBox a{0, 0, 10, 10};
  CHECK(a.overlaps(LabelBox{5, 5, 10, 10}));
  CHECK(a.overlaps(LabelBox{2, 2, 2, 2}));
  CHECK_FALSE(a.overlaps(LabelBox{10, 0, 5, 5}));
  CHECK_FALSE(a.overlaps(LabelBox{0, 10, 5, 5}));
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
  // the first label sits to the right of its dot: 5 (radius) + 2 away, centred vertically
  CHECK(boxes[0].box.x == doctest::Approx(207.0));
  CHECK(boxes[0].box.y == doctest::Approx(193.5));
}

TEST_CASE("place_labels: a label avoids an obstacle and stays inside the bounds") {
  // right of the dot is taken, so the label goes to the left
  auto boxes = place_labels({{100.0, 100.0}}, {20.0}, 10, 4, LabelBox{0, 0, 200, 200},
                            {LabelBox{104, 90, 40, 20}});
  REQUIRE(boxes.size() == 1);
  CHECK(boxes[0].box.x == doctest::Approx(100.0 - 6 - 20));
  CHECK_FALSE(boxes[0].box.overlaps(LabelBox{104, 90, 40, 20}));
  // at the right edge the label cannot go right
  auto edge = place_labels({{195.0, 100.0}}, {20.0}, 10, 4, LabelBox{0, 0, 200, 200}, {});
  CHECK(edge[0].box.x + edge[0].box.width <= 200.0);
}

TEST_CASE("render_svg_plot: standalone SVG, texts escaped") {
  PlotSpec spec;
  spec.title = "A <b> & \"c\"";
  spec.has_crosshair = true;
  spec.points = {PlotPoint{3, 4.5, 2.0, true, "3 <x>"}};
  const std::string svg = render_svg_plot(spec);
  CHECK(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
  CHECK(svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"") != std::string::npos);
  CHECK(svg.find("viewBox=\"0 0 860 620\"") != std::string::npos);
  CHECK(svg.find("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>") != std::string::npos);
  CHECK(svg.find("<title>3 &lt;x&gt;</title>") != std::string::npos);
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("stroke-dasharray") != std::string::npos);
  CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
}

TEST_CASE("render_svg_plot: points on the same spot share one circle and one label") {
  PlotSpec spec;
  spec.points = {PlotPoint{2, 4, 3, false, "two"}, PlotPoint{10, 4, 3, true, "ten"},
                 PlotPoint{5, 1, 1, false, "five"}};
  const std::string svg = render_svg_plot(spec);
  // two legend circles and two point circles
  CHECK(count(svg, "<circle") == 4);
  CHECK(svg.find(">2, 10</text>") != std::string::npos);
  CHECK(svg.find("<title>two\nten</title>") != std::string::npos);
  // the shared circle is filled (2 agrees) and ringed (10 disagrees)
  CHECK(svg.find("fill=\"#1f5f99\" stroke=\"#d35400\" stroke-width=\"2\"><title>two") !=
        std::string::npos);
  // no crosshair: no dashed line
  CHECK(svg.find("stroke-dasharray") == std::string::npos);
}

TEST_CASE("render_svg_plot: characters XML forbids never reach the document") {
  PlotSpec spec;
  spec.title = "team \xef\xbf\xbe\x01";  // U+FFFE and a control character
  spec.legend = {"1 a\xef\xbf\xbf"};     // U+FFFF
  spec.points = {PlotPoint{3, 4.5, 2.0, false, "3 \xef\xbf\xbe"},
                 PlotPoint{5, 4.5, 2.0, false, "5 \x1b[2J"}};
  const std::string svg = render_svg_plot(spec);
  CHECK(svg.find("\xef\xbf\xbe") == std::string::npos);
  CHECK(svg.find("\xef\xbf\xbf") == std::string::npos);
  CHECK(svg.find('\x01') == std::string::npos);
  CHECK(svg.find('\x1b') == std::string::npos);
  CHECK(count(svg, "<title>team \\ufffe\\x01</title>") == 1);
  // Two points on one spot: one tooltip, a line each, each escaped.
  CHECK(count(svg, "<title>3 \\ufffe\n5 \\x1b[2J</title>") == 1);
  CHECK(count(svg, "1 a\\uffff") == 1);
}
