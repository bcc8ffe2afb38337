#pragma once
// One finding or diagnostic: a stable rule id, a severity, a place, a message and a remedy.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/message.hpp"
#include "generated/rule_ids.hpp"

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

/// The rule with this id, "RK103" (case-insensitive); nullopt when there is none.
std::optional<RuleId> parse_rule_id(std::string_view text);

/// A rule of the file format (RK001-RK019): the file cannot be read as it is. Such findings are
/// always errors (rules/rules.yaml marks them `fixed`).
constexpr bool is_format_rule(RuleId rule) {
  const std::string_view name = rule_name(rule);
  return name.substr(0, 4) == "RK00" || name.substr(0, 4) == "RK01";
}

/// A finding: a rule, a place, and what to tell the reader, still without a language. A renderer
/// puts message and hint into words (tr) in the report's language.
struct Diagnostic {
  RuleId rule = RuleId::RK001;
  Severity severity = Severity::error;
  Location location;
  Message message;
  std::vector<Message> hint;  // how to fix it, in parts joined by a space; may be empty
  int signpost = 0;           // 1..14 when the finding concerns one signpost
};

/// The hint's parts in words, joined by a space; "" when there is no hint.
std::string hint_text(const Diagnostic& d, Lang lang, Escape escape = nullptr);

using Diagnostics = std::vector<Diagnostic>;

/// Sorts by file, line, column, rule: the order every report uses.
void sort_diagnostics(Diagnostics& diagnostics);

}  // namespace routekaart
