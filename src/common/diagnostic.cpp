#include "common/diagnostic.hpp"

#include <algorithm>
#include <cctype>
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

std::optional<RuleId> parse_rule_id(std::string_view text) {
  std::string upper;
  for (char c : text) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (std::size_t i = 0; i < kRuleCount; ++i)
    if (kRuleNames[i] == upper) return static_cast<RuleId>(i);
  return std::nullopt;
}

std::string hint_text(const Diagnostic& d, Lang lang, Escape escape) {
  std::string out;
  for (const auto& part : d.hint) {
    std::string words = tr(lang, part, escape);
    if (words.empty()) continue;
    if (!out.empty()) out += ' ';
    out += words;
  }
  return out;
}

void sort_diagnostics(Diagnostics& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
    return std::tie(a.location.file, a.location.line, a.location.column, a.rule) <
           std::tie(b.location.file, b.location.line, b.location.column, b.rule);
  });
}

}  // namespace routekaart
