#include "render/format.hpp"

#include <cmath>

#include <fmt/format.h>

namespace routekaart::render {

const std::vector<FormatInfo>& formats() {
  static const std::vector<FormatInfo> table = {
      {Format::text, "text", render_text},    {Format::markdown, "markdown", render_markdown},
      {Format::json, "json", render_json},    {Format::sarif, "sarif", render_sarif},
      {Format::junit, "junit", render_junit}, {Format::github, "github", render_github},
      {Format::html, "html", render_html},
  };
  return table;
}

const FormatInfo* find_format(std::string_view name) {
  for (const auto& f : formats())
    if (f.name == name) return &f;
  return nullptr;
}

std::string percent_text(const std::optional<double>& percent) {
  if (!percent) return "-";
  return fmt::format("{}%", static_cast<long>(std::lround(*percent)));
}

}  // namespace routekaart::render
