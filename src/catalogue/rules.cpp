#include "catalogue/rules.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "catalogue/embedded.hpp"
#include "catalogue/precompiled.hpp"
#include "schema/format.hpp"
#include "schema/validate.hpp"
#include "yaml/load.hpp"
#include "yaml/read.hpp"

namespace routekaart::catalogue {
using io::Source;
using schema::validate_tree;
using yaml::parse_yaml;
using yaml::ParsedYaml;

namespace {

std::vector<Rule> load_rules() {
  std::string text;
  for (const auto& file : embedded_files())
    if (file.name == "rules/rules.yaml") text = file.data;
  Source source{"rules/rules.yaml", text};
  ParsedYaml parsed = parse_yaml(source, Limits{}, Lang::en);
  Diagnostics problems = parsed.diagnostics;
  if (parsed.root)
    validate_tree(
        *parsed.root, schema::rules_spec(), source.path, Lang::en,
        [](int) { return std::vector<std::string>(); }, problems);
  if (!parsed.root || !problems.empty()) {
    for (const auto& d : problems)
      std::fprintf(stderr, "%s:%d:%d: %s\n", d.location.file.c_str(), d.location.line,
                   d.location.column, d.message.c_str());
    std::abort();
  }
  std::vector<Rule> out;
  for (const auto& item : parsed.root->items) {
    Rule rule;
    rule.id = yaml::text(item, "id");
    rule.severity = parse_severity(yaml::text(item, "severity")).value_or(Severity::warning);
    rule.signpost = static_cast<int>(yaml::integer(item, "signpost", 0));
    rule.title = yaml::bilingual(item, "title");
    rule.description = yaml::bilingual(item, "description");
    rule.remedy = yaml::bilingual(item, "remedy");
    out.push_back(std::move(rule));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return out;
}

}  // namespace

const std::vector<Rule>& rules() {
  if (const std::vector<Rule>* compiled = installed_precompiled().rules) return *compiled;
  static const std::vector<Rule> table = load_rules();
  return table;
}

const Rule* find_rule(std::string_view id) {
  std::string upper;
  for (char c : id) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const auto& rule : rules())
    if (rule.id == upper) return &rule;
  return nullptr;
}

}  // namespace routekaart::catalogue
