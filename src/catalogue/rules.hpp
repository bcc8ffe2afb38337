#pragma once
// The rule table: every finding's id, default severity and texts, loaded from rules/rules.yaml.
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "common/lang.hpp"

namespace routekaart::catalogue {

struct Rule {
  std::string id;  // "RK103"
  Severity severity = Severity::warning;
  int signpost = 0;  // the signpost the rule belongs to, 0 when it depends on the finding
  Text title;
  Text description;
  Text remedy;
  bool operator==(const Rule&) const = default;
};

/// The embedded rule table, sorted by id. Aborts with a message if the build embedded a broken
/// table (a test keeps that from happening).
const std::vector<Rule>& rules();

/// The rule with this id (case-insensitive), or nullptr.
const Rule* find_rule(std::string_view id);

}  // namespace routekaart::catalogue
