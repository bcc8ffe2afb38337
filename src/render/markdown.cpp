// The Markdown report: the text report as a document a team commits next to its file. The
// texts' own words are Markdown as they are; every value from a file is escaped.
#include <fmt/format.h>

#include "generated/texts/report.hpp"
#include "render/escape.hpp"
#include "render/format.hpp"
#include "render/portfolio.hpp"
#include "render/report_words.hpp"

namespace routekaart::render {
using catalogue::Signpost;
using check::Coverage;
using check::FileReport;
using check::Report;

namespace {

// A text in Markdown: its values escaped, its own words kept.
std::string md(Lang lang, const Message& text) {
  return tr(lang, text, escape_markdown);
}

void file_section(const FileReport& file, const RenderOptions& o, bool several, std::ostream& out) {
  const std::string heading = several ? "##" : "#";
  const std::string sub = several ? "###" : "##";
  const std::string& name = file.label();
  const Lang l = o.lang;
  out << heading << ' ' << escape_markdown(name) << "\n\n";
  out << md(l, texts::report_file{.path = file.path}) << "\n\n";
  if (o.coverage && file.parsed && !o.quiet) {
    const Coverage& c = file.coverage;
    out << md(l, coverage_message(c)) << "\n\n";
    for (const auto& a : c.by_audience)
      out << "- " << md(l, audience_message(a.audience)) << ": " << percent_text(a.percent) << '\n';
    if (c.elements.described > 0)
      out << "- " << md(l, element_coverage_message(c.elements)) << '\n';
    out << '\n' << sub << ' ' << md(l, texts::report_signposts{}) << "\n\n";
    out << "| # | " << md(l, texts::report_signpost{}) << " | "
        << md(l, texts::report_column_status{}) << " | " << md(l, texts::report_column_coverage{})
        << " | " << md(l, texts::report_column_elements{}) << " |\n";
    out << "|--:|---|---|--:|---|\n";
    for (const auto& r : file.signposts) {
      const Signpost& sp = *o.catalogue->find(r.number);
      out << fmt::format("| {} | {} | {} | {} | {} |\n", r.number,
                         escape_markdown_cell(sp.short_title.in(l)), status_label(l, r.status),
                         r.applicable ? percent_text(100.0 * r.coverage)
                                      : md(l, texts::report_not_applicable_short{}),
                         r.from_elements ? md(l, element_counts_message(r)) : " ");
    }
    out << '\n';
    bool any = false;
    for (const auto& r : file.signposts) {
      if (!in_gap_report(r)) continue;
      if (!any) out << sub << ' ' << md(l, texts::report_gaps{}) << "\n\n";
      any = true;
      const Signpost& sp = *o.catalogue->find(r.number);
      out << sub << "# " << r.number << ". " << escape_markdown(sp.title.in(l)) << " ("
          << status_label(l, r.status) << ")\n\n";
      out << md(l, texts::report_missing_elements{}) << "\n\n";
      for (std::size_t i = 0; i < sp.elements.size(); ++i)
        if (open_in_gap_report(r, i))
          out << "- **" << sp.elements[i].id << "** "
              << (r.elements[i].listed
                      ? md(l, texts::report_element_listed{.status = status_label(
                                                               r.elements[i].status)}) +
                            " "
                      : std::string())
              << escape_markdown(sp.elements[i].text.in(l)) << '\n';
      out << '\n' << md(l, texts::report_questions{}) << "\n\n";
      for (const auto& q : sp.questions) out << "- " << escape_markdown(q.in(l)) << '\n';
      out << '\n';
    }
  }
  if (!file.findings.empty()) {
    out << sub << ' ' << md(l, texts::report_findings{}) << "\n\n";
    out << "| " << md(l, texts::report_column_place{}) << " | "
        << md(l, texts::report_column_rule{}) << " | " << md(l, texts::report_column_severity{})
        << " | " << md(l, texts::report_column_message{}) << " | "
        << md(l, texts::report_column_remedy{}) << " |\n|---|---|---|---|---|\n";
    for (const auto& d : file.findings)
      out << fmt::format("| {}:{}:{} | {} | {} | {} | {} |\n", escape_markdown(d.location.file),
                         d.location.line, d.location.column, rule_name(d.rule),
                         severity_name(d.severity), escape_markdown_cell(tr(l, d.message)),
                         escape_markdown_cell(hint_text(d, l)));
    out << '\n';
  }
}

}  // namespace

namespace {

class MarkdownWriter final : public ReportWriter {
 public:
  MarkdownWriter(const RenderOptions& o, std::ostream& out) : o_(o), out_(out) {}

  void begin(const ReportStart& start) override {
    files_ = start.files;
    portfolio_ = Portfolio(start.selected);
    if (files_ > 1) out_ << "# " << md(o_.lang, texts::report_title{}) << "\n\n";
  }

  void file(const FileReport& file) override {
    file_section(file, o_, files_ > 1, out_);
    if (portfolio()) portfolio_.add(file);
  }

  void end(const check::Summary& summary) override {
    if (portfolio()) render_portfolio_markdown(portfolio_, o_, out_);
    if (o_.coverage && !o_.quiet && files_ > 0)
      out_ << md(o_.lang, coverage_meaning_message()) << "\n\n";
    out_ << md(o_.lang, summary_message(summary)) << '\n';
  }

 private:
  bool portfolio() const { return files_ > 1 && o_.coverage && !o_.quiet; }

  const RenderOptions o_;
  std::ostream& out_;
  std::size_t files_ = 0;
  Portfolio portfolio_;
};

}  // namespace

std::unique_ptr<ReportWriter> markdown_writer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<MarkdownWriter>(options, out);
}

void render_markdown(const Report& report, const RenderOptions& o, std::ostream& out) {
  write_report(markdown_writer, report, o, out);
}

}  // namespace routekaart::render
