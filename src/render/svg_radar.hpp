#pragma once
// An inline SVG radar chart (spider chart) of values between 0 and 1, for the HTML report.
#include <string>
#include <string_view>
#include <vector>

namespace routekaart::render {

struct RadarSpoke {
  int number = 0;          // shown before the label: "3. Availability and contact"
  std::string label;       // raw text; escaped by the chart
  double value = 0;        // 0..1, clamped
  bool applicable = true;  // false: dashed spoke, greyed label, the point sits at the centre
  std::string value_text;  // shown in the point's tooltip, e.g. "75%"
};

/// An `<svg>` element (no xmlns, no scripts, no external references) with a 0-100% grid, one
/// labelled spoke per entry clockwise from the top, and the values as a filled polygon. `id` must
/// be unique in the page; `title` and `description` become the chart's accessible name.
std::string svg_radar(const std::vector<RadarSpoke>& spokes, std::string_view id,
                      std::string_view title, std::string_view description);

/// `text` cut at spaces into lines of at most about `width` characters (UTF-8 aware), at most
/// two lines: the second keeps the rest.
std::vector<std::string> wrap_label(std::string_view text, std::size_t width);

}  // namespace routekaart::render
