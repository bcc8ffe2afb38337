// The rule table (rules/rules.yaml, generated into C++; catalogue/rules.hpp).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "catalogue/rules.hpp"

using routekaart::catalogue::Rule;
using routekaart::catalogue::rules;

using namespace routekaart;

TEST_CASE("rules: in the order of RuleId") {
  REQUIRE(rules().size() == kRuleCount);
  for (std::size_t i = 0; i < kRuleCount; ++i) {
    CAPTURE(kRuleNames[i]);
    CHECK(rules()[i].id == static_cast<RuleId>(i));
    CHECK(&catalogue::rule(static_cast<RuleId>(i)) == &rules()[i]);
  }
}

TEST_CASE("rules: ids ascend and are unique") {
  for (std::size_t i = 1; i < kRuleCount; ++i) CHECK(kRuleNames[i - 1] < kRuleNames[i]);
  std::set<std::string_view> names(kRuleNames.begin(), kRuleNames.end());
  CHECK(names.size() == kRuleCount);
  CHECK(kRuleNames.front() == "RK001");
  CHECK(kRuleNames.back() == "RK301");
}

TEST_CASE("rules: every rule is bilingual") {
  std::set<std::string> titles_en, titles_nl;
  for (const Rule& r : rules()) {
    CAPTURE(rule_name(r.id));
    for (const Bilingual* text : {&r.title, &r.description, &r.remedy}) {
      CHECK_FALSE(text->nl.empty());
      CHECK_FALSE(text->en.empty());
      CHECK(text->nl != text->en);
    }
    CHECK(titles_en.insert(r.title.en).second);
    CHECK(titles_nl.insert(r.title.nl).second);
  }
}

TEST_CASE("rules: default severities") {
  using catalogue::rule;
  SUBCASE("format rules are errors, except the unmatched suppression") {
    for (const Rule& r : rules()) {
      CAPTURE(rule_name(r.id));
      if (is_format_rule(r.id) && r.id != RuleId::RK022) CHECK(r.severity == Severity::error);
    }
    CHECK(rule(RuleId::RK022).severity == Severity::warning);
  }
  SUBCASE("findings about what a file says") {
    CHECK(rule(RuleId::RK101).severity == Severity::warning);
    CHECK(rule(RuleId::RK102).severity == Severity::warning);
    CHECK(rule(RuleId::RK103).severity == Severity::warning);
    CHECK(rule(RuleId::RK104).severity == Severity::error);
    CHECK(rule(RuleId::RK105).severity == Severity::warning);
    CHECK(rule(RuleId::RK201).severity == Severity::warning);
    CHECK(rule(RuleId::RK204).severity == Severity::error);
    CHECK(rule(RuleId::RK205).severity == Severity::error);
    CHECK(rule(RuleId::RK301).severity == Severity::info);
  }
}

TEST_CASE("rules: the method rules belong to signpost 12, the others to none") {
  for (const Rule& r : rules()) {
    CAPTURE(rule_name(r.id));
    CHECK(r.signpost == (rule_name(r.id).substr(0, 3) == "RK2" ? 12 : 0));
  }
}

TEST_CASE("rules: texts as rules/rules.yaml writes them") {
  using catalogue::rule;
  CHECK(rule(RuleId::RK101).title.en == "Signpost not described");
  CHECK(rule(RuleId::RK101).title.nl == "Wegwijzer niet beschreven");
  CHECK(rule(RuleId::RK103).remedy.en ==
        "Describe in 'practice' concretely what you do, for whom and how often.");
  CHECK(rule(RuleId::RK103).remedy.nl ==
        "Beschrijf in 'practice' concreet wat jullie doen, voor wie en hoe vaak.");
  CHECK(rule(RuleId::RK001).title.nl == "YAML-syntaxfout");
}
