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

void write_report(MakeWriter writer, const check::Report& report, const RenderOptions& options,
                  std::ostream& out) {
  const std::unique_ptr<ReportWriter> w = writer(options, out);
  w->begin({report.selected, report.files.size()});
  for (const auto& file : report.files) w->file(file);
  w->end(report.summary);
}

std::string percent_text(const std::optional<double>& percent) {
  if (!percent) return "-";
  return fmt::format("{}%", static_cast<long>(std::lround(*percent)));
}

}  // namespace routekaart::render
