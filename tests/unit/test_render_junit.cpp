#include <doctest/doctest.h>

#include <sstream>

#include "check/pipeline.hpp"
#include "helpers.hpp"
#include "render/format.hpp"

using routekaart::check::check_file;
using routekaart::check::Report;
using routekaart::check::summarise;
using routekaart::io::Source;
using routekaart::model::load_intervention_text;
using routekaart::model::LoadedIntervention;
using routekaart::render::render_junit;
using routekaart::render::RenderOptions;

using namespace routekaart;

using routekaart::testing::embedded_catalogue;

static Report report_of(const std::string& path, const std::string& text,
                        std::optional<double> min_coverage = std::nullopt) {
  LoadedIntervention l = load_intervention_text(Source{path, text}, embedded_catalogue(), Limits{});
  check::Settings settings = routekaart::testing::all_signposts();
  settings.min_coverage = min_coverage;
  Report report;
  report.selected = settings.selected;
  report.files.push_back(check_file(l, path, embedded_catalogue(), settings));
  summarise(report);
  return report;
}

static std::string junit(const Report& report, std::optional<Severity> threshold,
                         bool coverage = true, Lang lang = Lang::en) {
  RenderOptions o;
  o.lang = lang;
  o.threshold = threshold;
  o.coverage = coverage;
  o.catalogue = &embedded_catalogue();
  std::ostringstream out;
  render_junit(report, o, out);
  return out.str();
}

using routekaart::testing::count;

static bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// Signpost 1 addressed, 3 not applicable with a reason (skipped), 4 not applicable without one
// (RK104, an error), 2 and 5..14 not described (RK101, warnings).
static const char* kFile =
    "routekaart: 1\nintervention: {name: X}\nsignposts:\n"
    "  1: {status: addressed, practice: De mentor belt elke week met de jongere en de ouders.}\n"
    "  3: {status: not-applicable, rationale: r}\n"
    "  4: {status: not-applicable}\n";

