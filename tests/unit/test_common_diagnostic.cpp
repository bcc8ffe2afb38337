// src/common/diagnostic.cpp: the severity table, rule ids, hints and the order of findings.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "generated/texts/common.hpp"
#include "generated/texts/format.hpp"
#include "generated/texts/read.hpp"

using namespace routekaart;

TEST_CASE("kSeverities: one row per severity, at the index of its value") {
  REQUIRE(kSeverities.size() == 3);
  for (std::size_t i = 0; i < kSeverities.size(); ++i) {
    CAPTURE(i);
    CHECK(static_cast<std::size_t>(kSeverities[i].severity) == i);
    CHECK(&info(kSeverities[i].severity) == &kSeverities[i]);
  }
}

TEST_CASE("kSeverities: the words of files, SARIF and GitHub") {
  SUBCASE("info is SARIF's note and GitHub's notice") {
    CHECK(severity_name(Severity::info) == "info");
    CHECK(info(Severity::info).sarif_level == "note");
    CHECK(info(Severity::info).github_command == "notice");
  }
  SUBCASE("warning is a warning everywhere") {
    CHECK(severity_name(Severity::warning) == "warning");
    CHECK(info(Severity::warning).sarif_level == "warning");
    CHECK(info(Severity::warning).github_command == "warning");
  }
  SUBCASE("error is an error everywhere") {
    CHECK(severity_name(Severity::error) == "error");
    CHECK(info(Severity::error).sarif_level == "error");
    CHECK(info(Severity::error).github_command == "error");
  }
  SUBCASE("the order of the enum is the order of weight") {
    CHECK(Severity::info < Severity::warning);
    CHECK(Severity::warning < Severity::error);
  }
}

TEST_CASE("parse_severity: the words of the table, nothing else") {
  SUBCASE("every name parses back to its severity") {
    for (const auto& row : kSeverities) {
      CAPTURE(row.name);
      CHECK(parse_severity(row.name) == row.severity);
    }
  }
  SUBCASE("spelling must be exact") {
    CHECK_FALSE(parse_severity("Warning"));
    CHECK_FALSE(parse_severity("ERROR"));
    CHECK_FALSE(parse_severity(" error"));
    CHECK_FALSE(parse_severity("warn"));
  }
  SUBCASE("words that are not severities") {
    CHECK_FALSE(parse_severity(""));
    CHECK_FALSE(parse_severity("off"));
    CHECK_FALSE(parse_severity("never"));
    CHECK_FALSE(parse_severity("note"));    // SARIF's word, not a severity
    CHECK_FALSE(parse_severity("notice"));  // GitHub's word
    CHECK_FALSE(parse_severity("fout"));
  }
}

TEST_CASE("parse_rule_id: RK ids, case-insensitive") {
  SUBCASE("an id as written") {
    CHECK(parse_rule_id("RK103") == RuleId::RK103);
    CHECK(parse_rule_id("RK001") == RuleId::RK001);
    CHECK(parse_rule_id("RK301") == RuleId::RK301);
  }
  SUBCASE("any case") {
    CHECK(parse_rule_id("rk103") == RuleId::RK103);
    CHECK(parse_rule_id("Rk022") == RuleId::RK022);
  }
  SUBCASE("every name of the table parses to its own id") {
    for (std::size_t i = 0; i < kRuleCount; ++i) {
      CAPTURE(kRuleNames[i]);
      CHECK(parse_rule_id(kRuleNames[i]) == static_cast<RuleId>(i));
      CHECK(rule_name(static_cast<RuleId>(i)) == kRuleNames[i]);
    }
  }
  SUBCASE("ids that do not exist") {
    CHECK_FALSE(parse_rule_id("RK016"));  // a gap in the numbering
    CHECK_FALSE(parse_rule_id("RK100"));
    CHECK_FALSE(parse_rule_id("RK999"));
  }
  SUBCASE("anything that is not exactly an id") {
    CHECK_FALSE(parse_rule_id(""));
    CHECK_FALSE(parse_rule_id("103"));
    CHECK_FALSE(parse_rule_id("RK10"));
    CHECK_FALSE(parse_rule_id("RK1030"));
    CHECK_FALSE(parse_rule_id(" RK103"));
    CHECK_FALSE(parse_rule_id("RK103 "));
    CHECK_FALSE(parse_rule_id("RK-103"));
  }
}

TEST_CASE("is_format_rule: RK001-RK019 and nothing else") {
  SUBCASE("format rules") {
    CHECK(is_format_rule(RuleId::RK001));
    CHECK(is_format_rule(RuleId::RK009));
    CHECK(is_format_rule(RuleId::RK015));
  }
  SUBCASE("the catalogue, duplicate raters and unmatched suppressions are not format rules") {
    CHECK_FALSE(is_format_rule(RuleId::RK020));
    CHECK_FALSE(is_format_rule(RuleId::RK021));
    CHECK_FALSE(is_format_rule(RuleId::RK022));
  }
  SUBCASE("rules about what a file says") {
    CHECK_FALSE(is_format_rule(RuleId::RK101));
    CHECK_FALSE(is_format_rule(RuleId::RK105));
    CHECK_FALSE(is_format_rule(RuleId::RK201));
    CHECK_FALSE(is_format_rule(RuleId::RK205));
    CHECK_FALSE(is_format_rule(RuleId::RK301));
  }
}

