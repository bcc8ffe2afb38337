#include "render/svg_plot.hpp"
#include "common/strings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>

#include "render/escape.hpp"
#include "render/style.hpp"

namespace routekaart::render {
namespace {

constexpr double kPlotWidth = 860, kPlotHeight = 620;
constexpr double kLeft = 80, kTop = 80, kSize = 440;  // the plot area, a square
constexpr double kLow = 0.5, kHigh = 5.5;             // the axes' domain: the scale 1..5 padded
constexpr double kDot = 5;
constexpr double kLabelHeight = 13;
constexpr double kLegendX = 555;

double px_x(double attention) {
  attention = std::clamp(attention, kLow, kHigh);
  return kLeft + (attention - kLow) / (kHigh - kLow) * kSize;
}

double px_y(double importance) {
  importance = std::clamp(importance, kLow, kHigh);
  return kTop + kSize - (importance - kLow) / (kHigh - kLow) * kSize;
}

double text_width(std::string_view text, double per_char) {
  return static_cast<double>(display_width(text)) * per_char + 2;
}

std::string text(double x, double y, std::string_view content, std::string_view attributes) {
  return fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\"{}{}>{}</text>\n", x, y,
                     attributes.empty() ? "" : " ", attributes, escape_xml(content));
}

std::string line(double x1, double y1, double x2, double y2, std::string_view attributes) {
  return fmt::format("<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" {}/>\n", x1, y1,
                     x2, y2, attributes);
}

// A point: filled when some of its signposts have no disagreement, ringed in orange when some do.
// `tooltip` is XML already: the points' texts, each escaped, one per line.
std::string dot(double x, double y, bool agreement, bool disagreement, std::string_view tooltip) {
  const std::string style = fmt::format("fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\"",
                                        agreement ? "#1f5f99" : "#ffffff",
                                        disagreement ? "#d35400" : "#ffffff", disagreement ? 2 : 1);
  if (tooltip.empty())
    return fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{}\" {}/>\n", x, y, kDot, style);
  return fmt::format("<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"{}\" {}><title>{}</title></circle>\n",
                     x, y, kDot, style, tooltip);
}

void axes(const PlotSpec& spec, std::string& out) {
  out += fmt::format(
      "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"#ffffff\" stroke=\"#333333\"/>\n",
      kLeft, kTop, kSize, kSize);
  for (int v = 1; v <= 5; ++v) {
    const double x = px_x(v), y = px_y(v);
    out += line(x, kTop, x, kTop + kSize, "stroke=\"#e5e5e5\"");
    out += line(kLeft, y, kLeft + kSize, y, "stroke=\"#e5e5e5\"");
    out += line(x, kTop + kSize, x, kTop + kSize + 6, "stroke=\"#333333\"");
    out += line(kLeft - 6, y, kLeft, y, "stroke=\"#333333\"");
    out += text(x, kTop + kSize + 20, std::to_string(v), "text-anchor=\"middle\"");
    out += text(kLeft - 10, y + 4, std::to_string(v), "text-anchor=\"end\"");
  }
  out += text(kLeft + kSize / 2, kTop + kSize + 45, spec.x_label,
              "text-anchor=\"middle\" font-size=\"13\"");
  out += fmt::format(
      "<text x=\"30\" y=\"{:.1f}\" text-anchor=\"middle\" font-size=\"13\" "
      "transform=\"rotate(-90 30 {:.1f})\">{}</text>\n",
      kTop + kSize / 2, kTop + kSize / 2, escape_xml(spec.y_label));
}

std::vector<LabelBox> quadrant_labels(const PlotSpec& spec, std::string& out) {
  const char* style = "font-size=\"12\" font-style=\"italic\" fill=\"#777777\"";
  const double top = kTop + 18, bottom = kTop + kSize - 10;
  const double left = kLeft + 8, right = kLeft + kSize - 8;
  out += text(left, top, spec.concentrate_here, style);
  out += text(right, top, spec.keep_up, std::string(style) + " text-anchor=\"end\"");
  out += text(left, bottom, spec.low_priority, style);
  out += text(right, bottom, spec.possible_overkill, std::string(style) + " text-anchor=\"end\"");
  auto box = [](double x, double baseline, double width) {
    return LabelBox{x, baseline - 12, width, 15};
  };
  return {box(left, top, text_width(spec.concentrate_here, 6.5)),
          box(right - text_width(spec.keep_up, 6.5), top, text_width(spec.keep_up, 6.5)),
          box(left, bottom, text_width(spec.low_priority, 6.5)),
          box(right - text_width(spec.possible_overkill, 6.5), bottom,
              text_width(spec.possible_overkill, 6.5))};
}

void legend(const PlotSpec& spec, std::string& out) {
  double y = kTop + 10;
  out += dot(kLegendX + 6, y - 4, true, false, "");
  out += text(kLegendX + 18, y, spec.legend_point, "font-size=\"12\"");
  y += 20;
  out += dot(kLegendX + 6, y - 4, false, true, "");
  out += text(kLegendX + 18, y, spec.legend_disagreement, "font-size=\"12\"");
  if (spec.has_crosshair) {
    y += 20;
    out += line(kLegendX, y - 4, kLegendX + 12, y - 4,
                "stroke=\"#c0392b\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"");
    for (std::size_t i = 0; i < spec.legend_crosshair.size(); ++i)
      out += text(kLegendX + 18, y + 15 * static_cast<double>(i), spec.legend_crosshair[i],
                  "font-size=\"12\"");
    if (!spec.legend_crosshair.empty())
      y += 15 * static_cast<double>(spec.legend_crosshair.size() - 1);
  }
  y += 12;
  for (const auto& entry : spec.legend) {
    y += 16;
    out += text(kLegendX, y, entry, "font-size=\"11\"");
  }
}

}  // namespace

