#include <doctest/doctest.h>

#include "generated/texts/common.hpp"

#include <sstream>

#include "check/pipeline.hpp"
#include "helpers.hpp"
#include "render/format.hpp"

using routekaart::check::FileReport;
using routekaart::check::Report;
using routekaart::render::render_markdown;
using routekaart::render::RenderOptions;

using namespace routekaart;

using routekaart::testing::count;
using routekaart::testing::embedded_catalogue;

namespace render_markdown_test {

Report checked(const std::vector<std::pair<std::string, std::string>>& files) {
  check::Request request;
  request.signposts = "1-3";
  const check::Settings settings =
      *check::resolve_settings(request, {}, embedded_catalogue(), check::Mode::check).settings;
  Report report;
  report.selected = settings.selected;
  for (const auto& [path, yaml] : files)
    report.files.push_back(
        check::check_source(io::Source{path, yaml}, embedded_catalogue(), settings).report);
  check::summarise(report);
  return report;
}

std::string markdown(const Report& report, Lang lang, bool coverage = true) {
  RenderOptions o;
  o.lang = lang;
  o.coverage = coverage;
  o.catalogue = &embedded_catalogue();
  std::ostringstream out;
  render_markdown(report, o, out);
  return out.str();
}

const char* kKompas =
    "routekaart: 1\nintervention: {name: Kompas}\nsignposts:\n"
    "  1: {status: addressed, practice: De mentor belt elke week met de jongere en de ouders.}\n"
    "  2: {status: partial, practice: De mentor belt elke week met de jongere en de ouders., "
    "elements: {2a: addressed, 2b: partial}}\n"
    "  3: {status: not-applicable, rationale: r}\n";

TEST_CASE("render_markdown: one file in English") {
  const std::string md = markdown(checked({{"k.yaml", kKompas}}), Lang::en);
  CHECK(md.starts_with(
      "# Kompas\n\nFile: k.yaml\n\n"
      "Coverage 75%: 1 addressed, 1 partial, 0 open, 1 not applicable\n\n"
      "- practitioners (1-12): 75%\n- managers (11-14): -\n"
      "- Elements: 75% across the 2 described; 10 not described, 0 not applicable\n\n"
      "## Signposts\n\n"
      "| # | Signpost | status | coverage | elements |\n"
      "|--:|---|---|--:|---|\n"
      "| 1 | Integrated approach | addressed | 100% |   |\n"
      "| 2 | Integrative picture | partial | 50% | 2 described (75%), 4 not described |\n"
      "| 3 | Availability and contact | not applicable | n/a |   |\n\n"
      "## Gaps and next steps\n\n"
      "### 2. Gain insight into the integrative picture (partial)\n\n"
      "Elements still open:\n\n- **2b** (partial) They also map"));
  CHECK(count(md, "\nQuestions for the team:\n\n- Who do we talk to") == 1);
  CHECK(md.ends_with(
      "\n\nCoverage shows what the file describes against the roadmap, not the quality "
      "or effect of the intervention.\n\n"
      "1 file: 1 valid, 0 with problems; 0 errors, 0 warnings, 0 info messages\n"));
  CHECK(count(md, "## Findings") == 0);
}

TEST_CASE("render_markdown: the same file in Dutch") {
  const std::string md = markdown(checked({{"k.yaml", kKompas}}), Lang::nl);
  CHECK(md.starts_with(
      "# Kompas\n\nBestand: k.yaml\n\n"
      "Dekking 75%: 1 aangepakt, 1 deels aangepakt, 0 open, 1 niet van toepassing\n\n"
      "- uitvoerende professionals (1-12): 75%\n- managers (11-14): -\n"
      "- Elementen: 75% over 2 beschreven; 10 niet beschreven, 0 niet van "
      "toepassing\n\n"
      "## Wegwijzers\n\n"
      "| # | Wegwijzer | status | dekking | elementen |\n"));
  CHECK(count(md,
              "| 2 | Integratief beeld | deels aangepakt | 50% | 2 beschreven (75%), 4 niet "
              "beschreven |\n") == 1);
  CHECK(count(md, "| 3 | Beschikbaarheid en contact | niet van toepassing | n.v.t. |   |\n") == 1);
  CHECK(count(md, "\n## Hiaten en volgende stappen\n\n") == 1);
  CHECK(count(md, "\nElementen die nog open staan:\n\n") == 1);
  CHECK(count(md, "\nVragen voor het team:\n\n") == 1);
  CHECK(md.ends_with(
      "\n1 bestand: 1 geldig, 0 met problemen; 0 fouten, 0 waarschuwingen, 0 infomeldingen\n"));
}

TEST_CASE("render_markdown: several files get a title and the portfolio") {
  const std::string md = markdown(checked({{"a.yaml", kKompas}, {"b.yaml", kKompas}}), Lang::nl);
  CHECK(md.starts_with("# routekaart-rapport\n\n## Kompas\n\nBestand: a.yaml\n\n"));
  CHECK(count(md, "\n### Wegwijzers\n\n") == 2);
  CHECK(count(md, "\n## Portfolio: interventies x wegwijzers\n\n") == 1);
  CHECK(md.ends_with(
      "\n2 bestanden: 2 geldig, 0 met problemen; 0 fouten, 0 waarschuwingen, 0 infomeldingen\n"));
}

TEST_CASE("render_markdown: values from files are escaped, the texts' own words are not") {
  Report report;
  FileReport f;
  f.path = "a_b*[x](y).yaml";
  f.name = "<b>Name</b> | #1";
  Diagnostic d;
  d.rule = RuleId::RK003;
  d.severity = Severity::error;
  d.location = {f.path, 2, 3};
  d.message = texts::value{.value = "key 'x|y' is *unknown*"};
  d.hint = {texts::value{.value = "use [z]"}};
  f.findings = {d};
  report.files = {f};
  check::summarise(report);
  CHECK(markdown(report, Lang::en, false) ==
        "# \\<b\\>Name\\</b\\> \\| \\#1\n\n"
        "File: a\\_b\\*\\[x\\]\\(y\\).yaml\n\n"
        "## Findings\n\n"
        "| Place | Rule | Severity | Message | Remedy |\n|---|---|---|---|---|\n"
        "| a\\_b\\*\\[x\\]\\(y\\).yaml:2:3 | RK003 | error | key 'x\\|y' is \\*unknown\\* | "
        "use \\[z\\] |\n\n"
        "1 file: 0 valid, 1 with problems; 1 error, 0 warnings, 0 info messages\n");
  CHECK(markdown(report, Lang::nl, false)
            .starts_with("# \\<b\\>Name\\</b\\> \\| \\#1\n\n"
                         "Bestand: a\\_b\\*\\[x\\]\\(y\\).yaml\n\n"
                         "## Bevindingen\n\n"
                         "| Plaats | Regel | Ernst | Melding | "
                         "Oplossing |\n"));
}

}  // namespace render_markdown_test
