// JUnit XML for CI dashboards: a test suite per file, a test case per signpost plus one for the
// file format; a test case fails when one of its findings reaches the --fail-on severity. The
// shape follows the strict Ant schema (timestamp, hostname, properties, system-out and
// system-err are required), with a fixed timestamp so that the output is reproducible.
#include <fmt/format.h>

#include <sstream>

#include "common/strings.hpp"
#include "generated/texts/report.hpp"
#include "render/escape.hpp"
#include "render/format.hpp"

namespace routekaart::render {
using catalogue::Signpost;
using check::FileReport;
using check::Report;

namespace {

constexpr const char* kTimestamp = "1970-01-01T00:00:00";

// Text for an attribute value: valid UTF-8 on one line, escaped.
std::string attr(std::string_view text) {
  return escape_xml(one_line(valid_utf8(text)));
}

// Text for element content: valid UTF-8, escaped, line ends kept.
std::string body(std::string_view text) {
  return escape_xml(valid_utf8(text));
}

struct Case {
  std::string name;
  Diagnostics findings;
  bool skipped = false;
};

// The test cases of one file: one per reported signpost (only for `check`), then "file format"
// for every finding that does not concern one of them.
std::vector<Case> cases_of(const FileReport& file, const RenderOptions& o) {
  std::vector<Case> cases;
  if (o.coverage)
    for (const auto& r : file.signposts) {
      const Signpost* sp = o.catalogue ? o.catalogue->find(r.number) : nullptr;
      cases.push_back(
          {tr(o.lang,
              texts::report_junit_signpost{
                  .number = r.number, .title = sp ? sp->short_title.in(o.lang) : std::string()}),
           {},
           !r.applicable});
    }
  Case format{tr(o.lang, texts::report_junit_file_format{}), {}, false};
  // The coverage as a test case of its own, which fails when it is below --min-coverage (RK107).
  Case coverage{
      tr(o.lang, texts::report_junit_coverage{.percent = percent_text(file.coverage.percent)}),
      {},
      false};
  for (const auto& d : file.findings) {
    if (o.coverage && d.rule == RuleId::RK107) {
      coverage.findings.push_back(d);
      continue;
    }
    bool placed = false;
    if (o.coverage && d.signpost > 0)
      for (std::size_t i = 0; i < file.signposts.size() && !placed; ++i)
        if (file.signposts[i].number == d.signpost) {
          cases[i].findings.push_back(d);
          placed = true;
        }
    if (!placed) format.findings.push_back(d);
  }
  if (o.coverage && file.parsed) cases.insert(cases.begin(), std::move(coverage));
  cases.insert(cases.begin(), std::move(format));
  return cases;
}

// The first finding at or above the threshold, or nullptr when the case passes.
const Diagnostic* first_failure(const Case& c, const std::optional<Severity>& threshold) {
  if (!threshold) return nullptr;
  for (const auto& d : c.findings)
    if (d.severity >= *threshold) return &d;
  return nullptr;
}

void write_case(const Case& c, const std::string& classname, const RenderOptions& o,
                std::ostream& out) {
  out << fmt::format(R"(    <testcase classname="{}" name="{}" time="0")", attr(classname),
                     attr(c.name));
  if (const Diagnostic* failure = first_failure(c, o.threshold)) {
    RenderOptions plain = o;
    plain.color = false;
    std::ostringstream text;
    render_findings_text(c.findings, plain, text);
    out << fmt::format(
        ">\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>\n",
        attr(tr(o.lang, failure->message)), attr(rule_name(failure->rule)), body(text.str()));
  } else if (c.skipped) {
    out << fmt::format(">\n      <skipped message=\"{}\"/>\n    </testcase>\n",
                       attr(tr(o.lang, texts::report_junit_not_applicable{})));
  } else {
    out << "/>\n";
  }
}

void write_suite(const FileReport& file, std::size_t id, const RenderOptions& o,
                 std::ostream& out) {
  const std::vector<Case> cases = cases_of(file, o);
  int failures = 0, skipped = 0;
  for (const auto& c : cases) {
    if (first_failure(c, o.threshold))
      ++failures;
    else if (c.skipped)
      ++skipped;
  }
  out << fmt::format(
      "  <testsuite name=\"{}\" package=\"routekaart\" id=\"{}\" tests=\"{}\" failures=\"{}\" "
      "errors=\"0\" skipped=\"{}\" time=\"0\" timestamp=\"{}\" hostname=\"localhost\">\n",
      attr(file.path), id, cases.size(), failures, skipped, kTimestamp);
  out << "    <properties>\n";
  out << fmt::format("      <property name=\"language\" value=\"{}\"/>\n", lang_code(o.lang));
  if (file.parsed)
    out << fmt::format("      <property name=\"intervention\" value=\"{}\"/>\n", attr(file.name));
  out << fmt::format("      <property name=\"valid\" value=\"{}\"/>\n", file.valid);
  if (o.coverage && file.parsed)
    out << fmt::format("      <property name=\"coverage\" value=\"{}\"/>\n",
                       percent_text(file.coverage.percent));
  out << "    </properties>\n";
  const std::string classname = "routekaart." + file.path;
  for (const auto& c : cases) write_case(c, classname, o, out);
  RenderOptions plain = o;
  plain.color = false;
  std::ostringstream text;
  render_findings_text(file.findings, plain, text);
  out << "    <system-out>" << body(text.str()) << "</system-out>\n";
  out << "    <system-err></system-err>\n";
  out << "  </testsuite>\n";
}

}  // namespace

void render_junit(const Report& report, const RenderOptions& o, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
  for (std::size_t i = 0; i < report.files.size(); ++i) write_suite(report.files[i], i, o, out);
  out << "</testsuites>\n";
}

}  // namespace routekaart::render
