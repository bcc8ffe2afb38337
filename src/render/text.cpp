// The terminal report: header, one row per signpost, the gap report, the findings.
#include <fmt/format.h>

#include <cmath>

#include "common/strings.hpp"
#include "generated/texts/ci.hpp"
#include "generated/texts/report.hpp"
#include "render/escape.hpp"
#include "render/format.hpp"
#include "render/portfolio.hpp"
#include "render/report_words.hpp"
#include "render/style.hpp"

namespace routekaart::render {
using catalogue::Signpost;
using check::Coverage;
using check::FileReport;
using check::Report;

namespace {

std::string bar(double coverage) {
  const int full = static_cast<int>(std::lround(coverage * 10));
  std::string out;
  for (int i = 0; i < 10; ++i) out += i < full ? "█" : "░";
  return out;
}

void header(const FileReport& file, const RenderOptions& o, std::ostream& out) {
  const Style s(o.color);
  const Coverage& c = file.coverage;
  out << s.bold(fmt::format("{} — {}", escape_terminal(one_line(file.label())),
                            escape_terminal(file.path)))
      << '\n';
  out << tr(o.lang, coverage_message(c)) << '\n';
  std::vector<std::string> parts;
  for (const auto& a : c.by_audience)
    parts.push_back(
        fmt::format("{} {}", tr(o.lang, audience_message(a.audience)), percent_text(a.percent)));
  out << "  " << fmt::format("{}", fmt::join(parts, " · ")) << '\n';
  if (c.elements.described > 0)
    out << "  " << tr(o.lang, element_coverage_message(c.elements)) << '\n';
  out << '\n';
}

void table(const FileReport& file, const RenderOptions& o, std::ostream& out) {
  const Style s(o.color);
  out << s.bold(fmt::format(
             "{:>3}  {:<28}  {} {:<15} {}", "#", tr(o.lang, texts::report_signpost{}),
             pad(tr(o.lang, texts::report_column_status{}), status_label_width(o.lang) + 1),
             tr(o.lang, texts::report_column_coverage{}),
             tr(o.lang, texts::report_column_elements{})))
      << '\n';
  for (const auto& r : file.signposts) {
    const Signpost& sp = *o.catalogue->find(r.number);
    std::string cover =
        r.applicable ? fmt::format("{} {:>4}", bar(r.coverage), percent_text(100.0 * r.coverage))
                     : std::string(15, ' ');
    std::string elements = r.from_elements ? tr(o.lang, element_counts_message(r)) : "";
    out << fmt::format(
               "{:>3}  {}  {}  {}  {}", r.number, pad(sp.short_title.in(o.lang), 28),
               s.status(pad(status_label(o.lang, r.status), status_label_width(o.lang)), r.status),
               cover, elements)
        << '\n';
  }
  out << '\n';
}

// "(planned) " before an element the file lists as open; nothing for one it does not list.
std::string listed_status(const check::SignpostResult& r, std::size_t i, Lang lang) {
  const check::ElementResult& e = r.elements[i];
  if (!e.listed) return "";
  return tr(lang, texts::report_element_listed{.status = status_label(e.status)}) + " ";
}

void gaps(const FileReport& file, const RenderOptions& o, std::ostream& out) {
  const Style s(o.color);
  bool any = false;
  for (const auto& r : file.signposts) {
    if (!in_gap_report(r)) continue;
    if (!any) out << s.bold(tr(o.lang, texts::report_gaps{})) << '\n';
    any = true;
    const Signpost& sp = *o.catalogue->find(r.number);
    out << "\n  "
        << tr(o.lang,
              texts::report_gap{
                  .number = r.number, .status = status_label(r.status), .title = sp.title})
        << '\n';
    out << "    " << tr(o.lang, texts::report_missing_elements{}) << '\n';
    for (std::size_t i = 0; i < sp.elements.size(); ++i)
      if (open_in_gap_report(r, i))
        out << fmt::format("      {}  {}{}\n", sp.elements[i].id, listed_status(r, i, o.lang),
                           sp.elements[i].text.in(o.lang));
    out << "    " << tr(o.lang, texts::report_questions{}) << '\n';
    for (const auto& q : sp.questions) out << "      - " << q.in(o.lang) << '\n';
    if (!sp.related.empty()) {
      std::vector<std::string> related;
      for (const auto& rel : sp.related)
        related.push_back(fmt::format("{} ({})", rel.number,
                                      o.catalogue->find(rel.number)->short_title.in(o.lang)));
      out << "    "
          << tr(o.lang,
                texts::report_related{.signposts = fmt::format("{}", fmt::join(related, ", "))})
          << '\n';
    }
  }
  if (any) out << '\n';
}

}  // namespace

void render_findings_text(const Diagnostics& findings, const RenderOptions& o, std::ostream& out) {
  const Style s(o.color);
  for (const auto& d : findings) {
    const std::string file = escape_terminal(d.location.file);
    std::string where = d.location.line > 0
                            ? fmt::format("{}:{}:{}", file, d.location.line, d.location.column)
                            : file;
    out << fmt::format("{}: {}: {} [{}]\n", s.bold(where), s.severity(d.severity),
                       tr(o.lang, d.message, escape_terminal), rule_name(d.rule));
    if (std::string hint = hint_text(d, o.lang, escape_terminal); !hint.empty())
      out << "    " << tr(o.lang, texts::report_hint{.hint = std::move(hint)}) << '\n';
  }
}

namespace {

class TextWriter final : public ReportWriter {
 public:
  TextWriter(const RenderOptions& o, std::ostream& out) : o_(o), out_(out) {}

