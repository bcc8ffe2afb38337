#include "render/trend_plot.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "common/strings.hpp"
#include "render/escape.hpp"

namespace routekaart::render {
namespace {

constexpr int kTrendColumns = 4;
constexpr double kTrendPanelWidth = 220,
                 kTrendPanelHeight = 170;  // a panel, with its title and axis
constexpr double kTrendInnerLeft = 28, kTrendInnerTop = 24, kTrendInnerWidth = 180,
                 kTrendInnerHeight = 110;
constexpr double kTrendMargin = 20, kTrendHeader = 70;
constexpr double kTrendLow = 0.5, kTrendHigh = 5.5;
constexpr const char* kTrendImportanceColour = "#1f5f99";
constexpr const char* kTrendAttentionColour = "#d35400";

struct TrendFrame {
  double x, y;  // the panel's top left corner
  std::size_t rounds;
  double px(std::size_t round) const {
    const double left = x + kTrendInnerLeft + 12, width = kTrendInnerWidth - 24;
    return rounds < 2 ? left + width / 2
                      : left + width * static_cast<double>(round) / static_cast<double>(rounds - 1);
  }
  double py(double value) const {
    value = std::clamp(value, kTrendLow, kTrendHigh);
    return y + kTrendInnerTop + kTrendInnerHeight -
           (value - kTrendLow) / (kTrendHigh - kTrendLow) * kTrendInnerHeight;
  }
};

std::string trend_text(double x, double y, std::string_view content, std::string_view attributes) {
  return fmt::format("<text x=\"{:.1f}\" y=\"{:.1f}\" {}>{}</text>\n", x, y, attributes,
                     escape_xml(one_line(content)));
}

// The line of one score: a polyline per run of rounds with a mean, a mark with a tooltip per
// point.
std::string trend_series(const TrendFrame& f, const std::vector<std::optional<double>>& values,
                         bool importance, const std::string& name) {
  const char* colour = importance ? kTrendImportanceColour : kTrendAttentionColour;
  std::string out, run;
  std::size_t points = 0;
  auto flush = [&] {
    if (points > 1)
      out += fmt::format(
          "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{}/>\n", run,
          colour, importance ? "" : " stroke-dasharray=\"5 3\"");
    run.clear();
    points = 0;
  };
  for (std::size_t r = 0; r < values.size(); ++r) {
    if (!values[r]) {
      flush();
      continue;
    }
    if (!run.empty()) run += ' ';
    run += fmt::format("{:.1f},{:.1f}", f.px(r), f.py(*values[r]));
    ++points;
  }
  flush();
  for (std::size_t r = 0; r < values.size(); ++r) {
    if (!values[r]) continue;
    const double x = f.px(r), y = f.py(*values[r]);
    const std::string tooltip =
        escape_xml(fmt::format("{} {}: {:.2f}", r + 1, one_line(name), *values[r]));
    if (importance)
      out += fmt::format(
          "<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.5\" fill=\"{}\"><title>{}</title></circle>\n",
          x, y, colour, tooltip);
    else
      out += fmt::format(
          "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"7\" height=\"7\" fill=\"{}\"><title>{}</title>"
          "</rect>\n",
          x - 3.5, y - 3.5, colour, tooltip);
  }
  return out;
}

std::string trend_panel(const TrendPanel& p, const TrendSpec& spec, double x, double y) {
  const TrendFrame f{x, y, std::max(p.importance.size(), p.attention.size())};
  std::string out = trend_text(x + 4, y + 14, p.title, "font-size=\"12\" font-weight=\"bold\"");
  out += fmt::format(
      "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{}\" height=\"{}\" fill=\"#ffffff\" "
      "stroke=\"#999999\"/>\n",
      x + kTrendInnerLeft, y + kTrendInnerTop, kTrendInnerWidth, kTrendInnerHeight);
  for (int v = 1; v <= 5; ++v) {
    out += fmt::format(
        "<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#e5e5e5\"/>\n",
        x + kTrendInnerLeft, f.py(v), x + kTrendInnerLeft + kTrendInnerWidth, f.py(v));
    out += trend_text(x + kTrendInnerLeft - 5, f.py(v) + 4, std::to_string(v),
                      "font-size=\"10\" text-anchor=\"end\"");
  }
  for (std::size_t r = 0; r < f.rounds; ++r)
    out += trend_text(f.px(r), y + kTrendInnerTop + kTrendInnerHeight + 14, std::to_string(r + 1),
                      "font-size=\"10\" text-anchor=\"middle\"");
  out += trend_series(f, p.importance, true, spec.importance_label);
  out += trend_series(f, p.attention, false, spec.attention_label);
  return out;
}

}  // namespace

std::string render_trend_plot(const TrendSpec& spec) {
  const std::size_t rows = (spec.panels.size() + kTrendColumns - 1) / kTrendColumns;
  const double width = 2 * kTrendMargin + kTrendColumns * kTrendPanelWidth;
  const double legend_height = 40 + 16 * static_cast<double>(spec.rounds.size());
  const double height =
      kTrendHeader + static_cast<double>(rows) * kTrendPanelHeight + legend_height;
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0:.0f}\" "
      "height=\"{1:.0f}\" viewBox=\"0 0 {0:.0f} {1:.0f}\" font-family=\"sans-serif\" "
      "font-size=\"12\">\n<title>{2}</title>\n<rect width=\"{0:.0f}\" height=\"{1:.0f}\" "
      "fill=\"#ffffff\"/>\n",
      width, height, escape_xml(one_line(spec.title)));
  out += trend_text(kTrendMargin, 30, spec.title, "font-size=\"18\" font-weight=\"bold\"");
  out += trend_text(kTrendMargin, 52, spec.subtitle, "font-size=\"12\" fill=\"#555555\"");
  for (std::size_t i = 0; i < spec.panels.size(); ++i)
    out += trend_panel(spec.panels[i], spec,
                       kTrendMargin + static_cast<double>(i % kTrendColumns) * kTrendPanelWidth,
                       kTrendHeader + static_cast<double>(i / kTrendColumns) * kTrendPanelHeight);
  double y = kTrendHeader + static_cast<double>(rows) * kTrendPanelHeight + 10;
  out += fmt::format(
      "<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{2:.1f}\" y2=\"{1:.1f}\" stroke=\"{3}\" "
      "stroke-width=\"2\"/>\n",
      kTrendMargin, y - 4, kTrendMargin + 24, kTrendImportanceColour);
  out += trend_text(kTrendMargin + 30, y, spec.importance_label, "font-size=\"12\"");
  out += fmt::format(
      "<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{2:.1f}\" y2=\"{1:.1f}\" stroke=\"{3}\" "
      "stroke-width=\"2\" stroke-dasharray=\"5 3\"/>\n",
      kTrendMargin + 260, y - 4, kTrendMargin + 284, kTrendAttentionColour);
  out += trend_text(kTrendMargin + 290, y, spec.attention_label, "font-size=\"12\"");
  for (const auto& line : spec.rounds) {
    y += 16;
    out += trend_text(kTrendMargin, y, line, "font-size=\"11\"");
  }
  return out + "</svg>\n";
}

}  // namespace routekaart::render
