#pragma once
// The output formats: one table says which renderer writes each, and which commands accept it.
// The command line derives its --format choices from it (cli/choices.hpp).
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "check/report.hpp"
#include "common/lang.hpp"

namespace routekaart::render {

enum class Format { text, markdown, json, sarif, junit, github, html, codeclimate };

/// What a command with --format renders; each accepts the formats the table below gives it.
enum class Output { list, explain, rules, validate, check, config, ratings, diff };
inline constexpr std::size_t kOutputCount = static_cast<std::size_t>(Output::diff) + 1;

/// A set of outputs.
using Outputs = std::uint32_t;
constexpr Outputs output_bit(Output output) {
  return Outputs{1} << static_cast<unsigned>(output);
}

struct RenderOptions {
  Lang lang = Lang::en;
  bool color = false;    // ANSI colours (text only)
  bool coverage = true;  // false for `validate`: findings only
  bool quiet = false;    // findings only
  bool verbose = false;  // also suppressed findings
  // --fail-on, for formats that mark failures (junit); absent for `--fail-on never`.
  std::optional<Severity> threshold = Severity::error;
  const catalogue::Catalogue* catalogue = nullptr;
};

using Renderer = void (*)(const check::Report&, const RenderOptions&, std::ostream&);

/// What a report writer is told before the first file.
struct ReportStart {
  std::vector<int> selected;  // the signpost numbers shown, ascending
  std::size_t files = 0;      // how many files follow
};

/// A report written while the files stream past: begin(), file() for each file in report order,
/// end(). A writer keeps nothing of a file but what its end needs (the portfolio's rows), so that
/// memory stays flat in the number of files (bench/run.sh measures it).
class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  virtual void begin(const ReportStart& start) = 0;
  virtual void file(const check::FileReport& file) = 0;
  virtual void end(const check::Summary& summary) = 0;
};

/// Makes the writer of one format; it keeps `options` (a copy) and writes to `out`.
using MakeWriter = std::unique_ptr<ReportWriter> (*)(const RenderOptions& options,
                                                     std::ostream& out);

/// A whole report through a writer: begin, every file, end. What render_<format>() does.
void write_report(MakeWriter writer, const check::Report& report, const RenderOptions& options,
                  std::ostream& out);

std::unique_ptr<ReportWriter> text_writer(const RenderOptions& options, std::ostream& out);
std::unique_ptr<ReportWriter> markdown_writer(const RenderOptions& options, std::ostream& out);
std::unique_ptr<ReportWriter> json_writer(const RenderOptions& options, std::ostream& out);
std::unique_ptr<ReportWriter> sarif_writer(const RenderOptions& options, std::ostream& out);
std::unique_ptr<ReportWriter> junit_writer(const RenderOptions& options, std::ostream& out);
std::unique_ptr<ReportWriter> github_writer(const RenderOptions& options, std::ostream& out);
std::unique_ptr<ReportWriter> html_writer(const RenderOptions& options, std::ostream& out);
std::unique_ptr<ReportWriter> codeclimate_writer(const RenderOptions& options, std::ostream& out);

void render_text(const check::Report& report, const RenderOptions& options, std::ostream& out);
void render_markdown(const check::Report& report, const RenderOptions& options, std::ostream& out);
void render_json(const check::Report& report, const RenderOptions& options, std::ostream& out);
/// SARIF 2.1.0: one run, every rule of the table, one result per finding.
void render_sarif(const check::Report& report, const RenderOptions& options, std::ostream& out);
/// JUnit XML: one testsuite per file, one testcase per signpost plus one for the file format.
void render_junit(const check::Report& report, const RenderOptions& options, std::ostream& out);
/// GitHub Actions workflow commands: one `::error|warning|notice ...::message` line per finding.
void render_github(const check::Report& report, const RenderOptions& options, std::ostream& out);
/// One self-contained HTML5 page: radar chart, status table, gaps, findings, portfolio.
void render_html(const check::Report& report, const RenderOptions& options, std::ostream& out);
/// GitLab Code Quality (Code Climate JSON): an array with one issue per finding.
void render_codeclimate(const check::Report& report, const RenderOptions& options,
                        std::ostream& out);
/// GitLab's severity of a finding: info, minor (warning) or major (error).
std::string_view codeclimate_severity(Severity severity);

