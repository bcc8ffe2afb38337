#pragma once
// The status a team gives a signpost or an element, and what each one means: one table.
#include <array>
#include <optional>
#include <string_view>

namespace routekaart {

enum class Status { addressed, partial, planned, not_addressed, not_applicable, not_described };

struct StatusInfo {
  Status status;
  std::string_view word;  // as written in files; "not-described" is never written, only shown
  double score;           // its share of coverage: addressed 1, partial 0.5, the rest 0
  bool open;              // work still to do (planned, not-addressed, not described)
  bool in_files;          // a value files may use
};

inline constexpr std::array<StatusInfo, 6> kStatuses{{
    {Status::addressed, "addressed", 1.0, false, true},
    {Status::partial, "partial", 0.5, false, true},
    {Status::planned, "planned", 0.0, true, true},
    {Status::not_addressed, "not-addressed", 0.0, true, true},
    {Status::not_applicable, "not-applicable", 0.0, false, true},
    {Status::not_described, "not-described", 0.0, true, false},
}};
static_assert(kStatuses.size() == static_cast<std::size_t>(Status::not_described) + 1);

/// The table row of `status`.
constexpr const StatusInfo& info(Status status) {
  return kStatuses[static_cast<std::size_t>(status)];
}
/// The word used in files ("not-addressed"); "not-described" for a signpost the file omits.
constexpr std::string_view status_word(Status status) {
  return info(status).word;
}
/// The score of one status: addressed 1, partial 0.5, anything else 0.
constexpr double status_score(Status status) {
  return info(status).score;
}
/// True for planned, not-addressed and not described: work that is still open.
constexpr bool is_open(Status status) {
  return info(status).open;
}
/// Parses a status word as files write it; nullopt for anything else.
std::optional<Status> parse_status(std::string_view word);

}  // namespace routekaart
