#include "common/status.hpp"

namespace routekaart {

// Each row must sit at the index of its enum value: info() relies on it.
static_assert([] {
  for (std::size_t i = 0; i < kStatuses.size(); ++i)
    if (static_cast<std::size_t>(kStatuses[i].status) != i) return false;
  return true;
}());

std::optional<Status> parse_status(std::string_view word) {
  for (const auto& row : kStatuses)
    if (row.in_files && row.word == word) return row.status;
  return std::nullopt;
}

}  // namespace routekaart