  void begin(const ReportStart& start) override {
    files_ = start.files;
    portfolio_ = Portfolio(start.selected);
  }

  void file(const FileReport& file) override {
    const RenderOptions& o = o_;
    if (o.coverage && file.parsed && !o.quiet) {
      header(file, o, out_);
      table(file, o, out_);
      gaps(file, o, out_);
      if (!file.findings.empty())
        out_ << Style(o.color).bold(tr(o.lang, texts::report_findings{})) << '\n';
    }
    render_findings_text(file.findings, o, out_);
    if (o.verbose)
      for (const auto& d : file.suppressed)
        out_ << tr(o.lang,
                   texts::report_suppressed{.file = d.location.file,
                                            .line = d.location.line,
                                            .reason = hint_text(d, o.lang),
                                            .rule = rule_name(d.rule)},
                   escape_terminal)
             << '\n';
    if (o.verbose)
      for (const auto& d : file.baselined)
        out_ << tr(o.lang,
                   texts::report_baselined{.file = d.location.file,
                                           .line = d.location.line,
                                           .message = d.message,
                                           .rule = rule_name(d.rule)},
                   escape_terminal)
             << '\n';
    if (o.coverage && file.parsed && !o.quiet && files_ > 1) out_ << '\n';
    if (portfolio()) portfolio_.add(file);
  }

  void end(const check::Summary& summary) override {
    if (portfolio()) render_portfolio_text(portfolio_, o_, out_);
    if (o_.coverage && !o_.quiet && files_ > 0)
      out_ << tr(o_.lang, coverage_meaning_message()) << '\n';
    if (!o_.quiet) out_ << tr(o_.lang, summary_message(summary)) << '\n';
  }

 private:
  bool portfolio() const { return o_.coverage && files_ > 1 && !o_.quiet; }

  const RenderOptions o_;
  std::ostream& out_;
  std::size_t files_ = 0;
  Portfolio portfolio_;
};

}  // namespace

std::unique_ptr<ReportWriter> text_writer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<TextWriter>(options, out);
}

void render_text(const Report& report, const RenderOptions& o, std::ostream& out) {
  write_report(text_writer, report, o, out);
}

}  // namespace routekaart::render