struct FormatInfo {
  Format format;
  std::string_view name;
  Renderer render;    // the report of check and validate in this format
  MakeWriter writer;  // the same, written while the files stream past
  Outputs outputs;    // the outputs that accept it
};

inline constexpr Outputs kCatalogueOutputs =
    output_bit(Output::list) | output_bit(Output::explain) | output_bit(Output::rules);
inline constexpr Outputs kReportOutputs = output_bit(Output::validate) | output_bit(Output::check);
inline constexpr Outputs kTeamOutputs = output_bit(Output::ratings) | output_bit(Output::diff);

/// Every format, in the order `--help` lists them: text, Markdown and JSON for every output but
/// `config` (text and JSON); the CI and page formats for check and validate only.
inline constexpr std::array<FormatInfo, 8> kFormats{{
    {Format::text, "text", render_text, text_writer,
     kCatalogueOutputs | kReportOutputs | kTeamOutputs | output_bit(Output::config)},
    {Format::markdown, "markdown", render_markdown, markdown_writer,
     kCatalogueOutputs | kReportOutputs | kTeamOutputs},
    {Format::json, "json", render_json, json_writer,
     kCatalogueOutputs | kReportOutputs | kTeamOutputs | output_bit(Output::config)},
    {Format::sarif, "sarif", render_sarif, sarif_writer, kReportOutputs},
    {Format::junit, "junit", render_junit, junit_writer, kReportOutputs},
    {Format::github, "github", render_github, github_writer, kReportOutputs},
    {Format::html, "html", render_html, html_writer, kReportOutputs},
    {Format::codeclimate, "codeclimate", render_codeclimate, codeclimate_writer, kReportOutputs},
}};
static_assert(kFormats.size() == static_cast<std::size_t>(Format::codeclimate) + 1);
static_assert(
    [] {
      for (std::size_t i = 0; i < kFormats.size(); ++i)
        if (kFormats[i].format != static_cast<Format>(i) || kFormats[i].outputs == 0) return false;
      return true;
    }(),
    "one row per Format, in enum order, each with at least one output");
// That each row has a renderer and a writer is a unit test (test_render_format.cpp): GCC under
// the sanitizers does not treat a function's address as a constant here.
static_assert(
    [] {
      Outputs all = 0;
      for (const auto& f : kFormats) all |= f.outputs;
      return all == (Outputs{1} << kOutputCount) - 1;
    }(),
    "every output accepts at least one format");

/// Every format, in table order.
constexpr const std::array<FormatInfo, kFormats.size()>& formats() {
  return kFormats;
}
/// The table row of `format`.
constexpr const FormatInfo& format_info(Format format) {
  return kFormats[static_cast<std::size_t>(format)];
}
/// "text", "markdown", ...
constexpr std::string_view format_name(Format format) {
  return format_info(format).name;
}
/// The format named `name`, or nullptr.
const FormatInfo* find_format(std::string_view name);
/// Whether `output` accepts `format`.
constexpr bool accepts(Output output, Format format) {
  return (format_info(format).outputs & output_bit(output)) != 0;
}
/// The names of the formats `output` accepts, in table order.
std::vector<std::string_view> format_names(Output output);

/// A path as a SARIF artifact URI: "-" is "stdin", absolute paths become file:// URIs, and
/// every byte outside A-Z a-z 0-9 - . _ ~ / is percent-encoded.
std::string sarif_uri(std::string_view path);
/// A JUnit classname for a file: "routekaart." and the path without .yaml/.yml and with '_' for
/// every other '.', so that Jenkins (which splits at the last '.') shows class "dir/name".
std::string junit_classname(std::string_view path);
/// Where a rule is documented: <homepage>/blob/main/rules/README.md#rk101.
std::string rule_help_uri(RuleId rule);
/// One GitHub workflow command line (without the newline) for a finding.
std::string github_command(const Diagnostic& finding, Lang lang);

/// Diagnostics as `file:line:column: severity: message [RULE]` lines, each with its hint.
void render_findings_text(const Diagnostics& findings, const RenderOptions& o, std::ostream& out);

/// "78%" with no decimals, or "–" when absent.
std::string percent_text(const std::optional<double>& percent);

}  // namespace routekaart::render