TEST_CASE("render_junit: a suite per file, a case per finding, the coverage as a case") {
  const std::string x = junit(report_of("dir/f.yaml", kFile), Severity::error);
  CHECK(has(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"));
  // The coverage, RK104 (an error: fails), RK101 on 2 and 5..14 and RK201 on 12 (warnings).
  CHECK(has(x,
            "<testsuite name=\"dir/f.yaml\" package=\"routekaart\" id=\"0\" tests=\"14\" "
            "failures=\"1\" errors=\"0\" skipped=\"0\" time=\"0\" "
            "timestamp=\"1970-01-01T00:00:00\" hostname=\"localhost\">"));
  CHECK(has(x,
            "<testcase classname=\"routekaart.dir/f\" name=\"coverage 8%\" file=\"dir/f.yaml\" "
            "time=\"0\"/>"));
  CHECK(has(x,
            "<testcase classname=\"routekaart.dir/f\" name=\"RK104 error, line 6: signpost 4 "
            "(Willingness and engagement) is not applicable, without a rationale\" "
            "file=\"dir/f.yaml\" time=\"0\">\n"
            "      <failure message=\"signpost 4 (Willingness and engagement) is not applicable, "
            "without a rationale\" type=\"RK104\">dir/f.yaml:6:3: error: "));
  CHECK(count(x, "<testcase ") == 14);
  CHECK(count(x, "<failure ") == 1);
  CHECK(has(x, "<system-err></system-err>\n  </testsuite>\n</testsuites>\n"));
}

TEST_CASE("render_junit: a finding below --fail-on passes, listed by name with its text") {
  const std::string x = junit(report_of("f.yaml", kFile), Severity::error);
  CHECK(has(x,
            "name=\"RK101 warning, line 3: signpost 2 (Integrative picture) is not described\" "
            "file=\"f.yaml\" time=\"0\">\n"
            "      <system-out>f.yaml:3:1: warning: signpost 2 (Integrative picture) is not "
            "described [RK101]\n    hint: "));
  CHECK(count(x, "<system-out>f.yaml:") == 12);
}

TEST_CASE("render_junit: the coverage case fails below --min-coverage") {
  // Signpost 1 counts 100%, 2 and 5..14 count 0%, 3 and 4 do not count: 100 / 12 = 8.3%.
  const std::string met = junit(report_of("f.yaml", kFile, 5.0), Severity::error);
  CHECK(has(met, "<property name=\"coverage\" value=\"8%\"/>"));
  CHECK(has(met,
            "<testcase classname=\"routekaart.f\" name=\"coverage 8%\" file=\"f.yaml\" "
            "time=\"0\"/>"));
  const std::string below = junit(report_of("f.yaml", kFile, 50.0), Severity::error);
  CHECK(has(below, "tests=\"14\" failures=\"2\""));
  CHECK(has(below,
            "name=\"coverage 8%\" file=\"f.yaml\" time=\"0\">\n      <failure message=\"coverage "
            "is 8.3%, below the minimum of 50%\" type=\"RK107\">"));
  CHECK_FALSE(has(below, "name=\"RK107"));
}

TEST_CASE("render_junit: the threshold decides which findings fail") {
  const std::string x = junit(report_of("f.yaml", kFile), Severity::warning);
  CHECK(has(x, "tests=\"14\" failures=\"13\" errors=\"0\" skipped=\"0\""));
  CHECK(has(x,
            "name=\"RK101 warning, line 3: signpost 2 (Integrative picture) is not described\" "
            "file=\"f.yaml\" time=\"0\">\n"
            "      <failure message=\"signpost 2 (Integrative picture) is not described\" "
            "type=\"RK101\">"));
}

TEST_CASE("render_junit: --fail-on never (no threshold) fails no case, lists every finding") {
  const std::string x = junit(report_of("f.yaml", kFile), std::nullopt);
  CHECK(has(x, "tests=\"14\" failures=\"0\" errors=\"0\" skipped=\"0\""));
  CHECK_FALSE(has(x, "<failure"));
  CHECK(count(x, "<system-out>f.yaml:") == 13);
}

TEST_CASE("junit_classname: Jenkins shows package routekaart and class dir/name") {
  using routekaart::render::junit_classname;
  CHECK(junit_classname("examples/de-brug.yaml") == "routekaart.examples/de-brug");
  CHECK(junit_classname("plan.v2.yml") == "routekaart.plan_v2");
  CHECK(junit_classname("./a/b.yaml") == "routekaart._/a/b");
  CHECK(junit_classname("notes.txt") == "routekaart.notes_txt");
  CHECK(junit_classname("-") == "routekaart.stdin");
}

TEST_CASE("render_junit: validate, a file without findings gets the file-format case") {
  Report ok = report_of("ok.yaml", kFile);
  ok.files[0].findings.clear();
  const std::string x = junit(ok, Severity::error, false);
  CHECK(has(x,
            "<testcase classname=\"routekaart.ok\" name=\"file format\" file=\"ok.yaml\" "
            "time=\"0\"/>"));
  CHECK(has(x, "tests=\"1\" failures=\"0\""));
}

TEST_CASE("render_junit: validate has a case per finding; text is escaped") {
  Report report = report_of("a<b>&\"c'.yaml", "routekaart: 1\nintervention: {nam: X}\n");
  const std::string x = junit(report, Severity::error, false);
  CHECK(has(x, "<testsuite name=\"a&lt;b&gt;&amp;&quot;c&#39;.yaml\""));
  // No coverage case in validate: one case per finding, the errors failing.
  std::size_t errors = 0;
  for (const auto& d : report.files[0].findings)
    if (d.severity == Severity::error) ++errors;
  CHECK(count(x, "<testcase ") == report.files[0].findings.size());
  CHECK(count(x, "<failure ") == errors);
  CHECK(errors >= 2);
  CHECK_FALSE(has(x, "file format"));
  CHECK(has(x, "file=\"a&lt;b&gt;&amp;&quot;c&#39;.yaml\""));
  CHECK(has(x,
            "type=\"RK007\">a&lt;b&gt;&amp;&quot;c&#39;.yaml:1:1: error: required key "
            "&#39;signposts&#39;"));
  CHECK(has(x, "[RK003]"));
  CHECK_FALSE(has(x, "a<b>"));
}

TEST_CASE("render_junit: hostile names and values stay XML, on one line, nothing raw") {
  Report report = report_of("x\n::error::y\xef\xbf\xbe.yaml",
                            "routekaart: 1\nintervention: {name: \"a\\n::warning::b\\uFFFF\", "
                            "\"k\\u202e\": 1}\nsignposts: {}\n");
  const std::string x = junit(report, Severity::error, false);
  CHECK_FALSE(has(x, "\xef\xbf\xbe"));  // U+FFFE
  CHECK_FALSE(has(x, "\xef\xbf\xbf"));  // U+FFFF
  CHECK_FALSE(has(x, "\xe2\x80\xae"));  // U+202E
  CHECK_FALSE(has(x, "\n::"));
  CHECK(has(x, "<testsuite name=\"x\\n::error::y\\ufffe.yaml\""));
  CHECK(has(x, "unknown key &#39;k\\u202e&#39;"));
}

TEST_CASE("render_junit: case names and failures in Dutch") {
  const std::string x = junit(report_of("f.yaml", kFile), Severity::error, true, Lang::nl);
  CHECK(has(x, "<property name=\"language\" value=\"nl\"/>"));
  CHECK(has(x, "name=\"dekking 8%\""));
  CHECK(has(x,
            "name=\"RK101 warning, regel 3: wegwijzer 2 (Integratief beeld) is niet beschreven\""));
  CHECK(has(x,
            "<failure message=\"wegwijzer 4 (Bereidheid en betrokkenheid) staat op "
            "niet van toepassing zonder uitleg in &#39;rationale&#39;\" type=\"RK104\">f.yaml:6:3: "
            "error: "));
  CHECK(has(x, "\n    tip: "));
}
