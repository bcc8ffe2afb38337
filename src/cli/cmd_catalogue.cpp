// `list`, `explain` and `rules`: the catalogue and the rule table, in text, Markdown or JSON.
#include <fmt/format.h>

#include <sstream>

#include "catalogue/rules.hpp"
#include "cli/commands.hpp"
#include "common/messages.hpp"
#include "render/escape.hpp"
#include "render/json_writer.hpp"
#include "render/style.hpp"

namespace routekaart::cli {
using catalogue::Relation;
using catalogue::Rule;
using catalogue::rules;
using catalogue::Signpost;
using render::escape_markdown;
using render::escape_markdown_cell;
using render::JsonWriter;
using render::pad;
using render::Style;

namespace {

std::string audience_text(const Signpost& s, Lang lang) {
  std::vector<std::string> parts;
  for (const auto& a : s.audience) parts.push_back(msg(lang, "audience.short." + a));
  return fmt::format("{}", fmt::join(parts, ", "));
}

void list_text(const Context& ctx, std::ostream& out) {
  const Style s(ctx.color);
  out << s.bold(fmt::format("{:>3}  {}  {}  {}", "#", pad(msg(ctx.lang, "text.signpost"), 62),
                            pad(msg(ctx.lang, "list.audience"), 28),
                            msg(ctx.lang, "text.elements")))
      << '\n';
  for (const auto& sp : ctx.catalogue.signposts)
    out << fmt::format("{:>3}  {}  {}  {}\n", sp.number, pad(sp.title.in(ctx.lang), 62),
                       pad(audience_text(sp, ctx.lang), 28), sp.elements.size());
}

void list_markdown(const Context& ctx, std::ostream& out) {
  out << "# " << msg(ctx.lang, "list.title") << "\n\n| # | " << msg(ctx.lang, "text.signpost")
      << " | " << msg(ctx.lang, "list.audience") << " | " << msg(ctx.lang, "text.elements")
      << " |\n|--:|---|---|--:|\n";
  for (const auto& sp : ctx.catalogue.signposts)
    out << fmt::format("| {} | {} | {} | {} |\n", sp.number,
                       escape_markdown_cell(sp.title.in(ctx.lang)),
                       escape_markdown_cell(audience_text(sp, ctx.lang)), sp.elements.size());
}

void write_text(JsonWriter& w, std::string_view key, const Bilingual& t) {
  w.key(key).begin_object().field("nl", t.nl).field("en", t.en).end_object();
}

void signpost_json(JsonWriter& w, const Signpost& sp, bool full) {
  w.begin_object().field("number", sp.number).field("slug", sp.slug);
  write_text(w, "title", sp.title);
  w.field("title_en_source", sp.title_en_source);
  write_text(w, "short_title", sp.short_title);
  w.key("audience").begin_array();
  for (const auto& a : sp.audience) w.value(a);
  w.end_array();
  if (!full) {
    w.field("elements", sp.elements.size()).end_object();
    return;
  }
  write_text(w, "summary", sp.summary);
  write_text(w, "hint", sp.hint);
  w.key("elements").begin_array();
  for (const auto& e : sp.elements) {
    w.begin_object().field("id", e.id);
    write_text(w, "text", e.text);
    w.end_object();
  }
  w.end_array().key("questions").begin_array();
  for (const auto& q : sp.questions) {
    w.begin_object().field("nl", q.nl).field("en", q.en).end_object();
  }
  w.end_array().key("related").begin_array();
  for (const auto& r : sp.related) {
    w.begin_object().field("number", r.number).field("kind", r.kind);
    write_text(w, "why", r.why);
    w.end_object();
  }
  w.end_array().field("source", sp.source).end_object();
}

std::string relation_text(const Relation& r, const Context& ctx) {
  return fmt::format("{} ({}): {} — {}", r.number,
                     ctx.catalogue.find(r.number)->short_title.in(ctx.lang),
                     msg(ctx.lang, "relation." + r.kind), r.why.in(ctx.lang));
}

void explain_text(const Signpost& sp, const Context& ctx, std::ostream& out) {
  const Lang l = ctx.lang;
  const Style s(ctx.color);
  out << s.bold(fmt::format("{} {} — {}", msg(l, "text.signpost"), sp.number, sp.title.in(l)))
      << '\n';
  out << msg(l, "explain.meta", sp.slug, audience_text(sp, l)) << "\n\n";
  out << sp.summary.in(l) << "\n\n" << s.bold(msg(l, "explain.elements")) << '\n';
  for (const auto& e : sp.elements) out << fmt::format("  {:<4} {}\n", e.id, e.text.in(l));
  out << '\n' << s.bold(msg(l, "explain.questions")) << '\n';
  for (const auto& q : sp.questions) out << "  - " << q.in(l) << '\n';
  if (!sp.related.empty()) {
    out << '\n' << s.bold(msg(l, "explain.related")) << '\n';
    for (const auto& r : sp.related) out << "  " << relation_text(r, ctx) << '\n';
  }
  out << '\n' << msg(l, "explain.source", sp.source) << '\n';
  if (sp.title_en_source == "translation") out << msg(l, "explain.translation") << '\n';
}

void explain_markdown(const Signpost& sp, const Context& ctx, std::ostream& out) {
  const Lang l = ctx.lang;
  out << "# " << msg(l, "text.signpost") << ' ' << sp.number << ": "
      << escape_markdown(sp.title.in(l)) << "\n\n"
      << escape_markdown(msg(l, "explain.meta", sp.slug, audience_text(sp, l))) << "\n\n"
      << escape_markdown(sp.summary.in(l)) << "\n\n## " << msg(l, "explain.elements") << "\n\n";
  for (const auto& e : sp.elements)
    out << "- **" << e.id << "** " << escape_markdown(e.text.in(l)) << '\n';
  out << "\n## " << msg(l, "explain.questions") << "\n\n";
  for (const auto& q : sp.questions) out << "- " << escape_markdown(q.in(l)) << '\n';
  if (!sp.related.empty()) {
    out << "\n## " << msg(l, "explain.related") << "\n\n";
    for (const auto& r : sp.related) out << "- " << escape_markdown(relation_text(r, ctx)) << '\n';
  }
  out << '\n' << escape_markdown(msg(l, "explain.source", sp.source)) << '\n';
  if (sp.title_en_source == "translation")
    out << '\n' << escape_markdown(msg(l, "explain.translation")) << '\n';
}

void rule_json(JsonWriter& w, const Rule& r) {
  w.begin_object().field("id", rule_name(r.id)).field("severity", severity_name(r.severity));
  w.key("signpost");
  if (r.signpost)
    w.value(r.signpost);
  else
    w.null();
  write_text(w, "title", r.title);
  write_text(w, "description", r.description);
  write_text(w, "remedy", r.remedy);
  w.end_object();
}

int explain_rule(const Rule& r, Context& ctx, const Options& opt) {
  const Lang l = ctx.lang;
  std::ostringstream out;
  if (opt.format == "json") {
    JsonWriter w(out);
    rule_json(w, r);
  } else if (opt.format == "markdown") {
    out << "# " << rule_name(r.id) << ": " << escape_markdown(r.title.in(l)) << "\n\n"
        << msg(l, "rules.severity", severity_name(r.severity)) << "\n\n"
        << escape_markdown(r.description.in(l)) << "\n\n"
        << escape_markdown(msg(l, "rules.remedy", r.remedy.in(l))) << '\n';
  } else {
    out << Style(ctx.color).bold(fmt::format("{} — {}", rule_name(r.id), r.title.in(l))) << '\n'
        << msg(l, "rules.severity", severity_name(r.severity)) << "\n\n"
        << r.description.in(l) << "\n\n"
        << msg(l, "rules.remedy", r.remedy.in(l)) << '\n';
  }
  return emit(ctx, opt, out.str());
}

}  // namespace

int cmd_list(Context& ctx, const Options& opt) {
  std::ostringstream out;
  if (opt.format == "json") {
    JsonWriter w(out);
    w.begin_object().key("signposts").begin_array();
    for (const auto& sp : ctx.catalogue.signposts) signpost_json(w, sp, false);
    w.end_array().end_object();
  } else if (opt.format == "markdown") {
    list_markdown(ctx, out);
  } else {
    list_text(ctx, out);
  }
  return emit(ctx, opt, out.str());
}

int cmd_explain(Context& ctx, const Options& opt) {
  if (const std::optional<RuleId> id = parse_rule_id(opt.topic))
    return explain_rule(catalogue::rule(*id), ctx, opt);
  const Signpost* sp = ctx.catalogue.lookup(opt.topic);
  if (!sp) {
    std::vector<std::string> slugs;
    for (const auto& s : ctx.catalogue.signposts) slugs.push_back(s.slug);
    return usage_error(ctx, msg(ctx.lang, "explain.unknown", opt.topic),
                       msg(ctx.lang, "explain.unknown.hint", fmt::join(slugs, ", ")));
  }
  std::ostringstream out;
  if (opt.format == "json") {
    JsonWriter w(out);
    signpost_json(w, *sp, true);
  } else if (opt.format == "markdown") {
    explain_markdown(*sp, ctx, out);
  } else {
    explain_text(*sp, ctx, out);
  }
  return emit(ctx, opt, out.str());
}

int cmd_rules(Context& ctx, const Options& opt) {
  std::ostringstream out;
  const Lang l = ctx.lang;
  if (opt.format == "json") {
    JsonWriter w(out);
    w.begin_object().key("rules").begin_array();
    for (const auto& r : rules()) rule_json(w, r);
    w.end_array().end_object();
  } else if (opt.format == "markdown") {
    out << "# " << msg(l, "rules.title") << "\n\n| " << msg(l, "md.rule") << " | "
        << msg(l, "md.severity") << " | " << msg(l, "rules.what") << " |\n|---|---|---|\n";
    for (const auto& r : rules())
      out << fmt::format("| {} | {} | {} |\n", rule_name(r.id), severity_name(r.severity),
                         escape_markdown_cell(r.title.in(l)));
  } else {
    for (const auto& r : rules())
      out << fmt::format("{}  {}  {}\n", rule_name(r.id), pad(severity_name(r.severity), 7),
                         r.title.in(l));
    out << '\n' << msg(l, "rules.more") << '\n';
  }
  return emit(ctx, opt, out.str());
}

}  // namespace routekaart::cli
