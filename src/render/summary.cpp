#include "render/summary.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <sstream>

#include "generated/texts/ci.hpp"
#include "generated/texts/report.hpp"
#include "render/escape.hpp"
#include "render/report_words.hpp"

namespace routekaart::render {
namespace {

// Whether the code point at `text[i]` (UTF-8) is one that must not reach a job summary as it is:
// its length in bytes and the code point, or 0 when it may.
std::size_t summary_invisible_at(std::string_view text, std::size_t i, unsigned& code) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char first = byte(0);
  if ((first < 0x20 && first != '\n' && first != '\r' && first != '\t') || first == 0x7F) {
    code = first;  // C0 controls (ESC, BEL, ...) and DEL; line breaks become spaces later
    return 1;
  }
  if (first == 0xC2 && i + 1 < text.size() && byte(1) >= 0x80 && byte(1) <= 0x9F) {
    code = byte(1);  // C1 controls (U+0080 to U+009F)
    return 2;
  }
  if (first == 0xD8 && i + 1 < text.size() && byte(1) == 0x9C) {
    code = 0x061C;  // ARABIC LETTER MARK
    return 2;
  }
  if (first == 0xE2 && i + 2 < text.size()) {
    code = 0x2000u + ((byte(1) & 0x3Fu) << 6) + (byte(2) & 0x3Fu);
    // Bidi marks, embeddings, overrides and isolates; line and paragraph separators.
    if ((code >= 0x200E && code <= 0x200F) || (code >= 0x2028 && code <= 0x202E) ||
        (code >= 0x2066 && code <= 0x2069))
      return 3;
  }
  return 0;
}

// Control characters, bidi controls and line separators shown as text (\x1B, \u202E), so that a
// name or value cannot colour, retitle or reorder what a reader sees, or break the line.
std::string summary_visible(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    unsigned code = 0;
    const std::size_t length = summary_invisible_at(text, i, code);
    if (length == 0) {
      out += text[i++];
      continue;
    }
    out += code <= 0xFF ? fmt::format("\\x{:02X}", code) : fmt::format("\\u{:04X}", code);
    i += length;
  }
  return out;
}

// A value from a file in the summary's running text and list items.
std::string summary_text(std::string_view text) {
  return escape_markdown(summary_visible(cut_text(text, kJobSummaryValueChars)));
}

// A value from a file in a table cell.
std::string summary_cell(std::string_view text) {
  return escape_markdown_cell(summary_visible(cut_text(text, kJobSummaryValueChars)));
}

bool by_rank(const auto& a, const auto& b) {
  return a.rank != b.rank ? a.rank < b.rank : a.order < b.order;
}

std::string file_cell(const check::FileReport& file) {
  if (file.name.empty()) return summary_cell(file.path);
  return summary_cell(file.name) + " — " + summary_cell(file.path);
}

}  // namespace

std::string cut_text(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0, end = 0;
  while (end < text.size()) {
    if (chars == max_chars) return std::string(text.substr(0, end)) + "…";
    ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    ++chars;
  }
  return std::string(text);
}

void JobSummary::Best::add(Line line, std::size_t most_bytes, std::size_t most_lines) {
  bytes += line.text.size();
  lines.push_back(std::move(line));
  if (bytes > 2 * most_bytes || lines.size() > 2 * most_lines) trim(most_bytes, most_lines);
}

void JobSummary::Best::trim(std::size_t most_bytes, std::size_t most_lines) {
  std::stable_sort(lines.begin(), lines.end(),
                   [](const Line& a, const Line& b) { return by_rank(a, b); });
  std::size_t kept = 0, total = 0;
  while (kept < lines.size() && kept < most_lines && total + lines[kept].text.size() <= most_bytes)
    total += lines[kept++].text.size();
  lines.resize(kept);
  bytes = total;
}

JobSummary::JobSummary(const RenderOptions& options, std::size_t max_bytes)
    : options_(options), max_bytes_(max_bytes) {}

