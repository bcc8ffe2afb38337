// The HTML report: one self-contained page (inline CSS and SVG, no scripts, no external URLs)
// with, per file, a radar chart of the coverage, the status table, the gaps and the findings,
// and for several files the portfolio as a heat map. Every text is escaped with escape_xml.
#include <fmt/format.h>

#include "catalogue/rules.hpp"
#include "common/strings.hpp"
#include "generated/texts/report.hpp"
#include "render/escape.hpp"
#include "render/format.hpp"
#include "render/html_style.hpp"
#include "render/portfolio.hpp"
#include "render/report_words.hpp"
#include "render/svg_radar.hpp"

namespace routekaart::render {
using catalogue::Rule;
using catalogue::Signpost;
using check::Coverage;
using check::FileReport;
using check::Report;
using check::SignpostResult;

namespace {

// Any text as HTML text or attribute value.
std::string h(std::string_view text) {
  return escape_xml(text);
}

// A text in words, as HTML: its words and values escaped alike (the texts hold no markup).
std::string h(Lang lang, const Message& text) {
  return h(tr(lang, text));
}

// The heading tags of a file's parts: one level deeper when the page holds several files.
struct Levels {
  int file, part, item;
};

std::string status_text(Status status, Lang lang) {
  return status_label(lang, status);
}

std::string status_cell(Status status, Lang lang, bool with_word) {
  return fmt::format("<td class=\"{}\"><span class=\"mark\" aria-hidden=\"true\">{}</span>{}</td>",
                     status_class(status), h(status_mark(status)),
                     with_word ? " " + h(status_text(status, lang)) : std::string());
}

void radar(const FileReport& file, std::size_t index, const RenderOptions& o, std::ostream& out) {
  std::vector<RadarSpoke> spokes;
  for (const auto& r : file.signposts) {
    const Signpost& sp = *o.catalogue->find(r.number);
    const std::string label =
        r.applicable ? sp.short_title.in(o.lang)
                     : tr(o.lang, texts::report_html_spoke_not_applicable{.title = sp.short_title});
    spokes.push_back(
        {r.number, label, r.coverage, r.applicable,
         r.applicable ? percent_text(100.0 * r.coverage) : status_label(o.lang, r.status)});
  }
  out << "<figure class=\"chart\">\n"
      << svg_radar(spokes, fmt::format("radar-{}", index + 1),
                   tr(o.lang, texts::report_html_radar_title{}),
                   tr(o.lang, texts::report_html_radar_desc{.name = one_line(file.label())}))
      << "\n</figure>\n";
}

void status_table(const FileReport& file, const RenderOptions& o, std::ostream& out) {
  out << "<div class=\"scroll\"><table class=\"status\">\n<thead><tr><th class=\"num\">#</th><th>"
      << h(o.lang, texts::report_signpost{}) << "</th><th>"
      << h(o.lang, texts::report_html_status{}) << "</th><th colspan=\"2\">"
      << h(o.lang, texts::report_column_coverage{}) << "</th><th>"
      << h(o.lang, texts::report_column_elements{}) << "</th></tr></thead>\n<tbody>\n";
  for (const auto& r : file.signposts) {
    const Signpost& sp = *o.catalogue->find(r.number);
    out << "<tr><td class=\"num\">" << r.number << "</td><td>" << h(sp.short_title.in(o.lang))
        << "</td>" << status_cell(r.status, o.lang, true);
    if (r.applicable)
      out << fmt::format(
          "<td class=\"num\">{}</td><td><span class=\"bar\"><span style=\"width: {:.0f}%\">"
          "</span></span></td>",
          h(percent_text(100.0 * r.coverage)), 100.0 * r.coverage);
    else
      out << "<td class=\"num\">" << h(o.lang, texts::report_not_applicable_short{})
          << "</td><td></td>";
    out << "<td>" << (r.from_elements ? h(o.lang, element_counts_message(r)) : std::string())
        << "</td></tr>\n";
  }
  out << "</tbody>\n</table></div>\n";
}

void gaps(const FileReport& file, const RenderOptions& o, const Levels& l, std::ostream& out) {
  bool any = false;
  for (const auto& r : file.signposts) {
    if (!in_gap_report(r)) continue;
    if (!any) out << fmt::format("<h{0}>{1}</h{0}>\n", l.part, h(o.lang, texts::report_gaps{}));
    any = true;
    const Signpost& sp = *o.catalogue->find(r.number);
    out << fmt::format("<section class=\"gap\">\n<h{0}>{1}. {2} ({3})</h{0}>\n", l.item, r.number,
                       h(sp.title.in(o.lang)), h(status_label(o.lang, r.status)));
    out << "<p>" << h(o.lang, texts::report_missing_elements{}) << "</p>\n<ul>\n";
    for (std::size_t i = 0; i < sp.elements.size() && i < r.elements.size(); ++i)
      if (open_in_gap_report(r, i))
        out << "<li><strong>" << h(sp.elements[i].id) << "</strong> "
            << (r.elements[i].listed
                    ? h(o.lang, texts::report_element_listed{.status = status_label(
                                                                 r.elements[i].status)}) +
                          " "
                    : std::string())
            << h(sp.elements[i].text.in(o.lang)) << "</li>\n";
    out << "</ul>\n<p>" << h(o.lang, texts::report_questions{}) << "</p>\n<ul>\n";
    for (const auto& q : sp.questions) out << "<li>" << h(q.in(o.lang)) << "</li>\n";
    out << "</ul>\n</section>\n";
  }
}

void findings(const FileReport& file, const RenderOptions& o, const Levels& l, std::ostream& out) {
  out << fmt::format("<h{0}>{1}</h{0}>\n", l.part, h(o.lang, texts::report_findings{}));
  if (file.findings.empty()) {
    out << "<p>" << h(o.lang, texts::report_no_findings{}) << "</p>\n";
    return;
  }
  out << "<div class=\"scroll\"><table class=\"findings\">\n<thead><tr><th>"
      << h(o.lang, texts::report_column_place{}) << "</th><th>"
      << h(o.lang, texts::report_column_rule{}) << "</th><th>"
      << h(o.lang, texts::report_column_severity{}) << "</th><th>"
      << h(o.lang, texts::report_column_message{}) << "</th><th>"
      << h(o.lang, texts::report_column_remedy{}) << "</th></tr></thead>\n<tbody>\n";
  for (const auto& d : file.findings) {
    // The file escaped, the line and column ours.
    std::string place = h(d.location.file);
    if (d.location.line > 0) place += fmt::format(":{}:{}", d.location.line, d.location.column);
    const Rule& rule = catalogue::rule(d.rule);
    out << fmt::format(
        "<tr><td class=\"place\">{}</td><td><abbr title=\"{}\">{}</abbr></td>"
        "<td class=\"sev-{}\">{}</td><td>{}</td><td>{}</td></tr>\n",
        place, h(rule.title.in(o.lang)), h(rule_name(d.rule)), severity_name(d.severity),
        severity_name(d.severity), h(tr(o.lang, d.message)), h(hint_text(d, o.lang)));
  }
  out << "</tbody>\n</table></div>\n";
}

void file_section(const FileReport& file, std::size_t index, const RenderOptions& o,
                  const Levels& l, std::ostream& out) {
  out << fmt::format("<section class=\"file\" id=\"file-{}\">\n", index + 1);
  if (l.file > 1) out << fmt::format("<h{0}>{1}</h{0}>\n", l.file, h(one_line(file.label())));
  out << "<p class=\"path\">" << h(o.lang, texts::report_file{.path = file.path}) << "</p>\n";
  if (o.coverage && file.parsed && !o.quiet) {
    const Coverage& c = file.coverage;
    out << "<p class=\"coverage\">" << h(o.lang, coverage_message(c))
        << "</p>\n<ul class=\"audience\">\n";
    for (const auto& a : c.by_audience)
      out << "<li>" << h(o.lang, audience_message(a.audience)) << ": " << h(percent_text(a.percent))
          << "</li>\n";
    if (c.elements.described > 0)
      out << "<li>" << h(o.lang, element_coverage_message(c.elements)) << "</li>\n";
    out << "</ul>\n";
    out << fmt::format("<h{0}>{1}</h{0}>\n", l.part, h(o.lang, texts::report_html_radar_title{}));
    radar(file, index, o, out);
    out << fmt::format("<h{0}>{1}</h{0}>\n", l.part, h(o.lang, texts::report_signposts{}));
    status_table(file, o, out);
    gaps(file, o, l, out);
  }
  findings(file, o, l, out);
  out << "</section>\n";
}

void heat_map(const Portfolio& portfolio, const RenderOptions& o, std::ostream& out) {
  out << "<section class=\"portfolio\" id=\"portfolio\">\n<h2>"
      << h(o.lang, texts::report_portfolio_title{}) << "</h2>\n";
  out << "<p>" << h(o.lang, texts::report_html_heatmap_caption{}) << "</p>\n";
  out << "<div class=\"scroll\"><table class=\"heatmap\">\n<thead><tr><th>"
      << h(o.lang, texts::report_portfolio_intervention{}) << "</th>";
  for (int n : portfolio.selected())
    out << fmt::format("<th><abbr title=\"{}\">{}</abbr></th>",
                       h(o.catalogue->find(n)->short_title.in(o.lang)), n);
  out << "<th class=\"num\">" << h(o.lang, texts::report_column_coverage{})
      << "</th></tr></thead>\n";
  out << "<tbody>\n";
  for (const auto& row : portfolio.rows()) {
    out << "<tr><td>" << h(row.label) << "</td>";
    for (const auto& mark : row.marks)
      out << (mark ? status_cell(*mark, o.lang, false) : "<td></td>");
    out << "<td class=\"num\">" << h(percent_text(row.percent)) << "</td></tr>\n";
  }
  out << "<tr><th>" << h(o.lang, texts::report_portfolio_covered{}) << "</th>";
  for (std::size_t i = 0; i < portfolio.selected().size(); ++i)
    out << "<td class=\"num\">" << portfolio.covering(i, false) << "</td>";
  out << "<td></td></tr>\n</tbody>\n</table></div>\n";
  out << "<ul class=\"legend\">\n";
  for (Status s : {Status::addressed, Status::partial, Status::planned, Status::not_addressed,
                   Status::not_described, Status::not_applicable})
    out << fmt::format("<li><span class=\"{}\">{}</span> {}</li>\n", status_class(s),
                       h(status_mark(s)), h(status_text(s, o.lang)));
  out << "</ul>\n</section>\n";
}

// The page: its head as soon as the title is known (a single file's page is named after it),
// each file's section as it comes, and the portfolio and footer at the end.
class HtmlWriter final : public ReportWriter {
 public:
  HtmlWriter(const RenderOptions& o, std::ostream& out) : o_(o), out_(out) {}

