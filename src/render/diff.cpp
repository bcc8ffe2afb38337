#include "render/diff.hpp"

#include <fmt/format.h>

#include "common/strings.hpp"
#include "generated/texts/diff.hpp"
#include "render/escape.hpp"
#include "render/format.hpp"
#include "render/json_writer.hpp"
#include "render/ratings.hpp"

namespace routekaart::render {
using catalogue::Catalogue;
using check::Coverage;
using check::Diff;
using check::RatingMove;
using check::Side;

namespace {

std::string points_text(const Coverage& a, const Coverage& b) {
  if (!a.percent || !b.percent) return "–";
  return fmt::format("{:+.1f}", *b.percent - *a.percent);
}

std::string arrow(const std::string& from, const std::string& to) {
  return from + " → " + to;
}

std::string move_text(const RatingMove& m, Lang l) {
  return tr(
      l, texts::diff_rating_line{
             .attention = arrow(decimal_text(m.old_attention), decimal_text(m.new_attention)),
             .importance = arrow(decimal_text(m.old_importance), decimal_text(m.new_importance))});
}

std::string counts_text(const Coverage& a, const Coverage& b, Lang l) {
  auto pair = [](int x, int y) { return fmt::format("{} → {}", x, y); };
  return tr(l, texts::diff_counts{.addressed = pair(a.addressed, b.addressed),
                                  .not_applicable = pair(a.not_applicable, b.not_applicable),
                                  .open = pair(a.open, b.open),
                                  .partial = pair(a.partial, b.partial)});
}

std::string coverage_text(const Coverage& a, const Coverage& b, Lang l) {
  return tr(
      l, texts::diff_coverage{.change = points_text(a, b),
                              .coverage = arrow(percent_text(a.percent), percent_text(b.percent))});
}

// The raters, one after another, each escaped for the medium.
std::string raters_list(const std::vector<std::string>& raters, Escape escape) {
  std::vector<std::string> out;
  for (const auto& r : raters) out.push_back(escape(r));
  return fmt::format("{}", fmt::join(out, ", "));
}

void findings_markdown(const Diagnostics& findings, Lang l, std::ostream& out) {
  out << "| " << tr(l, texts::diff_col_place{}) << " | " << tr(l, texts::diff_col_rule{}) << " | "
      << tr(l, texts::diff_col_severity{}) << " | " << tr(l, texts::diff_col_message{})
      << " |\n|---|---|---|---|\n";
  for (const auto& f : findings)
    out << fmt::format("| {} | {} | {} | {} |\n",
                       escape_markdown_cell(f.location.file) +
                           fmt::format(":{}:{}", f.location.line, f.location.column),
                       rule_name(f.rule), severity_name(f.severity),
                       escape_markdown_cell(tr(l, f.message)));
}

void side_json(JsonWriter& w, std::string_view name, const Side& s) {
  const Coverage& c = s.report.coverage;
  w.key(name).begin_object().field("path", s.report.path);
  w.key("intervention");
  if (s.report.parsed)
    w.value(s.report.name);
  else
    w.null();
  w.field("valid", s.report.valid).key("coverage");
  if (!s.report.parsed) {
    w.null().end_object();
    return;
  }
  w.begin_object()
      .field("percent", c.percent)
      .field("addressed", c.addressed)
      .field("partial", c.partial)
      .field("open", c.open)
      .field("not_applicable", c.not_applicable)
      .end_object()
      .end_object();
}

void findings_json(JsonWriter& w, std::string_view name, const Diagnostics& findings, Lang l) {
  w.key(name).begin_array();
  for (const auto& d : findings) {
    w.begin_object().field("rule", rule_name(d.rule)).field("severity", severity_name(d.severity));
    w.key("signpost");
    if (d.signpost)
      w.value(d.signpost);
    else
      w.null();
    w.field("message", tr(l, d.message))
        .field("path", d.location.file)
        .field("line", d.location.line)
        .field("column", d.location.column)
        .end_object();
  }
  w.end_array();
}

// "practice, next steps, elements 1a, 1c": which texts of a signpost changed.
std::string text_change_words(const check::TextChange& c, Lang l, Escape escape) {
  std::vector<std::string> parts;
  if (c.practice) parts.push_back(tr(l, texts::diff_text_practice{}));
  if (c.next_steps) parts.push_back(tr(l, texts::diff_text_next_steps{}));
  if (c.elements.size() == 1)
    parts.push_back(tr(l, texts::diff_text_element{.element = c.elements.front()}, escape));
  else if (!c.elements.empty())
    parts.push_back(
        tr(l, texts::diff_text_elements{.elements = fmt::format("{}", fmt::join(c.elements, ", "))},
           escape));
  return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace

void render_diff_text(const Diff& d, const Catalogue& catalogue, Lang l, std::ostream& out) {
  const Coverage &a = d.before.report.coverage, &b = d.after.report.coverage;
  RenderOptions plain;
  plain.lang = l;
  out << tr(l, texts::diff_title{.new_path = d.after.report.path, .old_path = d.before.report.path},
            escape_terminal)
      << '\n'
      << coverage_text(a, b, l) << '\n';
  if (d.before.report.parsed && d.after.report.parsed) out << "  " << counts_text(a, b, l) << '\n';
  if (!d.status_changed.empty()) {
    out << '\n'
        << tr(l, texts::diff_h_statuses{}) << fmt::format(" ({}):\n", d.status_changed.size());
    for (int n : d.status_changed) {
      const auto& [sa, sb] = d.statuses[static_cast<std::size_t>(n - 1)];
      out << fmt::format("  {:>2}  {}: {}\n", n, catalogue.find(n)->short_title.in(l),
                         arrow(status_label(l, sa), status_label(l, sb)));
    }
  }
  if (!d.moves.empty()) {
    out << '\n' << tr(l, texts::diff_h_ratings{}) << fmt::format(" ({}):\n", d.moves.size());
    for (const auto& m : d.moves)
      out << fmt::format("  {:>2}  {}: {}\n", m.number, catalogue.find(m.number)->short_title.in(l),
                         move_text(m, l));
  }
  if (!d.texts.empty()) {
    out << '\n' << tr(l, texts::diff_h_texts{}) << fmt::format(" ({}):\n", d.texts.size());
    for (const auto& c : d.texts)
      out << fmt::format("  {:>2}  {}: {}\n", c.number, catalogue.find(c.number)->short_title.in(l),
                         text_change_words(c, l, nullptr));
  }
  if (!d.added.empty() || !d.removed.empty()) out << '\n';
  if (!d.added.empty())
    out << tr(l, texts::diff_added{.raters = raters_list(d.added, escape_terminal)}) << '\n';
  if (!d.removed.empty())
    out << tr(l, texts::diff_removed{.raters = raters_list(d.removed, escape_terminal)}) << '\n';
  if (!d.appeared.empty()) {
    out << '\n' << tr(l, texts::diff_h_appeared{}) << fmt::format(" ({}):\n", d.appeared.size());
    render_findings_text(d.appeared, plain, out);
  }
  if (!d.resolved.empty()) {
    out << '\n' << tr(l, texts::diff_h_resolved{}) << fmt::format(" ({}):\n", d.resolved.size());
    render_findings_text(d.resolved, plain, out);
  }
  if (d.empty()) out << '\n' << tr(l, texts::diff_none{}) << '\n';
}

void render_diff_markdown(const Diff& d, const Catalogue& catalogue, Lang l, std::ostream& out) {
  const Coverage &a = d.before.report.coverage, &b = d.after.report.coverage;
  out << "# "
      << tr(l, texts::diff_title{.new_path = d.after.report.path, .old_path = d.before.report.path},
            escape_markdown)
      << "\n\n"
      << coverage_text(a, b, l)
      << (d.before.report.parsed && d.after.report.parsed ? "; " + counts_text(a, b, l) : "")
      << ".\n";
  if (!d.status_changed.empty()) {
    out << "\n## " << tr(l, texts::diff_h_statuses{}) << "\n\n| # | "
        << tr(l, texts::diff_col_signpost{}) << " | " << tr(l, texts::diff_col_old{}) << " | "
        << tr(l, texts::diff_col_new{}) << " |\n|--:|---|---|---|\n";
    for (int n : d.status_changed) {
      const auto& [sa, sb] = d.statuses[static_cast<std::size_t>(n - 1)];
      out << fmt::format("| {} | {} | {} | {} |\n", n,
                         escape_markdown_cell(catalogue.find(n)->short_title.in(l)),
                         status_label(l, sa), status_label(l, sb));
    }
  }
  if (!d.moves.empty()) {
    out << "\n## " << tr(l, texts::diff_h_ratings{}) << "\n\n| # | "
        << tr(l, texts::diff_col_signpost{}) << " | " << tr(l, texts::diff_col_importance{})
        << " | " << tr(l, texts::diff_col_attention{}) << " |\n|--:|---|---|---|\n";
    for (const auto& m : d.moves)
      out << fmt::format("| {} | {} | {} | {} |\n", m.number,
                         escape_markdown_cell(catalogue.find(m.number)->short_title.in(l)),
                         arrow(decimal_text(m.old_importance), decimal_text(m.new_importance)),
                         arrow(decimal_text(m.old_attention), decimal_text(m.new_attention)));
  }
  if (!d.texts.empty()) {
    out << "\n## " << tr(l, texts::diff_h_texts{}) << "\n\n| # | "
        << tr(l, texts::diff_col_signpost{}) << " | " << tr(l, texts::diff_col_changed{})
        << " |\n|--:|---|---|\n";
    for (const auto& c : d.texts)
      out << fmt::format("| {} | {} | {} |\n", c.number,
                         escape_markdown_cell(catalogue.find(c.number)->short_title.in(l)),
                         escape_markdown_cell(text_change_words(c, l, nullptr)));
  }
  if (!d.added.empty() || !d.removed.empty()) {
    out << "\n## " << tr(l, texts::diff_h_raters{}) << "\n\n";
    if (!d.added.empty())
      out << "- " << tr(l, texts::diff_added{.raters = raters_list(d.added, escape_markdown)})
          << '\n';
    if (!d.removed.empty())
      out << "- " << tr(l, texts::diff_removed{.raters = raters_list(d.removed, escape_markdown)})
          << '\n';
  }
  if (!d.appeared.empty()) {
    out << "\n## " << tr(l, texts::diff_h_appeared{}) << "\n\n";
    findings_markdown(d.appeared, l, out);
  }
  if (!d.resolved.empty()) {
    out << "\n## " << tr(l, texts::diff_h_resolved{}) << "\n\n";
    findings_markdown(d.resolved, l, out);
  }
  if (d.empty()) out << '\n' << tr(l, texts::diff_none{}) << '\n';
}

void render_diff_json(const Diff& d, Lang l, std::ostream& out) {
  JsonWriter w(out);
  w.begin_object();
  w.key("routekaart").begin_object().field("version", ROUTEKAART_VERSION).field("format", 1);
  w.end_object().field("language", lang_code(l));
  side_json(w, "old", d.before);
  side_json(w, "new", d.after);
  const Coverage &a = d.before.report.coverage, &b = d.after.report.coverage;
  w.key("coverage_change");
  if (a.percent && b.percent)
    w.value(*b.percent - *a.percent);
  else
    w.null();
  w.key("status_changes").begin_array();
  for (int n : d.status_changed) {
    const auto& [sa, sb] = d.statuses[static_cast<std::size_t>(n - 1)];
    w.begin_object().field("id", n).field("old", status_word(sa)).field("new", status_word(sb));
    w.end_object();
  }
  w.end_array().key("rating_changes").begin_array();
  for (const auto& m : d.moves) {
    w.begin_object().field("id", m.number).key("importance").begin_object();
    w.field("old", m.old_importance).field("new", m.new_importance).end_object();
    w.key("attention").begin_object();
    w.field("old", m.old_attention).field("new", m.new_attention).end_object().end_object();
  }
  w.end_array().key("text_changes").begin_array();
  for (const auto& c : d.texts) {
    w.begin_object().field("id", c.number).field("practice", c.practice);
    w.field("next_steps", c.next_steps).key("elements").begin_array();
    for (const auto& id : c.elements) w.value(id);
    w.end_array().end_object();
  }
  w.end_array().key("raters").begin_object().key("added").begin_array();
  for (const auto& r : d.added) w.value(r);
  w.end_array().key("removed").begin_array();
  for (const auto& r : d.removed) w.value(r);
  w.end_array().end_object().key("findings").begin_object();
  findings_json(w, "appeared", d.appeared, l);
  findings_json(w, "resolved", d.resolved, l);
  w.end_object().field("changed", !d.empty()).end_object();
}

}  // namespace routekaart::render
