#include "render/svg_radar.hpp"
#include "common/strings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "render/escape.hpp"
#include "render/style.hpp"

namespace routekaart::render {
namespace {

constexpr double kRadarWidth = 780, kRadarHeight = 530;  // room below for a label moved down
constexpr double kCx = 390, kCy = 250, kRadius = 180;
constexpr double kLabelGap = 16, kLineHeight = 17;

struct Point {
  double x, y;
};

// The point at `fraction` of the radius on spoke `i` of `n`, clockwise from the top.
Point at(std::size_t i, std::size_t n, double fraction) {
  const double angle = -std::numbers::pi / 2 +
                       2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
  return {kCx + fraction * kRadius * std::cos(angle), kCy + fraction * kRadius * std::sin(angle)};
}

std::string points_text(const std::vector<Point>& points) {
  std::string out;
  for (const auto& p : points) {
    if (!out.empty()) out += ' ';
    out += fmt::format("{:.1f},{:.1f}", p.x, p.y);
  }
  return out;
}

std::string grid(std::size_t n) {
  std::string out = "<g class=\"grid\">";
  for (int step = 1; step <= 4; ++step) {
    std::vector<Point> ring;
    for (std::size_t i = 0; i < n; ++i) ring.push_back(at(i, n, step / 4.0));
    out += fmt::format("<polygon points=\"{}\"/>", points_text(ring));
    out += fmt::format("<text class=\"tick\" x=\"{:.1f}\" y=\"{:.1f}\">{}%</text>", kCx + 4,
                       kCy - step / 4.0 * kRadius - 3, step * 25);
  }
  return out + "</g>";
}

// Where a spoke's label goes: its lines, anchor and the baseline of its first line.
struct LabelPlace {
  Point p;
  double dx, dy;
  const char* anchor;
  std::vector<std::string> lines;
  double first;
  double last() const { return first + static_cast<double>(lines.size() - 1) * kLineHeight; }
};

LabelPlace place_label(const RadarSpoke& spoke, std::size_t i, std::size_t n) {
  LabelPlace l;
  l.p = at(i, n, 1 + kLabelGap / kRadius);
  l.dx = l.p.x - kCx;
  l.dy = l.p.y - kCy;
  l.anchor = l.dx > 0.2 * kRadius ? "start" : l.dx < -0.2 * kRadius ? "end" : "middle";
  // The number stays on the first line, in front of the first words of the label.
  l.lines = wrap_label(spoke.label, 16);
  l.lines.front() = fmt::format("{}. {}", spoke.number, l.lines.front());
  const double extra = static_cast<double>(l.lines.size() - 1) * kLineHeight;
  l.first = l.p.y + 5 - extra / 2;  // beside the chart: centred on the spoke's end
  if (l.dy < -0.2 * kRadius) l.first = l.p.y - extra;  // above: the last line ends at the spoke
  if (l.dy > 0.2 * kRadius) l.first = l.p.y + 13;      // below: the first line starts at the spoke
  return l;
}

// The labels of all spokes. A centred label at the bottom (or top) is as wide as its text on
// both sides of its spoke, so it would run into its neighbours' labels (8 into 7 and 9 with 14
// spokes): it moves below their last line (or above their first).
std::vector<LabelPlace> place_labels(const std::vector<RadarSpoke>& spokes) {
  const std::size_t n = spokes.size();
  std::vector<LabelPlace> places;
  for (std::size_t i = 0; i < n; ++i) places.push_back(place_label(spokes[i], i, n));
  for (std::size_t i = 0; i < n; ++i) {
    LabelPlace& l = places[i];
    if (std::string_view(l.anchor) != "middle") continue;
    for (std::size_t j : {(i + n - 1) % n, (i + 1) % n}) {
      const LabelPlace& other = places[j];
      if (j == i || std::string_view(other.anchor) == "middle") continue;
      if (l.dy > 0 && other.dy > 0)
        l.first = std::max(l.first, other.last() + kLineHeight);
      else if (l.dy < 0 && other.dy < 0)
        l.first = std::min(l.first, other.first - kLineHeight -
                                        static_cast<double>(l.lines.size() - 1) * kLineHeight);
    }
  }
  return places;
}

std::string label(const RadarSpoke& spoke, const LabelPlace& l) {
  std::string out =
      fmt::format("<text class=\"label{}\" x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"{}\">",
                  spoke.applicable ? "" : " na", l.p.x, l.first, l.anchor);
  for (std::size_t k = 0; k < l.lines.size(); ++k)
    out += fmt::format("<tspan x=\"{:.1f}\"{}>{}</tspan>", l.p.x,
                       k == 0 ? "" : fmt::format(" dy=\"{:.0f}\"", kLineHeight),
                       escape_xml(l.lines[k]));
  return out + "</text>";
}

}  // namespace

std::vector<std::string> wrap_label(std::string_view text, std::size_t width) {
  const std::string flat = one_line(text);
  if (display_width(flat) <= width) return {flat};
  // The last space that keeps the first line within `width`, else the first space after it.
  std::size_t cut = std::string::npos;
  for (std::size_t i = 0; i < flat.size(); ++i)
    if (flat[i] == ' ') {
      if (display_width(std::string_view(flat).substr(0, i)) <= width || cut == std::string::npos)
        cut = i;
      else
        break;
    }
  if (cut == std::string::npos) return {flat};
  return {flat.substr(0, cut), flat.substr(cut + 1)};
}

std::string svg_radar(const std::vector<RadarSpoke>& spokes, std::string_view id,
                      std::string_view title, std::string_view description) {
  const std::size_t n = spokes.size();
  std::string out = fmt::format(
      "<svg class=\"radar\" viewBox=\"0 0 {:.0f} {:.0f}\" role=\"img\" "
      "aria-labelledby=\"{}-title {}-desc\">\n<title id=\"{}-title\">{}</title>\n"
      "<desc id=\"{}-desc\">{}</desc>\n",
      kRadarWidth, kRadarHeight, id, id, id, escape_xml(one_line(title)), id,
      escape_xml(one_line(description)));
  if (n < 3) return out + "</svg>";
  out += grid(n) + "\n<g class=\"spokes\">";
  for (std::size_t i = 0; i < n; ++i) {
    const Point end = at(i, n, 1);
    out += fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"{}/>", kCx,
                       kCy, end.x, end.y, spokes[i].applicable ? "" : " class=\"na\"");
  }
  out += "</g>\n";
  std::vector<Point> shape;
  for (std::size_t i = 0; i < n; ++i)
    shape.push_back(at(i, n, spokes[i].applicable ? std::clamp(spokes[i].value, 0.0, 1.0) : 0.0));
  out += fmt::format("<polygon class=\"area\" points=\"{}\"/>\n<g class=\"points\">",
                     points_text(shape));
  for (std::size_t i = 0; i < n; ++i) {
    if (!spokes[i].applicable) continue;
    out += fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4\"><title>{}</title></circle>",
                       shape[i].x, shape[i].y,
                       escape_xml(fmt::format("{}. {}: {}", spokes[i].number,
                                              one_line(spokes[i].label), spokes[i].value_text)));
  }
  out += "</g>\n<g class=\"labels\">";
  const std::vector<LabelPlace> places = place_labels(spokes);
  for (std::size_t i = 0; i < n; ++i) out += label(spokes[i], places[i]);
  return out + "</g>\n</svg>";
}

}  // namespace routekaart::render