  void begin(const ReportStart& start) override {
    files_ = start.files;
    portfolio_ = Portfolio(start.selected);
    if (files_ != 1) head(nullptr);
  }

  void file(const FileReport& file) override {
    if (!headed_) head(&file);
    const Levels levels = files_ > 1 ? Levels{2, 3, 4} : Levels{1, 2, 3};
    file_section(file, index_++, o_, levels, out_);
    if (portfolio()) portfolio_.add(file);
  }

  void end(const check::Summary& summary) override {
    if (!headed_) head(nullptr);
    if (portfolio()) heat_map(portfolio_, o_, out_);
    out_ << "<footer>\n";
    if (o_.coverage && !o_.quiet) {
      out_ << "<p class=\"meaning\">" << h(o_.lang, coverage_meaning_message()) << "</p>\n";
      out_ << "<p class=\"scope\">" << h(o_.lang, texts::report_html_scope{}) << "</p>\n";
    }
    out_ << "<p>" << h(o_.lang, summary_message(summary)) << "</p>\n<p>"
         << h(o_.lang, texts::report_html_footer{.version = ROUTEKAART_VERSION})
         << "</p>\n</footer>\n"
         << "</main>\n</body>\n</html>\n";
  }

 private:
  bool portfolio() const { return files_ > 1 && o_.coverage && !o_.quiet; }

  // `single`: the one file of the page, which names it.
  void head(const FileReport* single) {
    headed_ = true;
    const Lang lang = o_.lang;
    const std::string title =
        single ? tr(lang, texts::report_html_title{.name = one_line(single->label())})
               : tr(lang, texts::report_title{});
    out_ << "<!DOCTYPE html>\n<html lang=\"" << lang_code(lang) << "\">\n<head>\n"
         << "<meta charset=\"utf-8\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<title>" << h(title) << "</title>\n<style>" << html_stylesheet() << "</style>\n"
         << "</head>\n<body>\n<main>\n";
    out_ << "<h1>" << h(single ? one_line(single->label()) : tr(lang, texts::report_title{}))
         << "</h1>\n";
  }

  const RenderOptions o_;
  std::ostream& out_;
  std::size_t files_ = 0;
  std::size_t index_ = 0;
  bool headed_ = false;
  Portfolio portfolio_;
};

}  // namespace

std::unique_ptr<ReportWriter> html_writer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<HtmlWriter>(options, out);
}

void render_html(const Report& report, const RenderOptions& o, std::ostream& out) {
  write_report(html_writer, report, o, out);
}

}  // namespace routekaart::render