std::vector<Placement> place_labels(const std::vector<std::pair<double, double>>& anchors,
                                    const std::vector<double>& widths, double height, double dot_r,
                                    const LabelBox& bounds,
                                    const std::vector<LabelBox>& obstacles) {
  std::vector<LabelBox> taken = obstacles;
  for (const auto& [x, y] : anchors) taken.push_back({x - dot_r, y - dot_r, 2 * dot_r, 2 * dot_r});
  const int directions[8][2] = {{1, 0},  {-1, 0}, {0, -1},  {0, 1},
                                {1, -1}, {1, 1},  {-1, -1}, {-1, 1}};
  std::vector<Placement> out;
  for (std::size_t i = 0; i < anchors.size(); ++i) {
    const auto [ax, ay] = anchors[i];
    const double w = widths[i];
    Placement best;
    std::size_t best_conflicts = SIZE_MAX;
    for (int ring = 0; ring < 4 && best_conflicts > 0; ++ring) {
      const double gap = dot_r + 2 + ring * (height + 2);
      for (const auto& d : directions) {
        LabelBox b{d[0] > 0   ? ax + gap
                   : d[0] < 0 ? ax - gap - w
                              : ax - w / 2,
                   d[1] < 0   ? ay - gap - height
                   : d[1] > 0 ? ay + gap
                              : ay - height / 2,
                   w, height};
        if (d[0] != 0 && d[1] != 0) {  // diagonals sit a little closer
          b.x += d[0] > 0 ? -gap * 0.3 : gap * 0.3;
          b.y += d[1] > 0 ? -gap * 0.3 : gap * 0.3;
        }
        if (b.x < bounds.x || b.y < bounds.y || b.x + b.width > bounds.x + bounds.width ||
            b.y + b.height > bounds.y + bounds.height)
          continue;
        const auto conflicts = static_cast<std::size_t>(std::count_if(
            taken.begin(), taken.end(), [&](const LabelBox& t) { return t.overlaps(b); }));
        if (conflicts < best_conflicts) {
          best_conflicts = conflicts;
          best = Placement{b, ring > 0};
          if (conflicts == 0) break;
        }
      }
    }
    if (best_conflicts == SIZE_MAX) best = Placement{{ax + dot_r + 2, ay - height / 2, w, height}};
    taken.push_back(best.box);
    out.push_back(best);
  }
  return out;
}

std::string render_svg_plot(const PlotSpec& spec) {
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"12\">\n"
      "<title>{2}</title>\n<rect width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>\n",
      kPlotWidth, kPlotHeight, escape_xml(spec.title));
  out += text(kLeft, 32, spec.title, "font-size=\"18\" font-weight=\"bold\"");
  out += text(kLeft, 54, spec.subtitle, "font-size=\"12\" fill=\"#555555\"");
  axes(spec, out);
  if (spec.has_crosshair) {
    const char* dashed = "stroke=\"#c0392b\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"";
    const double x = px_x(spec.cross_attention), y = px_y(spec.cross_importance);
    out += line(x, kTop, x, kTop + kSize, dashed);
    out += line(kLeft, y, kLeft + kSize, y, dashed);
  }
  const std::vector<LabelBox> obstacles = quadrant_labels(spec, out);
  // Points on the same spot become one group with one circle and one label.
  struct Group {
    double x = 0, y = 0;
    std::string label, tooltip;
    bool agreement = false, disagreement = false;
  };
  std::vector<Group> groups;
  for (const auto& p : spec.points) {
    const double x = px_x(p.attention), y = px_y(p.importance);
    auto same = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
      return std::abs(g.x - x) < 0.5 && std::abs(g.y - y) < 0.5;
    });
    if (same == groups.end()) {
      groups.push_back(Group{x, y, std::to_string(p.number), escape_xml(p.tooltip), false, false});
      same = groups.end() - 1;
    } else {
      same->label += ", " + std::to_string(p.number);
      same->tooltip += "\n" + escape_xml(p.tooltip);
    }
    (p.disagreement ? same->disagreement : same->agreement) = true;
  }
  std::vector<std::pair<double, double>> anchors;
  std::vector<double> widths;
  for (const auto& g : groups) {
    anchors.emplace_back(g.x, g.y);
    widths.push_back(text_width(g.label, 7));
  }
  const auto labels = place_labels(anchors, widths, kLabelHeight, kDot,
                                   LabelBox{kLeft, kTop, kSize, kSize}, obstacles);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const auto& b = labels[i].box;
    if (labels[i].moved)
      out += line(groups[i].x, groups[i].y, b.x + b.width / 2, b.y + b.height / 2,
                  "stroke=\"#999999\" stroke-width=\"0.8\"");
  }
  for (const auto& g : groups) out += dot(g.x, g.y, g.agreement, g.disagreement, g.tooltip);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    const auto& b = labels[i].box;
    if (labels[i].moved)
      out += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"#ffffff\" "
          "fill-opacity=\"0.85\"/>\n",
          b.x, b.y, b.width, b.height);
    out +=
        text(b.x + 1, b.y + b.height - 2, groups[i].label, "font-size=\"11\" font-weight=\"bold\"");
  }
  legend(spec, out);
  return out + "</svg>\n";
}

}  // namespace routekaart::render
