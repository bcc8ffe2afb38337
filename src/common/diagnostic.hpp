#pragma once
// One finding or diagnostic: a stable rule id, a severity, a place, a message and a remedy.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace routekaart {

enum class Severity { info, warning, error };

struct SeverityInfo {
  Severity severity;
  std::string_view name;            // "warning": in files, options and JSON
  std::string_view sarif_level;     // "warning"; info is SARIF's "note"
  std::string_view github_command;  // "warning"; info is GitHub's "notice"
};

inline constexpr std::array<SeverityInfo, 3> kSeverities{{
    {Severity::info, "info", "note", "notice"},
    {Severity::warning, "warning", "warning", "warning"},
    {Severity::error, "error", "error", "error"},
}};
static_assert(kSeverities.size() == static_cast<std::size_t>(Severity::error) + 1);

/// The table row of `severity`.
constexpr const SeverityInfo& info(Severity severity) {
  return kSeverities[static_cast<std::size_t>(severity)];
}
/// "info", "warning" or "error".
constexpr std::string_view severity_name(Severity s) {
  return info(s).name;
}
/// Parses a severity word; nullopt when it is not one.
std::optional<Severity> parse_severity(std::string_view word);

struct Location {
  std::string file;  // as given on the command line ("-" for stdin)
  int line = 0;      // 1-based; 0 when the finding concerns the whole file
  int column = 0;    // 1-based
};

struct Diagnostic {
  std::string rule;  // e.g. "RK003"
  Severity severity = Severity::error;
  Location location;
  std::string message;  // in the report language
  std::string hint;     // how to fix it, in the report language; may be empty
  int signpost = 0;     // 1..14 when the finding concerns one signpost
};

using Diagnostics = std::vector<Diagnostic>;

/// Sorts by file, line, column, rule: the order every report uses.
void sort_diagnostics(Diagnostics& diagnostics);

}  // namespace routekaart
