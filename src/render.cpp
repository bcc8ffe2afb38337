#include "render.hpp"

#include <cmath>

#include <fmt/format.h>

namespace routekaart {

const std::vector<FormatInfo>& formats() {
  static const std::vector<FormatInfo> table = {
      {Format::text, "text", render_text},
      {Format::markdown, "markdown", render_markdown},
      {Format::json, "json", render_json},
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

}  // namespace routekaart
