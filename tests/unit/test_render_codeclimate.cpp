// src/render/codeclimate.cpp: GitLab Code Quality (Code Climate JSON).
#include <doctest/doctest.h>

#include "generated/texts/common.hpp"

#include <sstream>

#include "helpers.hpp"
#include "render/format.hpp"

using routekaart::check::FileReport;
using routekaart::check::Report;
using routekaart::render::codeclimate_severity;
using routekaart::render::render_codeclimate;
using routekaart::render::RenderOptions;

using namespace routekaart;

using routekaart::testing::count;

namespace {

Diagnostic cc_finding(RuleId rule, Severity severity, std::string file, int line, int signpost,
                      std::string message) {
  Diagnostic d;
  d.rule = rule;
  d.severity = severity;
  d.location = {std::move(file), line, 1};
  d.message = texts::value{.value = std::move(message)};
  d.signpost = signpost;
  return d;
}

std::string codeclimate(const Report& report) {
  std::ostringstream out;
  render_codeclimate(report, RenderOptions{}, out);
  return out.str();
}

}  // namespace

TEST_CASE("codeclimate_severity: info, minor for warnings, major for errors") {
  CHECK(codeclimate_severity(Severity::info) == "info");
  CHECK(codeclimate_severity(Severity::warning) == "minor");
  CHECK(codeclimate_severity(Severity::error) == "major");
}

TEST_CASE("render_codeclimate: a JSON array, one issue per finding with GitLab's fields") {
  Report report;
  FileReport file;
  file.path = "docs/f.yaml";
  file.findings = {cc_finding(RuleId::RK101, Severity::warning, "docs/f.yaml", 30, 4, "four"),
                   cc_finding(RuleId::RK205, Severity::error, "docs/f.yaml", 12, 0, "twice")};
  FileReport missing;
  missing.path = "gone.yaml";
  missing.findings = {cc_finding(RuleId::RK002, Severity::error, "gone.yaml", 0, 0, "gone")};
  report.files = {file, missing};
  const std::vector<std::string> prints = routekaart::check::fingerprints(file.findings);
  CHECK(codeclimate(report) ==
        "[\n"
        "  {\n"
        "    \"description\": \"four\",\n"
        "    \"check_name\": \"RK101\",\n"
        "    \"fingerprint\": \"" +
            prints[0] +
            "\",\n"
            "    \"severity\": \"minor\",\n"
            "    \"location\": {\n"
            "      \"path\": \"docs/f.yaml\",\n"
            "      \"lines\": {\n"
            "        \"begin\": 30\n"
            "      }\n"
            "    }\n"
            "  },\n"
            "  {\n"
            "    \"description\": \"twice\",\n"
            "    \"check_name\": \"RK205\",\n"
            "    \"fingerprint\": \"" +
            prints[1] +
            "\",\n"
            "    \"severity\": \"major\",\n"
            "    \"location\": {\n"
            "      \"path\": \"docs/f.yaml\",\n"
            "      \"lines\": {\n"
            "        \"begin\": 12\n"
            "      }\n"
            "    }\n"
            "  },\n"
            "  {\n"
            "    \"description\": \"gone\",\n"
            "    \"check_name\": \"RK002\",\n"
            "    \"fingerprint\": \"" +
            routekaart::check::fingerprint(missing.findings[0]) +
            "\",\n"
            "    \"severity\": \"major\",\n"
            "    \"location\": {\n"
            "      \"path\": \"gone.yaml\",\n"
            "      \"lines\": {\n"
            "        \"begin\": 1\n"
            "      }\n"
            "    }\n"
            "  }\n"
            "]\n");
}

TEST_CASE("render_codeclimate: no findings is an empty array; paths stay JSON") {
  CHECK(codeclimate(Report{}) == "[]\n");
  Report report;
  FileReport file;
  file.path = "caf\xe9.yaml";
  file.findings = {cc_finding(RuleId::RK009, Severity::error, "caf\xe9.yaml", 1, 0, "x\n\x1b")};
  report.files = {file};
  const std::string s = codeclimate(report);
  CHECK(s.find("\"path\": \"caf\xEF\xBF\xBD.yaml\"") != std::string::npos);
  CHECK(s.find("\"description\": \"x\\n\\u001b\"") != std::string::npos);
  CHECK(count(s, "\"fingerprint\"") == 1);
}