void JobSummary::add(const check::FileReport& file) {
  const std::size_t order = files_++;
  int errors = 0, warnings = 0, infos = 0;
  for (const auto& d : file.findings) {
    (d.severity == Severity::error ? errors : d.severity == Severity::warning ? warnings : infos)++;
    // The file name is text from outside; the line and column are the tool's own.
    std::string where = summary_text(d.location.file);
    if (d.location.line > 0) where += fmt::format(":{}:{}", d.location.line, d.location.column);
    findings_lines_.add(
        Line{2 - static_cast<int>(d.severity), findings_++,
             fmt::format("- **{}** {}: {} ({})\n", severity_name(d.severity), where,
                         tr(options_.lang, d.message, summary_text), rule_name(d.rule))},
        max_bytes_, kJobSummaryFindings);
  }
  std::string row = "| " + file_cell(file) + " |";
  if (options_.coverage) row += ' ' + percent_text(file.coverage.percent) + " |";
  row += fmt::format(" {} | {} | {} |\n", errors, warnings, infos);
  rows_.add(Line{errors > 0     ? 0
                 : warnings > 0 ? 1
                                : 2,
                 order, std::move(row)},
            max_bytes_, std::numeric_limits<std::size_t>::max());
}

void JobSummary::write(const check::Summary& summary, std::ostream& out) const {
  const Lang l = options_.lang;
  auto md = [&](const Message& text) { return tr(l, text, escape_markdown); };
  std::string document =
      fmt::format("# routekaart {}\n\n{}\n", options_.coverage ? "check" : "validate",
                  md(summary_message(summary)));
  if (document.size() > max_bytes_) return;  // not even the totals fit: nothing at all
  std::vector<Line> findings = findings_lines_.lines;
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Line& a, const Line& b) { return by_rank(a, b); });
  if (findings.size() > kJobSummaryFindings) findings.resize(kJobSummaryFindings);

  // The findings, as many of the best as the budget allows once the totals are in; the table
  // then gets what is left.
  auto findings_part = [&](std::size_t shown) {
    if (findings_ == 0)
      return "\n## " + md(texts::report_findings{}) + "\n\n" + md(texts::report_no_findings{}) +
             "\n";
    std::string part =
        "\n## " + md(texts::summary_findings{.shown = shown, .total = findings_}) + "\n\n";
    for (std::size_t i = 0; i < shown; ++i) part += findings[i].text;
    if (shown < findings_)
      part += '\n' + md(texts::summary_findings_left_out{.count = findings_ - shown}) + '\n';
    return part;
  };
  // Room for the line that says how many files were left out, should any be.
  const std::string left_out_example =
      "\n" + md(texts::summary_files_left_out{.count = files_}) + "\n";
  std::size_t shown = findings.size();
  std::string findings_text = findings_part(shown);
  while (shown > 0 && document.size() + findings_text.size() + left_out_example.size() > max_bytes_)
    findings_text = findings_part(--shown);

  std::string table = "\n| " + md(texts::summary_column_file{}) + " |";
  std::string rule = "\n|---|";
  if (options_.coverage) {
    table += ' ' + md(texts::summary_column_coverage{}) + " |";
    rule += "--:|";
  }
  table += ' ' + md(texts::summary_column_errors{}) + " | " + md(texts::summary_column_warnings{}) +
           " | " + md(texts::summary_column_infos{}) + " |" + rule + "--:|--:|--:|\n";
  std::vector<Line> rows = rows_.lines;
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Line& a, const Line& b) { return by_rank(a, b); });
  const std::size_t used = document.size() + findings_text.size();
  std::size_t room = max_bytes_ > used ? max_bytes_ - used : 0;
  std::string rows_text;
  std::size_t shown_rows = 0;
  if (files_ > 0 && room >= table.size() + left_out_example.size()) {
    room -= table.size();
    for (const auto& row : rows) {
      const bool last = shown_rows + 1 == files_;
      const std::size_t reserve = last ? 0 : left_out_example.size();
      if (rows_text.size() + row.text.size() + reserve > room) break;
      rows_text += row.text;
      ++shown_rows;
    }
    if (shown_rows > 0) document += table + rows_text;
  }
  if (shown_rows < files_)
    if (std::string line =
            "\n" + md(texts::summary_files_left_out{.count = files_ - shown_rows}) + "\n";
        document.size() + line.size() + findings_text.size() <= max_bytes_)
      document += line;
  if (document.size() + findings_text.size() <= max_bytes_) document += findings_text;
  out << document;
}

void render_job_summary(const check::Report& report, const RenderOptions& options,
                        std::size_t max_bytes, std::ostream& out) {
  JobSummary summary(options, max_bytes);
  for (const auto& file : report.files) summary.add(file);
  summary.write(report.summary, out);
}

}  // namespace routekaart::render
