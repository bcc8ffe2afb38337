#include <doctest/doctest.h>

#include "generated/texts/common.hpp"

#include <sstream>

#include "render/format.hpp"

using routekaart::check::FileReport;
using routekaart::check::Report;
using routekaart::render::github_command;
using routekaart::render::render_github;
using routekaart::render::RenderOptions;

using namespace routekaart;

static Diagnostic finding(Severity severity, std::string file, int line, int column,
                          std::string message, std::string hint = "fix it") {
  Diagnostic d;
  d.rule = RuleId::RK003;
  d.severity = severity;
  d.location = {std::move(file), line, column};
  d.message = texts::value{.value = std::move(message)};
  d.hint = {texts::value{.value = std::move(hint)}};
  return d;
}

TEST_CASE("github_command: severity, place, title and the hint as a second line") {
  CHECK(github_command(finding(Severity::error, "examples/de-brug.yaml", 12, 5, "unknown key"),
                       Lang::en) ==
        "::error file=examples/de-brug.yaml,line=12,col=5,title=RK003::unknown key%0Ahint: fix it");
  CHECK(github_command(finding(Severity::warning, "a.yaml", 1, 1, "m"), Lang::nl) ==
        "::warning file=a.yaml,line=1,col=1,title=RK003::m%0Atip: fix it");
  CHECK(github_command(finding(Severity::info, "a.yaml", 1, 1, "m", ""), Lang::en) ==
        "::notice file=a.yaml,line=1,col=1,title=RK003::m");
}

TEST_CASE("github_command: no line or column when 0, no file for standard input") {
  CHECK(github_command(finding(Severity::error, "missing.yaml", 0, 0, "m", ""), Lang::en) ==
        "::error file=missing.yaml,title=RK003::m");
  CHECK(github_command(finding(Severity::error, "a.yaml", 4, 0, "m", ""), Lang::en) ==
        "::error file=a.yaml,line=4,title=RK003::m");
  CHECK(github_command(finding(Severity::error, "-", 2, 3, "m", ""), Lang::en) ==
        "::error line=2,col=3,title=RK003::m");
}

TEST_CASE("github_command: % escaped, line breaks from a file shown as \\r\\n, : , in properties") {
  // A message with %, :, , and line ends, in a file whose name has , : and %.
  CHECK(github_command(finding(Severity::error, "plan, v2: 50%.yaml", 3, 7, "100% done: a, b\r\nc",
                               "see: x, y"),
                       Lang::en) ==
        "::error file=plan%2C v2%3A 50%25.yaml,line=3,col=7,title=RK003::100%25 done: a, "
        "b\\r\\nc%0Ahint: see: x, y");
  // A file name with a line break and a command: one line, the name made visible.
  CHECK(github_command(finding(Severity::warning, "x\n::error::y.yaml", 1, 1, "m\x1b[2J", ""),
                       Lang::en) ==
        "::warning file=x\\n%3A%3Aerror%3A%3Ay.yaml,line=1,col=1,title=RK003::m\\x1b[2J");
}

TEST_CASE("render_github: one line per finding, every file, nothing else") {
  Report report;
  FileReport a, b;
  a.path = "a.yaml";
  a.findings = {finding(Severity::error, "a.yaml", 1, 2, "x", ""),
                finding(Severity::warning, "a.yaml", 3, 4, "y", "")};
  b.path = "b.yaml";
  b.findings = {finding(Severity::info, "b.yaml", 5, 6, "z", "")};
  report.files = {a, b};
  std::ostringstream out;
  render_github(report, RenderOptions{}, out);
  CHECK(out.str() ==
        "::error file=a.yaml,line=1,col=2,title=RK003::x\n"
        "::warning file=a.yaml,line=3,col=4,title=RK003::y\n"
        "::notice file=b.yaml,line=5,col=6,title=RK003::z\n");
}
