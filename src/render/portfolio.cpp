#include "render/portfolio.hpp"
#include "common/strings.hpp"

#include <fmt/format.h>

#include "generated/texts/report.hpp"
#include "render/escape.hpp"
#include "render/style.hpp"

namespace routekaart::render {
using check::FileReport;
using check::Report;
using check::SignpostResult;

namespace {

// The label in the terminal: one line, escaped.
std::string file_label(const FileReport& file) {
  return escape_terminal(one_line(file.label()));
}

// `text` cut to at most `width` display columns, never inside a character.
std::string fit(std::string text, std::size_t width) {
  while (display_width(text) > width) {
    std::size_t last = text.size() - 1;  // the first byte of the last character
    while (last > 0 && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
    text.erase(last);
  }
  return text;
}

const SignpostResult* result_for(const FileReport& file, int number) {
  for (const auto& r : file.signposts)
    if (r.number == number) return &r;
  return nullptr;
}

}  // namespace

const char* status_mark(Status status) {
  switch (status) {
    case Status::addressed:
      return "+";
    case Status::partial:
      return "~";
    case Status::planned:
      return ".";
    case Status::not_addressed:
      return "-";
    case Status::not_applicable:
      return "/";
    case Status::not_described:
      return "?";
  }
  return "?";
}

int covering_files(const Report& report, int number, bool partly) {
  int count = 0;
  for (const auto& file : report.files)
    if (const SignpostResult* r = result_for(file, number))
      if (r->status == Status::addressed || (partly && r->status == Status::partial)) ++count;
  return count;
}

void render_portfolio_text(const Report& report, const RenderOptions& o, std::ostream& out) {
  out << Style(o.color).bold(tr(o.lang, texts::report_portfolio_title{})) << '\n';
  const std::string covered = tr(o.lang, texts::report_portfolio_covered{});
  // The first column fits the names (up to 40 columns) and the last row's label.
  std::size_t width = std::max<std::size_t>(12, display_width(covered));
  for (const auto& file : report.files) width = std::max(width, display_width(file_label(file)));
  width = std::min<std::size_t>(width, 40);
  out << pad("", width);
  for (int n : report.selected) out << fmt::format(" {:>2}", n);
  out << "  " << tr(o.lang, texts::report_column_coverage{}) << '\n';
  for (const auto& file : report.files) {
    out << pad(fit(file_label(file), width), width);
    for (int n : report.selected) {
      const SignpostResult* r = result_for(file, n);
      out << fmt::format(" {:>2}", r ? status_mark(r->status) : " ");
    }
    out << "  " << percent_text(file.coverage.percent) << '\n';
  }
  out << pad(covered, width);
  for (int n : report.selected) out << fmt::format(" {:>2}", covering_files(report, n, false));
  out << '\n' << tr(o.lang, texts::report_portfolio_legend{}) << "\n\n";
}

void render_portfolio_markdown(const Report& report, const RenderOptions& o, std::ostream& out) {
  out << "## " << tr(o.lang, texts::report_portfolio_title{}) << "\n\n";
  out << "| " << tr(o.lang, texts::report_portfolio_intervention{}) << " |";
  for (int n : report.selected) out << ' ' << n << " |";
  out << ' ' << tr(o.lang, texts::report_column_coverage{}) << " |\n|---|";
  for (std::size_t i = 0; i < report.selected.size(); ++i) out << ":-:|";
  out << "--:|\n";
  for (const auto& file : report.files) {
    out << "| " << escape_markdown_cell(file.label()) << " |";
    for (int n : report.selected) {
      const SignpostResult* r = result_for(file, n);
      out << ' ' << (r ? escape_markdown(status_mark(r->status)) : " ") << " |";
    }
    out << ' ' << percent_text(file.coverage.percent) << " |\n";
  }
  out << "| " << tr(o.lang, texts::report_portfolio_covered{}) << " |";
  for (int n : report.selected) out << ' ' << covering_files(report, n, false) << " |";
  // The legend is plain text whose marks mean something in Markdown: escaped as a whole.
  out << "   |\n\n" << escape_markdown(tr(o.lang, texts::report_portfolio_legend{})) << "\n\n";
}

}  // namespace routekaart::render
