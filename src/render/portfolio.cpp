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

// `text` cut to at most `width` display columns, never inside a character; one pass, so that a
// very long name costs no more than reading it.
std::string fit(std::string text, std::size_t width) {
  std::size_t used = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t next = at + 1;  // the start of the next character
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    used += display_width(std::string_view(text).substr(at, next - at));
    if (used > width) {
      text.erase(at);
      break;
    }
    at = next;
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

void Portfolio::add(const FileReport& file) {
  Row row{one_line(file.label()), {}, file.coverage.percent};
  row.marks.reserve(selected_.size());
  for (int n : selected_) {
    const SignpostResult* r = result_for(file, n);
    row.marks.push_back(r ? std::optional<Status>(r->status) : std::nullopt);
  }
  rows_.push_back(std::move(row));
}

int Portfolio::covering(std::size_t column, bool partly) const {
  int count = 0;
  for (const auto& row : rows_)
    if (const auto& mark = row.marks[column];
        mark && (*mark == Status::addressed || (partly && *mark == Status::partial)))
      ++count;
  return count;
}

Portfolio portfolio_of(const Report& report) {
  Portfolio portfolio(report.selected);
  for (const auto& file : report.files) portfolio.add(file);
  return portfolio;
}

int covering_files(const Report& report, int number, bool partly) {
  int count = 0;
  for (const auto& file : report.files)
    if (const SignpostResult* r = result_for(file, number))
      if (r->status == Status::addressed || (partly && r->status == Status::partial)) ++count;
  return count;
}

void render_portfolio_text(const Portfolio& portfolio, const RenderOptions& o, std::ostream& out) {
  out << Style(o.color).bold(tr(o.lang, texts::report_portfolio_title{})) << '\n';
  const std::string covered = tr(o.lang, texts::report_portfolio_covered{});
  // The first column fits the names (up to 40 columns) and the last row's label.
  std::size_t width = std::max<std::size_t>(12, display_width(covered));
  for (const auto& row : portfolio.rows())
    width = std::max(width, display_width(escape_terminal(row.label)));
  width = std::min<std::size_t>(width, 40);
  const std::vector<int>& selected = portfolio.selected();
  out << pad("", width);
  for (int n : selected) out << fmt::format(" {:>2}", n);
  out << "  " << tr(o.lang, texts::report_column_coverage{}) << '\n';
  for (const auto& row : portfolio.rows()) {
    out << pad(fit(escape_terminal(row.label), width), width);
    for (const auto& mark : row.marks)
      out << fmt::format(" {:>2}", mark ? status_mark(*mark) : " ");
    out << "  " << percent_text(row.percent) << '\n';
  }
  out << pad(covered, width);
  for (std::size_t i = 0; i < selected.size(); ++i)
    out << fmt::format(" {:>2}", portfolio.covering(i, false));
  out << '\n' << tr(o.lang, texts::report_portfolio_legend{}) << "\n\n";
}

void render_portfolio_markdown(const Portfolio& portfolio, const RenderOptions& o,
                               std::ostream& out) {
  const std::vector<int>& selected = portfolio.selected();
  out << "## " << tr(o.lang, texts::report_portfolio_title{}) << "\n\n";
  out << "| " << tr(o.lang, texts::report_portfolio_intervention{}) << " |";
  for (int n : selected) out << ' ' << n << " |";
  out << ' ' << tr(o.lang, texts::report_column_coverage{}) << " |\n|---|";
  for (std::size_t i = 0; i < selected.size(); ++i) out << ":-:|";
  out << "--:|\n";
  for (const auto& row : portfolio.rows()) {
    out << "| " << escape_markdown_cell(row.label) << " |";
    for (const auto& mark : row.marks)
      out << ' ' << (mark ? escape_markdown(status_mark(*mark)) : " ") << " |";
    out << ' ' << percent_text(row.percent) << " |\n";
  }
  out << "| " << tr(o.lang, texts::report_portfolio_covered{}) << " |";
  for (std::size_t i = 0; i < selected.size(); ++i)
    out << ' ' << portfolio.covering(i, false) << " |";
  // The legend is plain text whose marks mean something in Markdown: escaped as a whole.
  out << "   |\n\n" << escape_markdown(tr(o.lang, texts::report_portfolio_legend{})) << "\n\n";
}

}  // namespace routekaart::render
