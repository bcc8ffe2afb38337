#include "render/format.hpp"

#include <cmath>

#include <fmt/format.h>

namespace routekaart::render {

const FormatInfo* find_format(std::string_view name) {
  for (const auto& f : formats())
    if (f.name == name) return &f;
  return nullptr;
}

std::vector<std::string_view> format_names(Output output) {
  std::vector<std::string_view> names;
  for (const auto& f : formats())
    if (accepts(output, f.format)) names.push_back(f.name);
  return names;
}

std::string percent_text(const std::optional<double>& percent) {
  if (!percent) return "-";
  return fmt::format("{}%", static_cast<long>(std::lround(*percent)));
}

}  // namespace routekaart::render