TEST_CASE("is_fixed_rule: the format rules and RK107, as rules/rules.yaml marks them") {
  CHECK(is_fixed_rule(RuleId::RK001));
  CHECK(is_fixed_rule(RuleId::RK015));
  CHECK(is_fixed_rule(RuleId::RK107));
  CHECK_FALSE(is_fixed_rule(RuleId::RK022));
  CHECK_FALSE(is_fixed_rule(RuleId::RK101));
  CHECK_FALSE(is_fixed_rule(RuleId::RK106));
  SUBCASE("the whole table: RK001-RK015 are format rules, all fixed; RK023 and RK107 too") {
    int format_rules = 0, fixed = 0;
    for (std::size_t i = 0; i < kRuleCount; ++i) {
      const auto id = static_cast<RuleId>(i);
      if (is_format_rule(id)) {
        ++format_rules;
        CHECK(is_fixed_rule(id));
      }
      if (is_fixed_rule(id)) ++fixed;
    }
    CHECK(format_rules == 15);
    CHECK(fixed == 17);
  }
}

namespace {

Diagnostic at(std::string file, int line, int column, RuleId rule, std::string tag = "") {
  return Diagnostic{rule,
                    Severity::error,
                    Location{std::move(file), line, column},
                    texts::value{.value = std::move(tag)},
                    {},
                    0};
}

std::string order(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    if (!out.empty()) out += ' ';
    out += d.location.file + ":" + std::to_string(d.location.line) + ":" +
           std::to_string(d.location.column) + ":" + std::string(rule_name(d.rule));
    const std::string tag = tr(Lang::en, d.message);
    if (!tag.empty()) out += "/" + tag;
  }
  return out;
}

}  // namespace

TEST_CASE("sort_diagnostics: by file, line, column, then rule") {
  SUBCASE("each key in turn") {
    Diagnostics d = {
        at("b.yaml", 1, 1, RuleId::RK001), at("a.yaml", 2, 1, RuleId::RK001),
        at("a.yaml", 1, 5, RuleId::RK001), at("a.yaml", 1, 1, RuleId::RK103),
        at("a.yaml", 1, 1, RuleId::RK003), at("a.yaml", 0, 0, RuleId::RK301),
    };
    sort_diagnostics(d);
    CHECK(order(d) ==
          "a.yaml:0:0:RK301 a.yaml:1:1:RK003 a.yaml:1:1:RK103 a.yaml:1:5:RK001 "
          "a.yaml:2:1:RK001 b.yaml:1:1:RK001");
  }
  SUBCASE("lines compare as numbers, not as text") {
    Diagnostics d = {at("f", 10, 1, RuleId::RK001), at("f", 9, 1, RuleId::RK001)};
    sort_diagnostics(d);
    CHECK(order(d) == "f:9:1:RK001 f:10:1:RK001");
  }
  SUBCASE("rules compare by their place in the table") {
    Diagnostics d = {at("f", 1, 1, RuleId::RK301), at("f", 1, 1, RuleId::RK022),
                     at("f", 1, 1, RuleId::RK101)};
    sort_diagnostics(d);
    CHECK(order(d) == "f:1:1:RK022 f:1:1:RK101 f:1:1:RK301");
  }
  SUBCASE("equal keys keep their order (stable)") {
    Diagnostics d = {at("f", 3, 1, RuleId::RK204, "second"), at("f", 1, 1, RuleId::RK001),
                     at("f", 3, 1, RuleId::RK204, "first"), at("f", 3, 1, RuleId::RK204, "third")};
    sort_diagnostics(d);
    CHECK(order(d) == "f:1:1:RK001 f:3:1:RK204/second f:3:1:RK204/first f:3:1:RK204/third");
  }
  SUBCASE("nothing to sort") {
    Diagnostics d;
    sort_diagnostics(d);
    CHECK(d.empty());
  }
}

TEST_CASE("hint_text: the hint's parts in words, joined by a space") {
  Diagnostic d = at("f", 1, 1, RuleId::RK003);
  SUBCASE("no hint gives an empty text") {
    CHECK(hint_text(d, Lang::en) == "");
  }
  SUBCASE("one part") {
    d.hint = {texts::format_did_you_mean{.suggestion = "status"}};
    CHECK(hint_text(d, Lang::en) == "did you mean 'status'?");
    CHECK(hint_text(d, Lang::nl) == "bedoel je 'status'?");
  }
  SUBCASE("two parts with one space between them") {
    d.hint = {texts::read_open_hint{}, texts::value{.value = "Zie het teamplan."}};
    CHECK(hint_text(d, Lang::en) ==
          "check the path and that you may read the file Zie het "
          "teamplan.");
    CHECK(hint_text(d, Lang::nl) ==
          "controleer het pad en of je het bestand mag lezen Zie het teamplan.");
  }
  SUBCASE("a part without words leaves no double space") {
    d.hint = {texts::value{.value = "a"}, texts::value{.value = ""}, texts::value{.value = "b"}};
    CHECK(hint_text(d, Lang::en) == "a b");
    d.hint = {texts::value{.value = ""}, texts::value{.value = "b"}};
    CHECK(hint_text(d, Lang::en) == "b");
  }
  SUBCASE("escape applies to the values only") {
    const Escape brackets = [](std::string_view s) { return "[" + std::string(s) + "]"; };
    d.hint = {texts::format_did_you_mean{.suggestion = "<b>"}, texts::read_open_hint{}};
    CHECK(hint_text(d, Lang::en, brackets) ==
          "did you mean '[<b>]'? check the path and that you may read the file");
  }
}
