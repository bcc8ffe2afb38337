#include <doctest/doctest.h>

#include "generated/texts/check.hpp"
#include "generated/texts/common.hpp"

#include <sstream>

#include "catalogue/rules.hpp"
#include "helpers.hpp"
#include "render/format.hpp"

using routekaart::check::FileReport;
using routekaart::check::Report;
using routekaart::render::render_json;
using routekaart::render::RenderOptions;

using namespace routekaart;

using routekaart::testing::count;

namespace render_json_test {

Diagnostic rk202(int line) {
  Diagnostic d;
  d.rule = RuleId::RK202;
  d.severity = Severity::warning;
  d.location = {"plan.yaml", line, 7};
  d.message = texts::check_rk202{.goal = "G\"2"};
  d.hint = {texts::value{.value = catalogue::rule(RuleId::RK202).remedy}};
  d.signpost = 12;
  return d;
}

Report report_with(bool parsed) {
  FileReport f;
  f.path = "plan.yaml";
  f.valid = true;
  f.parsed = parsed;
  f.name = parsed ? "Kompas" : "";
  f.findings = {rk202(10)};
  Diagnostic d = rk202(12);
  d.rule = RuleId::RK101;
  d.signpost = 0;
  d.hint = {};
  f.suppressed = {d};
  Report report;
  report.files = {f};
  check::summarise(report);
  return report;
}

std::string json(const Report& report, Lang lang, bool coverage, bool verbose = false) {
  RenderOptions o;
  o.lang = lang;
  o.coverage = coverage;
  o.verbose = verbose;
  std::ostringstream out;
  render_json(report, o, out);
  return out.str();
}

TEST_CASE("render_json: the whole document of a validated file") {
  CHECK(
      json(report_with(false), Lang::en, false) ==
      "{\n"
      "  \"routekaart\": {\n"
      "    \"version\": \"" ROUTEKAART_VERSION
      "\",\n"
      "    \"format\": 1\n"
      "  },\n"
      "  \"language\": \"en\",\n"
      "  \"files\": [\n"
      "    {\n"
      "      \"path\": \"plan.yaml\",\n"
      "      \"intervention\": null,\n"
      "      \"valid\": true,\n"
      "      \"findings\": [\n"
      "        {\n"
      "          \"rule\": \"RK202\",\n"
      "          \"severity\": \"warning\",\n"
      "          \"signpost\": 12,\n"
      "          \"message\": \"goal G\\\"2 is served by no method\",\n"
      "          \"remedy\": \"List the goal under the 'goals' of a method, or drop the goal.\",\n"
      "          \"line\": 10,\n"
      "          \"column\": 7\n"
      "        }\n"
      "      ]\n"
      "    }\n"
      "  ],\n"
      "  \"summary\": {\n"
      "    \"files\": 1,\n"
      "    \"valid\": 1,\n"
      "    \"invalid\": 0,\n"
      "    \"unreadable\": 0,\n"
      "    \"errors\": 0,\n"
      "    \"warnings\": 1,\n"
      "    \"infos\": 0\n"
      "  }\n"
      "}\n");
}

TEST_CASE("render_json: messages in the report's language, keys and values unchanged") {
  const std::string nl = json(report_with(true), Lang::nl, true);
  CHECK(count(nl, "\"language\": \"nl\"") == 1);
  CHECK(count(nl, "\"intervention\": \"Kompas\"") == 1);
  CHECK(count(nl, "\"message\": \"doel G\\\"2 wordt door geen enkele methode gediend\"") == 1);
  CHECK(count(nl,
              "\"remedy\": \"Noem het doel bij de 'goals' van een methode, of schrap het "
              "doel.\"") == 1);
  CHECK(count(nl, "\"severity\": \"warning\"") == 1);
  // check (coverage) adds the coverage, the signposts and the mean coverage (none here).
  CHECK(count(nl, "\"coverage\": {\n        \"percent\": null,") == 1);
  CHECK(count(nl, "\"signposts\": []") == 1);
  CHECK(count(nl, "\"mean_coverage\": null") == 1);
  CHECK(count(nl, "\"suppressed\"") == 0);
}

TEST_CASE("render_json: --verbose adds the suppressed findings") {
  const std::string en = json(report_with(false), Lang::en, false, true);
  CHECK(count(en,
              "\"suppressed\": [\n        {\n          \"rule\": \"RK101\",\n"
              "          \"severity\": \"warning\",\n          \"signpost\": null,\n") == 1);
  CHECK(count(en, "\"remedy\": \"\",\n          \"line\": 12,") == 1);
}

}  // namespace render_json_test
