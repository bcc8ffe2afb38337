#pragma once
// The rule table: every finding's id, default severity and texts. The table is rules/rules.yaml,
// checked and compiled in at build time (tools/generate/texts.cpp); RuleId is its enum.
#include <array>

#include "common/diagnostic.hpp"
#include "common/lang.hpp"
#include "generated/rule_ids.hpp"

namespace routekaart::catalogue {

struct Rule {
  RuleId id;
  Severity severity = Severity::warning;
  int signpost = 0;  // the signpost the rule belongs to, 0 when it depends on the finding
  Bilingual title;
  Bilingual description;
  Bilingual remedy;
};

/// Every rule, in id order: rules()[i].id == RuleId(i).
const std::array<Rule, kRuleCount>& rules();

/// The rule with this id.
inline const Rule& rule(RuleId id) {
  return rules()[static_cast<std::size_t>(id)];
}

}  // namespace routekaart::catalogue
