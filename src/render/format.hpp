#pragma once
// Output formats of `check` and `validate`: one renderer per format, chosen from one table.
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "check/report.hpp"
#include "common/lang.hpp"

namespace routekaart::render {

enum class Format { text, markdown, json, sarif, junit, github, html };

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

struct FormatInfo {
  Format format;
  std::string_view name;
  Renderer render;
};

/// Every format, in the order `--help` lists them.
const std::vector<FormatInfo>& formats();
/// The format named `name`, or nullptr.
const FormatInfo* find_format(std::string_view name);

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

/// A path as a SARIF artifact URI: "-" is "stdin", absolute paths become file:// URIs, and
/// every byte outside A-Z a-z 0-9 - . _ ~ / is percent-encoded.
std::string sarif_uri(std::string_view path);
/// One GitHub workflow command line (without the newline) for a finding.
std::string github_command(const Diagnostic& finding, Lang lang);

/// Diagnostics as `file:line:column: severity: message [RULE]` lines, each with its hint.
void render_findings_text(const Diagnostics& findings, const RenderOptions& o, std::ostream& out);

/// "78%" with no decimals, or "–" when absent.
std::string percent_text(const std::optional<double>& percent);

}  // namespace routekaart::render
