// JUnit XML for CI dashboards (GitLab's test report, Jenkins): a test suite per file and a test
// case per finding, which fails when the finding reaches the --fail-on severity; a finding below
// it passes, named by its rule, severity, line and message so that the dashboards still list it,
// with its text in the case's system-out. In `check` a case "coverage N%" shows each file's
// coverage and carries RK107 (below --min-coverage); in `validate` a file without findings gets
// a "file format" case, so that every file appears. Every case has GitLab's `file` attribute and
// a classname that Jenkins, which splits it at the last '.', shows as package "routekaart" and
// class "dir/name". The shape follows the Ant schema (timestamp, hostname, properties,
// system-out and system-err are required) plus those two, with a fixed timestamp so that the
// output is reproducible.
#include <fmt/format.h>

#include <sstream>

#include "common/strings.hpp"
#include "generated/texts/report.hpp"
#include "render/escape.hpp"
#include "render/format.hpp"

namespace routekaart::render {
using check::FileReport;
using check::Report;

namespace {

constexpr const char* kTimestamp = "1970-01-01T00:00:00";

// Text for an attribute value: one line, escaped.
std::string attr(std::string_view text) {
  return escape_xml(text);
}

struct Case {
  std::string name;
  const Diagnostic* finding = nullptr;  // the finding the case stands for, if any
};

// The test cases of one file, in the order of its findings.
std::vector<Case> cases_of(const FileReport& file, const RenderOptions& o) {
  std::vector<Case> cases;
  const bool coverage = o.coverage && file.parsed;
  if (coverage) {
    Case c{tr(o.lang, texts::report_junit_coverage{.percent = percent_text(file.coverage.percent)}),
           nullptr};
    for (const auto& d : file.findings)
      if (d.rule == RuleId::RK107) c.finding = &d;
    cases.push_back(c);
  } else if (file.findings.empty()) {
    cases.push_back({tr(o.lang, texts::report_junit_file_format{}), nullptr});
  }
  for (const auto& d : file.findings) {
    if (coverage && d.rule == RuleId::RK107) continue;
    const std::string message = one_line(tr(o.lang, d.message));
    cases.push_back(
        {d.location.line > 0
             ? tr(o.lang, texts::report_junit_finding{.line = d.location.line,
                                                      .message = message,
                                                      .rule = rule_name(d.rule),
                                                      .severity = severity_name(d.severity)})
             : tr(o.lang, texts::report_junit_finding_file{.message = message,
                                                           .rule = rule_name(d.rule),
                                                           .severity = severity_name(d.severity)}),
         &d});
  }
  return cases;
}

bool fails(const Case& c, const std::optional<Severity>& threshold) {
  return c.finding && threshold && c.finding->severity >= *threshold;
}

// The finding as the text report writes it (its line and hint), as XML element content.
std::string finding_text(const Diagnostic& d, const RenderOptions& o) {
  RenderOptions plain = o;
  plain.color = false;
  std::ostringstream text;
  render_findings_text({d}, plain, text);
  return escape_xml_lines(text.str());
}

void write_case(const Case& c, const FileReport& file, const RenderOptions& o, std::ostream& out) {
  out << fmt::format(R"(    <testcase classname="{}" name="{}")", attr(junit_classname(file.path)),
                     attr(c.name));
  if (file.path != "-") out << fmt::format(R"( file="{}")", attr(file.path));
  out << " time=\"0\"";
  if (!c.finding) {
    out << "/>\n";
  } else if (fails(c, o.threshold)) {
    out << fmt::format(
        ">\n      <failure message=\"{}\" type=\"{}\">{}</failure>\n    </testcase>\n",
        attr(tr(o.lang, c.finding->message)), attr(rule_name(c.finding->rule)),
        finding_text(*c.finding, o));
  } else {
    out << fmt::format(">\n      <system-out>{}</system-out>\n    </testcase>\n",
                       finding_text(*c.finding, o));
  }
}

void write_suite(const FileReport& file, std::size_t id, const RenderOptions& o,
                 std::ostream& out) {
  const std::vector<Case> cases = cases_of(file, o);
  int failures = 0;
  for (const auto& c : cases)
    if (fails(c, o.threshold)) ++failures;
  out << fmt::format(
      "  <testsuite name=\"{}\" package=\"routekaart\" id=\"{}\" tests=\"{}\" failures=\"{}\" "
      "errors=\"0\" skipped=\"0\" time=\"0\" timestamp=\"{}\" hostname=\"localhost\">\n",
      attr(file.path), id, cases.size(), failures, kTimestamp);
  out << "    <properties>\n";
  out << fmt::format("      <property name=\"language\" value=\"{}\"/>\n", lang_code(o.lang));
  if (file.parsed)
    out << fmt::format("      <property name=\"intervention\" value=\"{}\"/>\n", attr(file.name));
  out << fmt::format("      <property name=\"valid\" value=\"{}\"/>\n", file.valid);
  if (o.coverage && file.parsed)
    out << fmt::format("      <property name=\"coverage\" value=\"{}\"/>\n",
                       attr(percent_text(file.coverage.percent)));
  out << "    </properties>\n";
  for (const auto& c : cases) write_case(c, file, o, out);
  out << "    <system-out></system-out>\n";
  out << "    <system-err></system-err>\n";
  out << "  </testsuite>\n";
}

}  // namespace

std::string junit_classname(std::string_view path) {
  if (path == "-") return "routekaart.stdin";
  std::string name(path);
  for (std::string_view extension : {".yaml", ".yml"})
    if (name.ends_with(extension)) name.resize(name.size() - extension.size());
  for (char& c : name)
    if (c == '.') c = '_';
  return "routekaart." + name;
}

namespace {

class JunitWriter final : public ReportWriter {
 public:
  JunitWriter(const RenderOptions& o, std::ostream& out) : o_(o), out_(out) {}

  void begin(const ReportStart&) override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
  }
  void file(const FileReport& file) override { write_suite(file, id_++, o_, out_); }
  void end(const check::Summary&) override { out_ << "</testsuites>\n"; }

 private:
  const RenderOptions o_;
  std::ostream& out_;
  std::size_t id_ = 0;
};

}  // namespace

std::unique_ptr<ReportWriter> junit_writer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<JunitWriter>(options, out);
}

void render_junit(const Report& report, const RenderOptions& o, std::ostream& out) {
  write_report(junit_writer, report, o, out);
}

}  // namespace routekaart::render
