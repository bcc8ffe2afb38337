#include <doctest/doctest.h>

#include "generated/texts/common.hpp"

#include <sstream>

#include "catalogue/rules.hpp"
#include "helpers.hpp"
#include "render/format.hpp"

using routekaart::catalogue::rules;
using routekaart::check::FileReport;
using routekaart::check::Report;
using routekaart::render::render_sarif;
using routekaart::render::RenderOptions;
using routekaart::render::sarif_uri;

using namespace routekaart;

using routekaart::testing::count;

static Diagnostic finding(RuleId rule, Severity severity, std::string file, int line, int column,
                          int signpost) {
  Diagnostic d;
  d.rule = rule;
  d.severity = severity;
  d.location = {std::move(file), line, column};
  d.message = texts::value{.value = "message"};
  d.hint = {texts::value{.value = "hint"}};
  d.signpost = signpost;
  return d;
}

TEST_CASE("severity table: SARIF levels error, warning and note; GitHub's notice for info") {
  CHECK(info(Severity::error).sarif_level == "error");
  CHECK(info(Severity::warning).sarif_level == "warning");
  CHECK(info(Severity::info).sarif_level == "note");
  CHECK(info(Severity::info).github_command == "notice");
  CHECK(parse_severity("warning") == Severity::warning);
  CHECK_FALSE(parse_severity("Warning").has_value());
}

TEST_CASE("sarif_uri: relative paths stay relative, everything else is percent-encoded") {
  CHECK(sarif_uri("examples/de-brug.yaml") == "examples/de-brug.yaml");
  CHECK(sarif_uri("my plan/v2_final~.yaml") == "my%20plan/v2_final~.yaml");
  CHECK(sarif_uri("a:b,c%d#e?f.yaml") == "a%3Ab%2Cc%25d%23e%3Ff.yaml");
  CHECK(sarif_uri("één.yaml") == "%C3%A9%C3%A9n.yaml");
  CHECK(sarif_uri("/tmp/x y.yaml") == "file:///tmp/x%20y.yaml");
  CHECK(sarif_uri("-") == "stdin");
}

TEST_CASE("render_sarif: every rule, one result per finding, region only with a line") {
  Report report;
  FileReport file;
  file.path = "f.yaml";
  file.findings = {finding(RuleId::RK301, Severity::info, "f.yaml", 7, 3, 10),
                   finding(RuleId::RK002, Severity::error, "missing dir/x.yaml", 0, 0, 0)};
  report.files = {file};
  std::ostringstream out;
  RenderOptions options;
  options.lang = Lang::nl;
  render_sarif(report, options, out);
  const std::string s = out.str();
  CHECK(s.find("\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\"") !=
        std::string::npos);
  CHECK(s.find("\"version\": \"2.1.0\"") != std::string::npos);
  CHECK(count(s, "\"defaultConfiguration\"") == rules().size());
  CHECK(count(s, "\"ruleId\"") == 2);
  // ruleIndex is the rule's position in the table.
  const auto rk301 = static_cast<std::size_t>(RuleId::RK301);
  CHECK(s.find("\"ruleId\": \"RK301\",\n          \"ruleIndex\": " + std::to_string(rk301) +
               ",\n          \"level\": \"note\"") != std::string::npos);
  CHECK(s.find("\"startLine\": 7,\n                  \"startColumn\": 3") != std::string::npos);
  CHECK(count(s, "\"region\"") == 1);
  CHECK(s.find("\"uri\": \"missing%20dir/x.yaml\"") != std::string::npos);
  // Rule texts in the report language.
  CHECK(s.find("\"text\": \"" + routekaart::catalogue::rule(RuleId::RK001).title.nl + "\"") !=
        std::string::npos);
  CHECK(s.find("\"name\": \"YAMLSyntaxError\"") != std::string::npos);
  CHECK(s.find("\"language\": \"nl\"") != std::string::npos);
}

TEST_CASE("render_sarif: fingerprints, versions, help links, end line and column kind") {
  Report report;
  FileReport file;
  file.path = "f.yaml";
  // Six "not described" findings on one line: GitHub must not merge them.
  for (int n : {4, 5, 6, 9, 13, 14})
    file.findings.push_back(finding(RuleId::RK101, Severity::warning, "f.yaml", 30, 1, n));
  report.files = {file};
  std::ostringstream out;
  render_sarif(report, RenderOptions{}, out);
  const std::string s = out.str();
  CHECK(s.find("\"semanticVersion\": \"" ROUTEKAART_VERSION "\"") != std::string::npos);
  CHECK(s.find("\"informationUri\": \"" ROUTEKAART_HOMEPAGE "\"") != std::string::npos);
  CHECK(s.find("\"helpUri\": \"" ROUTEKAART_HOMEPAGE "/blob/main/rules/README.md#rk101\"") !=
        std::string::npos);
  CHECK(count(s, "\"helpUri\"") == rules().size());
  CHECK(s.find("\"columnKind\": \"unicodeCodePoints\"") != std::string::npos);
  CHECK(count(s, "\"endLine\": 30") == 6);
  // One fingerprint per result, all different, each the check::fingerprints value.
  const std::vector<std::string> prints = routekaart::check::fingerprints(file.findings);
  for (const auto& p : prints)
    CHECK(s.find("\"partialFingerprints\": {\n            \"routekaartFinding/v1\": \"" + p +
                 "\"") != std::string::npos);
  CHECK(count(s, "\"routekaartFinding/v1\"") == 6);
}

TEST_CASE("rule_help_uri: the rule's anchor in rules/README.md") {
  using routekaart::render::rule_help_uri;
  CHECK(rule_help_uri(RuleId::RK001) == ROUTEKAART_HOMEPAGE "/blob/main/rules/README.md#rk001");
  CHECK(rule_help_uri(RuleId::RK205) == ROUTEKAART_HOMEPAGE "/blob/main/rules/README.md#rk205");
}
