#pragma once
// For whom a signpost is written: one table, the words files and options use.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace routekaart {

enum class Audience { practitioners, managers };

struct AudienceInfo {
  Audience audience;
  std::string_view name;  // as the catalogue writes it and --audience takes it
};

inline constexpr std::array<AudienceInfo, 2> kAudiences{{
    {Audience::practitioners, "practitioners"},
    {Audience::managers, "managers"},
}};
static_assert(kAudiences.size() == static_cast<std::size_t>(Audience::managers) + 1);
static_assert([] {
  for (std::size_t i = 0; i < kAudiences.size(); ++i)
    if (kAudiences[i].audience != static_cast<Audience>(i)) return false;
  return true;
}());

/// "practitioners" or "managers".
constexpr std::string_view audience_name(Audience audience) {
  return kAudiences[static_cast<std::size_t>(audience)].name;
}

/// Parses an audience word; nullopt when it is not one.
constexpr std::optional<Audience> parse_audience(std::string_view word) {
  for (const auto& row : kAudiences)
    if (row.name == word) return row.audience;
  return std::nullopt;
}

}  // namespace routekaart
