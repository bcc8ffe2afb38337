#include "common/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace routekaart {

static_assert([] {
  for (std::size_t i = 0; i < kSeverities.size(); ++i)
    if (static_cast<std::size_t>(kSeverities[i].severity) != i) return false;
  return true;
}());

std::optional<Severity> parse_severity(std::string_view word) {
  for (const auto& row : kSeverities)
    if (row.name == word) return row.severity;
  return std::nullopt;
}

void sort_diagnostics(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
    return std::tie(a.location.file, a.location.line, a.location.column, a.rule) <
           std::tie(b.location.file, b.location.line, b.location.column, b.rule);
  });
}

}  // namespace routekaart
