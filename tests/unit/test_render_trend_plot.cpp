// render/trend_plot: how the team's means moved between rounds, as SVG.
#include <doctest/doctest.h>

#include <string>

#include "render/trend_plot.hpp"

using routekaart::render::render_trend_plot;
using routekaart::render::TrendPanel;
using routekaart::render::TrendSpec;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TrendSpec spec() {
  TrendSpec s;
  s.title = "Trend <team>";
  s.subtitle = "two rounds";
  s.importance_label = "importance";
  s.attention_label = "attention";
  s.rounds = {"1 = 2026-09-01 (3 raters)", "2 = 2026-10-01 (4 raters)"};
  s.panels = {{"1 A & B", {4.0, 4.5}, {2.0, 3.0}},
              {"2 C", {std::nullopt, 3.0}, {std::nullopt, std::nullopt}}};
  return s;
}

}  // namespace

TEST_CASE("render_trend_plot: a standalone SVG with escaped texts") {
  const std::string svg = render_trend_plot(spec());
  CHECK(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ", 0) == 0);
  CHECK(svg.substr(svg.size() - 7) == "</svg>\n");
  CHECK(svg.find("<title>Trend &lt;team&gt;</title>") != std::string::npos);
  CHECK(svg.find("1 A &amp; B") != std::string::npos);
  CHECK(svg.find("Trend <team>") == std::string::npos);
  CHECK(svg.find("1 = 2026-09-01 (3 raters)") != std::string::npos);
}

TEST_CASE("render_trend_plot: a line for each run of means, a point for each mean") {
  const std::string svg = render_trend_plot(spec());
  // panel 1: two lines of two points; panel 2: one importance point, no attention
  CHECK(count(svg, "<polyline") == 2);
  CHECK(count(svg, "<circle") == 3);
  CHECK(count(svg, "width=\"7\" height=\"7\"") == 2);
}
