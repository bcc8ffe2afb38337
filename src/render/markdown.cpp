// The Markdown report: the text report as a document a team commits next to its file.
#include <fmt/format.h>

#include "common/messages.hpp"
#include "render/escape.hpp"
#include "render/format.hpp"
#include "render/portfolio.hpp"

namespace routekaart::render {
using catalogue::Signpost;
using check::Coverage;
using check::FileReport;
using check::Report;
using check::Summary;

namespace {

void file_section(const FileReport& file, const RenderOptions& o, bool several, std::ostream& out) {
  const std::string heading = several ? "##" : "#";
  const std::string sub = several ? "###" : "##";
  const std::string& name = file.label();
  out << heading << ' ' << escape_markdown(name) << "\n\n";
  out << msg(o.lang, "md.file", escape_markdown(file.path)) << "\n\n";
  if (o.coverage && file.parsed && !o.quiet) {
    const Coverage& c = file.coverage;
    out << msg(o.lang, "text.coverage", percent_text(c.percent), c.addressed, c.partial, c.open,
               c.not_applicable)
        << "\n\n";
    for (const auto& a : c.by_audience)
      out << "- " << msg(o.lang, "audience." + a.audience) << ": " << percent_text(a.percent)
          << '\n';
    out << '\n' << sub << ' ' << msg(o.lang, "md.signposts") << "\n\n";
    out << "| # | " << msg(o.lang, "text.signpost") << " | status | "
        << msg(o.lang, "text.coverage_column") << " | " << msg(o.lang, "text.elements") << " |\n";
    out << "|--:|---|---|--:|---|\n";
    for (const auto& r : file.signposts) {
      const Signpost& sp = *o.catalogue->find(r.number);
      out << fmt::format("| {} | {} | {} | {} | {} |\n", r.number,
                         escape_markdown_cell(sp.short_title.in(o.lang)), status_word(r.status),
                         r.applicable ? percent_text(100.0 * r.coverage) : "n/a",
                         r.from_elements ? msg(o.lang, "text.element_counts", r.elements_addressed,
                                               r.elements_partial, r.elements.size())
                                         : " ");
    }
    out << '\n';
    bool any = false;
    for (const auto& r : file.signposts) {
      if (!r.applicable || r.status == Status::addressed) continue;
      if (!any) out << sub << ' ' << msg(o.lang, "text.gaps") << "\n\n";
      any = true;
      const Signpost& sp = *o.catalogue->find(r.number);
      out << sub << "# " << r.number << ". " << escape_markdown(sp.title.in(o.lang)) << " ("
          << status_word(r.status) << ")\n\n";
      out << msg(o.lang, "text.missing_elements") << "\n\n";
      for (std::size_t i = 0; i < sp.elements.size(); ++i)
        if (r.elements[i].status != Status::addressed &&
            r.elements[i].status != Status::not_applicable)
          out << "- **" << sp.elements[i].id << "** "
              << escape_markdown(sp.elements[i].text.in(o.lang)) << '\n';
      out << '\n' << msg(o.lang, "text.questions") << "\n\n";
      for (const auto& q : sp.questions) out << "- " << escape_markdown(q.in(o.lang)) << '\n';
      out << '\n';
    }
  }
  if (!file.findings.empty()) {
    out << sub << ' ' << msg(o.lang, "text.findings") << "\n\n";
    out << "| " << msg(o.lang, "md.place") << " | " << msg(o.lang, "md.rule") << " | "
        << msg(o.lang, "md.severity") << " | " << msg(o.lang, "md.message") << " | "
        << msg(o.lang, "md.remedy") << " |\n|---|---|---|---|---|\n";
    for (const auto& d : file.findings)
      out << fmt::format("| {}:{}:{} | {} | {} | {} | {} |\n", escape_markdown(d.location.file),
                         d.location.line, d.location.column, rule_name(d.rule),
                         severity_name(d.severity), escape_markdown_cell(tr(o.lang, d.message)),
                         escape_markdown_cell(hint_text(d, o.lang)));
    out << '\n';
  }
}

}  // namespace

void render_markdown(const Report& report, const RenderOptions& o, std::ostream& out) {
  const bool several = report.files.size() > 1;
  if (several) out << "# " << msg(o.lang, "md.title") << "\n\n";
  for (const auto& file : report.files) file_section(file, o, several, out);
  if (several && o.coverage && !o.quiet) render_portfolio_markdown(report, o, out);
  const Summary& s = report.summary;
  out << msg(o.lang, "text.summary", s.files, s.valid, s.invalid + s.unreadable, s.errors,
             s.warnings, s.infos)
      << '\n';
}

}  // namespace routekaart::render
