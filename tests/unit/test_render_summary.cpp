// src/render/summary.cpp: the job summary, within its byte budget.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <sstream>
#include <string>
#include <vector>

#include "generated/texts/check.hpp"
#include "helpers.hpp"
#include "render/summary.hpp"

using routekaart::check::FileReport;
using routekaart::check::Report;
using routekaart::render::cut_text;
using routekaart::render::kJobSummaryBytes;
using routekaart::render::render_job_summary;
using routekaart::render::RenderOptions;
using routekaart::testing::count;

using namespace routekaart;

namespace {

Diagnostic finding(Severity severity, const std::string& file, int line, const std::string& goal) {
  return Diagnostic{RuleId::RK205,
                    severity,
                    Location{file, line, 3},
                    texts::check_rk205_goal{.goal = goal},
                    {},
                    12};
}

FileReport file(const std::string& path, const std::string& name, std::optional<double> coverage,
                Diagnostics findings) {
  FileReport f;
  f.path = path;
  f.name = name;
  f.parsed = true;
  f.valid = true;
  f.coverage.percent = coverage;
  f.findings = std::move(findings);
  return f;
}

Report report_of(std::vector<FileReport> files) {
  Report report;
  report.files = std::move(files);
  check::summarise(report);
  return report;
}

std::string summary(const Report& report, std::size_t budget = kJobSummaryBytes,
                    bool coverage = true, Lang lang = Lang::en) {
  RenderOptions options;
  options.lang = lang;
  options.coverage = coverage;
  std::ostringstream out;
  render_job_summary(report, options, budget, out);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("render_job_summary: totals, a row per file, the findings, most serious first") {
  const Report report = report_of({
      file("docs/a.yaml", "De Brug", 79.4, {finding(Severity::warning, "docs/a.yaml", 4, "G1")}),
      file("docs/b.yaml", "", 12.0,
           {finding(Severity::info, "docs/b.yaml", 2, "G2"),
            finding(Severity::error, "docs/b.yaml", 9, "G3")}),
      file("docs/c.yaml", "Kompas", std::nullopt, {}),
  });
  const std::string expected =
      "# routekaart check\n"
      "\n"
      "3 files: 3 valid, 0 with problems; 1 error, 1 warning, 1 info message\n"
      "\n"
      "| File | Coverage | Errors | Warnings | Info |\n"
      "|---|--:|--:|--:|--:|\n"
      "| docs/b.yaml | 12% | 1 | 0 | 1 |\n"
      "| De Brug — docs/a.yaml | 79% | 0 | 1 | 0 |\n"
      "| Kompas — docs/c.yaml | - | 0 | 0 | 0 |\n"
      "\n"
      "## Findings (3 of 3)\n"
      "\n"
      "- **error** docs/b.yaml:9:3: goal id G3 is used more than once (RK205)\n"
      "- **warning** docs/a.yaml:4:3: goal id G1 is used more than once (RK205)\n"
      "- **info** docs/b.yaml:2:3: goal id G2 is used more than once (RK205)\n";
  CHECK(summary(report) == expected);
}

TEST_CASE("render_job_summary: validate has no coverage column; no findings is said") {
  const Report report = report_of({file("a.yaml", "", std::nullopt, {})});
  CHECK(summary(report, kJobSummaryBytes, false, Lang::nl) ==
        "# routekaart validate\n"
        "\n"
        "1 bestand: 1 geldig, 0 met problemen; 0 fouten, 0 waarschuwingen, 0 infomeldingen\n"
        "\n"
        "| Bestand | Fouten | Waarschuwingen | Info |\n"
        "|---|--:|--:|--:|\n"
        "| a.yaml | 0 | 0 | 0 |\n"
        "\n"
        "## Bevindingen\n"
        "\n"
        "Geen bevindingen.\n");
}

TEST_CASE("render_job_summary: values from files are escaped and cut, one line each") {
  const std::string hostile = "x | y\n# heading\r\n[link](http://e) " + std::string(300, 'z');
  const Report report = report_of({file("docs/" + hostile + ".yaml", hostile, 50.0,
                                        {finding(Severity::error, "d", 1, hostile)})});
  const std::string text = summary(report);
  const std::vector<std::string> lines = lines_of(text);
  REQUIRE(lines.size() == 11);
  CHECK(lines[6].rfind("| x \\| y", 0) == 0);  // one row, its | escaped
  CHECK(count(lines[6], " | ") == 4);          // five cells
  CHECK(lines[6].find(std::string(121, 'z')) == std::string::npos);
  CHECK(count(lines[6], "…") == 2);  // name and path cut
  CHECK(lines[10].rfind("- **error** d:1:3: goal id x \\| y", 0) == 0);
  CHECK(text.find("\n# heading") == std::string::npos);
  CHECK(text.find("](http") == std::string::npos);
}

TEST_CASE("render_job_summary: control and bidi characters from files are shown as text") {
  // An OSC title, a colour, BEL, DEL, a C1 control, bidi override and isolate, a line separator,
  // HTML and a workflow command, in a file name, an intervention's name and a finding's value.
  const std::string hostile =
      "a\x1b]0;title\x07\x1b[31mred\x7f\xc2\x9b\xe2\x80\xae"
      "evil\xe2\x81\xa6\xe2\x80\xa8::error::x<img src=x>";
  const Report report = report_of({file("docs/" + hostile + ".yaml", hostile, 50.0,
                                        {finding(Severity::error, "d", 1, hostile)})});
  const std::string text = summary(report);
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool shown_as_it_is = (byte >= 0x20 || c == '\n') && byte != 0x7f;
    CHECK(shown_as_it_is);
  }
  for (const char* invisible : {"\xc2\x9b", "\xe2\x80\xae", "\xe2\x81\xa6", "\xe2\x80\xa8"})
    CHECK(text.find(invisible) == std::string::npos);
  const std::string shown =
      "a\\\\x1B\\]0;title\\\\x07\\\\x1B\\[31mred\\\\x7F\\\\x9B\\\\u202Eevil\\\\u2066\\\\u2028::"
      "error::x\\<img src=x\\>";
  CHECK(count(text, shown) == 3);  // the name and the path in the row, the value in the finding
  for (const std::string& line : lines_of(text)) CHECK(line.rfind("::", 0) == std::string::npos);
}

TEST_CASE("render_job_summary: the files with errors first, then warnings, each in report order") {
  std::vector<FileReport> files;
  for (int i = 0; i < 6; ++i) {
    Diagnostics findings;
    if (i % 3 == 1) findings.push_back(finding(Severity::warning, "w", 1, "W"));
    if (i % 3 == 2) findings.push_back(finding(Severity::error, "e", 1, "E"));
    files.push_back(file(fmt::format("f{}.yaml", i), "", 10.0, findings));
  }
  const std::vector<std::string> lines = lines_of(summary(report_of(files)));
  REQUIRE(lines.size() > 12);
  CHECK(std::vector<std::string>(lines.begin() + 6, lines.begin() + 12) ==
        std::vector<std::string>{"| f2.yaml | 10% | 1 | 0 | 0 |", "| f5.yaml | 10% | 1 | 0 | 0 |",
                                 "| f1.yaml | 10% | 0 | 1 | 0 |", "| f4.yaml | 10% | 0 | 1 | 0 |",
                                 "| f0.yaml | 10% | 0 | 0 | 0 |", "| f3.yaml | 10% | 0 | 0 | 0 |"});
}

TEST_CASE(
    "render_job_summary: any number of files stays within the budget, with a line that says how "
    "many were left out") {
  std::vector<FileReport> files;
  for (int i = 0; i < 3000; ++i)
    files.push_back(file(fmt::format("docs/{:04}-{}.yaml", i, std::string(100, 'n')),
                         std::string(100, 'N'), 40.0,
                         {finding(i % 2 ? Severity::warning : Severity::error, "f", i + 1, "G")}));
  const Report report = report_of(std::move(files));
  for (const std::size_t budget : {kJobSummaryBytes, std::size_t{20000}, std::size_t{3000}}) {
    CAPTURE(budget);
    const std::string text = summary(report, budget);
    CHECK(text.size() <= budget);
    const std::size_t rows = count(text, "\n| ") - 1;  // without the header row
    CHECK(rows < 3000);
    CHECK(text.find(fmt::format("{} more files are left out", 3000 - rows)) != std::string::npos);
    CHECK(text.find("## Findings (20 of 3000)") != std::string::npos);
    CHECK(text.find("2980 more findings are in the job's log.") != std::string::npos);
    CHECK(count(text, "- **error**") == 20);  // the errors first
  }
  // A budget too small for any row still gives the totals and says how much is left out.
  const std::string tiny = summary(report, 600);
  CHECK(tiny.size() <= 600);
  CHECK(tiny.find("3000 files: ") != std::string::npos);
  CHECK(tiny.find("3000 more files are left out") != std::string::npos);
  // One too small for the totals gives nothing at all; every size up to the full one keeps to it.
  CHECK(summary(report, 0).empty());
  CHECK(summary(report, 40).empty());
  for (std::size_t budget = 0; budget < 700; budget += 7) {
    CAPTURE(budget);
    CHECK(summary(report, budget).size() <= budget);
  }
}

TEST_CASE("cut_text: characters, never a split UTF-8 sequence") {
  CHECK(cut_text("abc", 3) == "abc");
  CHECK(cut_text("abcd", 3) == "abc…");
  CHECK(cut_text("ééé", 2) == "éé…");
  CHECK(cut_text("€€", 1) == "€…");
  CHECK(cut_text("", 0) == "");
  CHECK(cut_text("a", 0) == "…");
}
