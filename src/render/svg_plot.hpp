#pragma once
// The importance-attention scatter plot as a standalone SVG 1.1 document. It takes its texts
// ready-made (already in the report language) and escapes them itself.
#include <string>
#include <vector>

namespace routekaart::render {

struct PlotPoint {
  int number = 0;  // the signpost; its label
  double importance = 0, attention = 0;
  bool disagreement = false;
  std::string tooltip;  // shown as the point's <title>
};

struct PlotSpec {
  std::string title;
  std::string subtitle;
  std::string x_label;  // attention
  std::string y_label;  // importance
  // Quadrant labels: top left (high importance, low attention), top right, bottom left,
  // bottom right.
  std::string concentrate_here, keep_up, low_priority, possible_overkill;
  bool has_crosshair = false;
  double cross_importance = 3, cross_attention = 3;
  std::vector<PlotPoint> points;
  std::vector<std::string> legend;  // legend lines after the symbols: "1 Integrated approach"
  std::string legend_point, legend_disagreement;
  std::vector<std::string> legend_crosshair;  // one or more lines
};

/// The plot: axes 1..5 with ticks and grid, dashed crosshair lines, quadrant labels, one circle
/// per point with its number placed where it overlaps no other label or point (leader lines
/// when it had to move further away), a title and a legend. Points on the same spot share one
/// circle and one label ("2, 10"); the circle is hollow when all of them have a disagreement and
/// ringed when some have.
std::string render_svg_plot(const PlotSpec& spec);

struct LabelBox {
  double x = 0, y = 0, width = 0, height = 0;  // top left corner and size, in pixels
  /// True when the two boxes share any area.
  bool overlaps(const LabelBox& other) const {
    return x < other.x + other.width && other.x < x + width && y < other.y + other.height &&
           other.y < y + height;
  }
};

struct Placement {
  LabelBox box;
  bool moved = false;  // placed further away than the first ring: draw a leader line
};

/// Places one label of `widths[i]` x `height` near each anchor (pixels), trying eight directions
/// at growing distances, so that labels overlap neither each other, the anchors' dots (radius
/// `dot`) nor `obstacles`, and stay inside `bounds`; the least crowded spot when none is free.
std::vector<Placement> place_labels(const std::vector<std::pair<double, double>>& anchors,
                                    const std::vector<double>& widths, double height, double dot,
                                    const LabelBox& bounds, const std::vector<LabelBox>& obstacles);

}  // namespace routekaart::render
