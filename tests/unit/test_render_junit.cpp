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

TEST_CASE("render_junit: a suite per file, a case per signpost plus the file format") {
  const std::string x = junit(report_of("dir/f.yaml", kFile), Severity::error);
  CHECK(has(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"));
  CHECK(has(x,
            "<testsuite name=\"dir/f.yaml\" package=\"routekaart\" id=\"0\" tests=\"16\" "
            "failures=\"1\" errors=\"0\" skipped=\"1\" time=\"0\" "
            "timestamp=\"1970-01-01T00:00:00\" hostname=\"localhost\">"));
  CHECK(has(x, "<testcase classname=\"routekaart.dir/f.yaml\" name=\"file format\" time=\"0\"/>"));
  CHECK(has(x, "name=\"signpost 1: Integrated approach\" time=\"0\"/>"));
  CHECK(has(x,
            "name=\"signpost 3: Availability and contact\" time=\"0\">\n"
            "      <skipped message=\"not applicable\"/>"));
  CHECK(has(x,
            "name=\"signpost 4: Willingness and engagement\" time=\"0\">\n"
            "      <failure message=\"signpost 4 (Willingness and engagement) is not applicable, "
            "without a rationale\" type=\"RK104\">dir/f.yaml:6:3: error: "));
  CHECK(has(x, "<system-err></system-err>\n  </testsuite>\n</testsuites>\n"));
}

TEST_CASE("render_junit: the coverage is a case of its own that fails below --min-coverage") {
  // Signpost 1 counts 100%, 2 and 5..14 count 0%, 3 and 4 do not count: 100 / 12 = 8.3%.
  const std::string met = junit(report_of("f.yaml", kFile, 5.0), Severity::error);
  CHECK(has(met, "<property name=\"coverage\" value=\"8%\"/>"));
  CHECK(has(met, "<testcase classname=\"routekaart.f.yaml\" name=\"coverage 8%\" time=\"0\"/>"));
  const std::string below = junit(report_of("f.yaml", kFile, 50.0), Severity::error);
  CHECK(has(below, "tests=\"16\" failures=\"2\""));
  CHECK(has(below,
            "name=\"coverage 8%\" time=\"0\">\n      <failure message=\"coverage is 8.3%, below "
            "the minimum of 50%\" type=\"RK107\">"));
}

TEST_CASE("render_junit: the threshold decides which findings fail a case") {
  const std::string x = junit(report_of("f.yaml", kFile), Severity::warning);
  // RK104 on 4 and RK101 on 2 and 5..14 fail (12 also has RK201); 3 is still skipped.
  CHECK(has(x, "tests=\"16\" failures=\"12\" errors=\"0\" skipped=\"1\""));
  CHECK(has(x,
            "name=\"signpost 2: Integrative picture\" time=\"0\">\n"
            "      <failure message=\"signpost 2 (Integrative picture) is not described\" "
            "type=\"RK101\">"));
}

TEST_CASE("render_junit: --fail-on never (no threshold) fails no case") {
  const std::string x = junit(report_of("f.yaml", kFile), std::nullopt);
  // 4 (not applicable, its RK104 no longer fails it) is skipped like 3.
  CHECK(has(x, "tests=\"16\" failures=\"0\" errors=\"0\" skipped=\"2\""));
  CHECK_FALSE(has(x, "<failure"));
  // The findings are still listed in system-out.
  CHECK(has(x, "<system-out>f.yaml:"));
}

TEST_CASE("render_junit: validate has only the file-format case; text is escaped") {
  Report report = report_of("a<b>&\"c'.yaml", "routekaart: 1\nintervention: {nam: X}\n");
  const std::string x = junit(report, Severity::error, false);
  CHECK(has(x, "<testsuite name=\"a&lt;b&gt;&amp;&quot;c&#39;.yaml\""));
  CHECK(has(x, "tests=\"1\" failures=\"1\""));
  CHECK_FALSE(has(x, "signpost 1:"));
  CHECK(has(x,
            "type=\"RK007\">a&lt;b&gt;&amp;&quot;c&#39;.yaml:1:1: error: required key "
            "&#39;signposts&#39;"));
  CHECK(has(x, "[RK003]"));
  CHECK_FALSE(has(x, "a<b>"));
}

TEST_CASE("render_junit: case names, skip reasons and failures in Dutch") {
  const std::string x = junit(report_of("f.yaml", kFile), Severity::error, true, Lang::nl);
  CHECK(has(x, "<property name=\"language\" value=\"nl\"/>"));
  CHECK(has(x, "<testcase classname=\"routekaart.f.yaml\" name=\"bestandsformaat\" time=\"0\"/>"));
  CHECK(has(x, "name=\"wegwijzer 1: Integrale aanpak\" time=\"0\"/>"));
  CHECK(has(x,
            "name=\"wegwijzer 3: Beschikbaarheid en contact\" time=\"0\">\n"
            "      <skipped message=\"niet van toepassing\"/>"));
  CHECK(has(x,
            "<failure message=\"wegwijzer 4 (Bereidheid en betrokkenheid) staat op "
            "niet van toepassing zonder uitleg in &#39;rationale&#39;\" type=\"RK104\">f.yaml:6:3: "
            "error: "));
  CHECK(has(x, "\n    tip: "));
}
