#include <doctest/doctest.h>

#include "generated/texts/check.hpp"
#include "generated/texts/common.hpp"

#include <sstream>

#include "catalogue/rules.hpp"
#include "check/pipeline.hpp"
#include "helpers.hpp"
#include "render/format.hpp"

using routekaart::check::FileReport;
using routekaart::check::Report;
using routekaart::render::render_findings_text;
using routekaart::render::render_text;
using routekaart::render::RenderOptions;

using namespace routekaart;

using routekaart::testing::embedded_catalogue;

namespace render_text_test {

// A finding as check makes it: a text from texts/check.yaml, the rule's remedy as the hint.
Diagnostic rk202(std::string file, int line, int column, std::string goal) {
  Diagnostic d;
  d.rule = RuleId::RK202;
  d.severity = Severity::warning;
  d.location = {std::move(file), line, column};
  d.message = texts::check_rk202{.goal = std::move(goal)};
  d.hint = {texts::value{.value = catalogue::rule(RuleId::RK202).remedy}};
  d.signpost = 12;
  return d;
}

Diagnostic plain(Severity severity, std::string file, int line, std::string message) {
  Diagnostic d;
  d.rule = RuleId::RK003;
  d.severity = severity;
  d.location = {std::move(file), line, line > 0 ? 1 : 0};
  d.message = texts::value{.value = std::move(message)};
  return d;
}

// A report of files that were checked without coverage (as `validate` shows them).
Report findings_report(std::vector<FileReport> files) {
  Report report;
  report.files = std::move(files);
  check::summarise(report);
  return report;
}

FileReport file(std::string path, bool valid, Diagnostics findings) {
  FileReport f;
  f.path = std::move(path);
  f.valid = valid;
  f.findings = std::move(findings);
  return f;
}

std::string text(const Report& report, Lang lang, bool coverage = false, bool verbose = false) {
  RenderOptions o;
  o.lang = lang;
  o.coverage = coverage;
  o.verbose = verbose;
  o.catalogue = &embedded_catalogue();
  std::ostringstream out;
  render_text(report, o, out);
  return out.str();
}

// A file checked for signposts 1 to 3 only.
Report checked(const std::string& yaml) {
  check::Request request;
  request.signposts = "1-3";
  const check::Settings settings =
      *check::resolve_settings(request, {}, embedded_catalogue(), check::Mode::check).settings;
  Report report;
  report.selected = settings.selected;
  report.files.push_back(
      check::check_source(io::Source{"k.yaml", yaml}, embedded_catalogue(), settings).report);
  check::summarise(report);
  return report;
}

const char* kKompas =
    "routekaart: 1\nintervention: {name: Kompas}\nsignposts:\n"
    "  1: {status: addressed, practice: De mentor belt elke week met de jongere en de ouders.}\n"
    "  2:\n    status: partial\n    practice: De mentor praat met school, ouders en eerdere "
    "hulpverleners.\n"
    "    elements: {2a: addressed, 2b: partial, 2c: addressed, 2d: addressed, 2e: addressed,"
    " 2f: addressed}\n"
    "  3: {status: not-applicable, rationale: r}\n";

TEST_CASE("render_text: the same findings in Dutch and in English") {
  const Report report =
      findings_report({file("plan.yaml", true, {rk202("plan.yaml", 10, 7, "G2")})});
  CHECK(text(report, Lang::en) ==
        "plan.yaml:10:7: warning: goal G2 is served by no method [RK202]\n"
        "    hint: List the goal under the 'goals' of a method, or drop the goal.\n"
        "1 file: 1 valid, 0 with problems; 0 errors, 1 warning, 0 info messages\n");
  CHECK(text(report, Lang::nl) ==
        "plan.yaml:10:7: warning: doel G2 wordt door geen enkele methode gediend [RK202]\n"
        "    tip: Noem het doel bij de 'goals' van een methode, of schrap het doel.\n"
        "1 bestand: 1 geldig, 0 met problemen; 0 fouten, 1 waarschuwing, 0 infomeldingen\n");
}

TEST_CASE("render_text: the summary line has singular and plural forms") {
  const Report several = findings_report(
      {file("a.yaml", false,
            {plain(Severity::error, "a.yaml", 1, "x"), plain(Severity::error, "a.yaml", 2, "y"),
             plain(Severity::info, "a.yaml", 3, "z")}),
       file("b.yaml", true, {})});
  const std::string en = text(several, Lang::en);
  CHECK(
      en.ends_with("\n2 files: 1 valid, 1 with problems; 2 errors, 0 warnings, 1 info message\n"));
  const std::string nl = text(several, Lang::nl);
  CHECK(
      nl.ends_with("\n2 bestanden: 1 geldig, 1 met problemen; 2 fouten, 0 waarschuwingen, "
                   "1 infomelding\n"));
  // An unreadable file counts as a file with problems.
  FileReport missing =
      file("missing.yaml", false, {plain(Severity::error, "missing.yaml", 0, "m")});
  missing.readable = false;
  CHECK(text(findings_report({missing}), Lang::nl) ==
        "missing.yaml: error: m [RK003]\n"
        "1 bestand: 0 geldig, 1 met problemen; 1 fout, 0 waarschuwingen, 0 infomeldingen\n");
}

TEST_CASE("render_text: coverage, status table and gaps of a checked file") {
  const std::string en = text(checked(kKompas), Lang::en, true);
  CHECK(en.starts_with(
      "Kompas — k.yaml\n"
      "Coverage 75%: 1 addressed, 1 partial, 0 open, 1 not applicable\n"
      "  practitioners (1-12) 75% · managers (11-14) -\n"
      "  Elements: 92% across the 6 described; 6 not described, 0 not applicable\n\n"));
  CHECK(testing::count(en,
                       "\n  #  Signpost                      status          coverage        "
                       "elements\n") == 1);
  CHECK(testing::count(en,
                       "\n  2  Integrative picture           partial         █████░░░░░  50%  "
                       "6 described (92%), 0 not described\n") == 1);
  CHECK(
      testing::count(en,
                     "\nGaps and next steps\n\n"
                     "  Signpost 2. Gain insight into the integrative picture (partial)\n"
                     "    Elements still open:\n"
                     "      2b  (partial) They also map the difficulties that school staff may run "
                     "into.\n"
                     "    Questions for the team:\n") == 1);
  CHECK(testing::count(en, "    Related signposts: 13 (Dedicated team)\n") == 1);
  CHECK(
      en.ends_with("\nCoverage shows what the file describes against the roadmap, not the quality "
                   "or effect of the intervention.\n"
                   "1 file: 1 valid, 0 with problems; 0 errors, 0 warnings, 0 info messages\n"));

  const std::string nl = text(checked(kKompas), Lang::nl, true);
  CHECK(
      nl.starts_with("Kompas — k.yaml\n"
                     "Dekking 75%: 1 aangepakt, 1 deels aangepakt, 0 open, 1 niet van toepassing\n"
                     "  uitvoerende professionals (1-12) 75% · managers (11-14) -\n"
                     "  Elementen: 92% over 6 beschreven; 6 niet beschreven, 0 niet van "
                     "toepassing\n\n"));
  CHECK(testing::count(nl,
                       "\n  #  Wegwijzer                     status               dekking         "
                       "elementen\n") == 1);
  // The status column is as wide as the longest Dutch status.
  CHECK(testing::count(
            nl, "\n  2  Integratief beeld             deels aangepakt      █████░░░░░  50%  ") ==
        1);
  CHECK(testing::count(nl, "6 beschreven (92%), 0 niet beschreven\n") == 1);
  CHECK(testing::count(nl,
                       "\nHiaten en volgende stappen\n\n"
                       "  Wegwijzer 2. Krijg zicht op het integratief beeld (deels aangepakt)\n"
                       "    Elementen die nog open staan:\n") == 1);
  CHECK(testing::count(nl, "    Vragen voor het team:\n") == 1);
  CHECK(testing::count(nl, "    Verwante wegwijzers: 13 (Toegewijd team)\n") == 1);
}

TEST_CASE("render_text: --verbose lists the suppressed findings with their reason") {
  FileReport f = file("plan.yaml", true, {});
  Diagnostic d = plain(Severity::warning, "plan.yaml", 4, "m");
  d.rule = RuleId::RK101;
  d.hint = {texts::value{.value = "we do this elsewhere"}};
  f.suppressed = {d};
  const Report report = findings_report({f});
  CHECK(text(report, Lang::en, false, true) ==
        "plan.yaml:4: suppressed RK101: we do this elsewhere\n"
        "1 file: 1 valid, 0 with problems; 0 errors, 0 warnings, 0 info messages\n");
  CHECK(text(report, Lang::nl, false, true)
            .starts_with("plan.yaml:4: onderdrukt RK101: we do this elsewhere\n"));
  CHECK(text(report, Lang::en).starts_with("1 file: "));  // not without --verbose
}

TEST_CASE("render_findings_text: place, severity, message, rule and hint; colour on request") {
  RenderOptions o;
  o.lang = Lang::en;
  std::ostringstream out;
  render_findings_text({plain(Severity::error, "-", 0, "no file"), rk202("a.yaml", 3, 5, "G1")}, o,
                       out);
  CHECK(out.str() ==
        "-: error: no file [RK003]\n"
        "a.yaml:3:5: warning: goal G1 is served by no method [RK202]\n"
        "    hint: List the goal under the 'goals' of a method, or drop the goal.\n");
  o.color = true;
  std::ostringstream colored;
  render_findings_text({plain(Severity::info, "a.yaml", 2, "m")}, o, colored);
  CHECK(colored.str() == "\033[1ma.yaml:2:1\033[0m: \033[1;36minfo\033[0m: m [RK003]\n");
}

}  // namespace render_text_test
