#pragma once
// How the team's mean ratings moved between rounds, as a standalone SVG 1.1 document: one small
// panel per signpost with a line for importance and one for attention (`ratings --trend-plot`).
// It takes its texts ready-made (already in the report language) and escapes them itself.
#include <optional>
#include <string>
#include <vector>

namespace routekaart::render {

struct TrendPanel {
  std::string title;                                         // "3 Availability and contact"
  std::vector<std::optional<double>> importance, attention;  // a mean per round, 1..5
};

struct TrendSpec {
  std::string title, subtitle;
  std::string importance_label, attention_label;  // the legend of the two lines
  std::vector<std::string> rounds;  // legend lines, one per round: "1 = 2026-10-01 (4 raters)"
  std::vector<TrendPanel> panels;
};

/// The panels four to a row, each with the scale 1..5, the rounds numbered along the bottom
/// (the legend names them), importance as a solid line with dots and attention as a dashed line
/// with squares; a round without a mean leaves a gap. Each point has its value as a tooltip.
std::string render_trend_plot(const TrendSpec& spec);

}  // namespace routekaart::render
