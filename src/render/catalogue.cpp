#include "render/catalogue.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "common/audience.hpp"
#include "common/strings.hpp"
#include "generated/texts/catalogue_view.hpp"
#include "render/escape.hpp"
#include "render/json_writer.hpp"
#include "render/style.hpp"

namespace routekaart::render {
using catalogue::Relation;
using catalogue::Rule;
using catalogue::rules;
using catalogue::Signpost;

namespace {

// The words of each audience in a list or a signpost's heading.
Message audience_label(Audience audience) {
  switch (audience) {
    case Audience::practitioners:
      return texts::list_audience_practitioners{};
    case Audience::managers:
      break;
  }
  return texts::list_audience_managers{};
}

// How a signpost relates to another, as catalogue files write it, and its words.
constexpr std::array<std::pair<std::string_view, TextId>, 5> kRelationKinds{{
    {"builds-on", texts::explain_relation_builds_on::text_id},
    {"basis-for", texts::explain_relation_basis_for::text_id},
    {"supports", texts::explain_relation_supports::text_id},
    {"supported-by", texts::explain_relation_supported_by::text_id},
    {"see-also", texts::explain_relation_see_also::text_id},
}};

// When an element applies, in words: "" for always.
std::string condition_text(catalogue::Condition condition, Lang lang) {
  switch (condition) {
    case catalogue::Condition::always:
      return "";
    case catalogue::Condition::alternative_programme:
      return tr(lang, texts::explain_condition_alternative_programme{});
    case catalogue::Condition::clinical_setting:
      return tr(lang, texts::explain_condition_clinical_setting{});
  }
  return "";
}

// An element's text, with its condition in front when it has one.
std::string element_text(const catalogue::Element& e, Lang lang) {
  const std::string condition = condition_text(e.condition, lang);
  return condition.empty() ? e.text.in(lang) : condition + " " + e.text.in(lang);
}

std::string relation_kind_text(std::string_view kind, Lang lang) {
  for (const auto& [word, text] : kRelationKinds)
    if (word == kind) return tr(lang, Message{text, {}});
  return std::string(kind);  // the catalogue's validation allows no other kind
}

std::string audience_text(const Signpost& s, Lang lang) {
  std::vector<std::string> parts;
  for (const auto& a : s.audience) {
    const std::optional<Audience> audience = parse_audience(a);
    parts.push_back(audience ? tr(lang, audience_label(*audience)) : a);
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

void list_text(const catalogue::Catalogue& catalogue, Lang lang, bool color, std::ostream& out) {
  const Style s(color);
  // Each column as wide as its widest entry, in display width (titles hold é, ë).
  const std::string signpost = tr(lang, texts::list_column_signpost{});
  const std::string audience = tr(lang, texts::list_column_audience{});
  std::size_t title_width = display_width(signpost), audience_width = display_width(audience);
  for (const auto& sp : catalogue.signposts) {
    title_width = std::max(title_width, display_width(sp.title.in(lang)));
    audience_width = std::max(audience_width, display_width(audience_text(sp, lang)));
  }
  out << s.bold(fmt::format("{:>3}  {}  {}  {}", "#", pad(signpost, title_width),
                            pad(audience, audience_width), tr(lang, texts::list_column_elements{})))
      << '\n';
  for (const auto& sp : catalogue.signposts)
    out << fmt::format("{:>3}  {}  {}  {}\n", sp.number, pad(sp.title.in(lang), title_width),
                       pad(audience_text(sp, lang), audience_width), sp.elements.size());
  out << '\n' << tr(lang, texts::list_scope{}) << '\n';
}

void list_markdown(const catalogue::Catalogue& catalogue, Lang lang, std::ostream& out) {
  out << "# " << tr(lang, texts::list_title{}) << "\n\n| # | "
      << tr(lang, texts::list_column_signpost{}) << " | " << tr(lang, texts::list_column_audience{})
      << " | " << tr(lang, texts::list_column_elements{}) << " |\n|--:|---|---|--:|\n";
  for (const auto& sp : catalogue.signposts)
    out << fmt::format("| {} | {} | {} | {} |\n", sp.number,
                       escape_markdown_cell(sp.title.in(lang)),
                       escape_markdown_cell(audience_text(sp, lang)), sp.elements.size());
  out << '\n' << escape_markdown(tr(lang, texts::list_scope{})) << '\n';
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
    if (e.condition != catalogue::Condition::always)
      w.field("condition", catalogue::kConditions[static_cast<std::size_t>(e.condition)].word);
    write_text(w, "text", e.text);
    w.end_object();
  }
  w.end_array().key("questions").begin_array();
  for (const auto& q : sp.questions)
    w.begin_object().field("nl", q.nl).field("en", q.en).end_object();
  w.end_array().key("related").begin_array();
  for (const auto& r : sp.related) {
    w.begin_object().field("number", r.number).field("kind", r.kind).field("evidence", r.evidence);
    write_text(w, "why", r.why);
    w.end_object();
  }
  w.end_array().field("source", sp.source).end_object();
}

std::string relation_text(const catalogue::Catalogue& catalogue, const Relation& r, Lang lang) {
  const Signpost* other = catalogue.find(r.number);
  return tr(lang, texts::explain_relation{.number = r.number,
                                          .relation = relation_kind_text(r.kind, lang),
                                          .title = other ? other->short_title.in(lang) : "",
                                          .why = r.why.in(lang)});
}

std::string meta_text(const Signpost& sp, Lang lang) {
  return tr(lang, texts::explain_meta{.audience = audience_text(sp, lang), .slug = sp.slug});
}

void signpost_text(const catalogue::Catalogue& catalogue, const Signpost& sp, Lang l, bool color,
                   std::ostream& out) {
  const Style s(color);
  out << s.bold(tr(l, texts::explain_title{.number = sp.number, .title = sp.title.in(l)})) << '\n';
  out << meta_text(sp, l) << "\n\n";
  out << sp.summary.in(l) << "\n\n" << s.bold(tr(l, texts::explain_elements{})) << '\n';
  for (const auto& e : sp.elements) out << fmt::format("  {:<4} {}\n", e.id, element_text(e, l));
  out << '\n' << s.bold(tr(l, texts::explain_questions{})) << '\n';
  for (const auto& q : sp.questions) out << "  - " << q.in(l) << '\n';
  if (!sp.related.empty()) {
    out << '\n' << s.bold(tr(l, texts::explain_related{})) << '\n';
    for (const auto& r : sp.related) out << "  " << relation_text(catalogue, r, l) << '\n';
  }
  out << '\n' << tr(l, texts::explain_source{.source = sp.source}) << '\n';
  if (sp.title_en_source == "translation") out << tr(l, texts::explain_translation{}) << '\n';
}

void signpost_markdown(const catalogue::Catalogue& catalogue, const Signpost& sp, Lang l,
                       std::ostream& out) {
  out << "# "
      << tr(l, texts::explain_title_markdown{.number = sp.number, .title = sp.title.in(l)},
            escape_markdown)
      << "\n\n"
      << escape_markdown(meta_text(sp, l)) << "\n\n"
      << escape_markdown(sp.summary.in(l)) << "\n\n## " << tr(l, texts::explain_elements{})
      << "\n\n";
  for (const auto& e : sp.elements)
    out << "- **" << e.id << "** " << escape_markdown(element_text(e, l)) << '\n';
  out << "\n## " << tr(l, texts::explain_questions{}) << "\n\n";
  for (const auto& q : sp.questions) out << "- " << escape_markdown(q.in(l)) << '\n';
  if (!sp.related.empty()) {
    out << "\n## " << tr(l, texts::explain_related{}) << "\n\n";
    for (const auto& r : sp.related)
      out << "- " << escape_markdown(relation_text(catalogue, r, l)) << '\n';
  }
  out << '\n' << escape_markdown(tr(l, texts::explain_source{.source = sp.source})) << '\n';
  if (sp.title_en_source == "translation")
    out << '\n' << escape_markdown(tr(l, texts::explain_translation{})) << '\n';
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

}  // namespace

void render_list(const catalogue::Catalogue& catalogue, Lang lang, bool color, Format format,
                 std::ostream& out) {
  switch (format) {
    case Format::json: {
      JsonWriter w(out);
      w.begin_object().key("signposts").begin_array();
      for (const auto& sp : catalogue.signposts) signpost_json(w, sp, false);
      w.end_array().end_object();
      return;
    }
    case Format::markdown:
      list_markdown(catalogue, lang, out);
      return;
    default:
      list_text(catalogue, lang, color, out);
  }
}

void render_signpost(const catalogue::Catalogue& catalogue, const Signpost& signpost, Lang lang,
                     bool color, Format format, std::ostream& out) {
  switch (format) {
    case Format::json: {
      JsonWriter w(out);
      signpost_json(w, signpost, true);
      return;
    }
    case Format::markdown:
      signpost_markdown(catalogue, signpost, lang, out);
      return;
    default:
      signpost_text(catalogue, signpost, lang, color, out);
  }
}

void render_rule(const Rule& r, Lang l, bool color, Format format, std::ostream& out) {
  const std::string severity = tr(l, texts::rules_severity{.severity = severity_name(r.severity)});
  switch (format) {
    case Format::json: {
      JsonWriter w(out);
      rule_json(w, r);
      return;
    }
    case Format::markdown:
      out << "# " << rule_name(r.id) << ": " << escape_markdown(r.title.in(l)) << "\n\n"
          << severity << "\n\n"
          << escape_markdown(r.description.in(l)) << "\n\n"
          << escape_markdown(tr(l, texts::rules_remedy{.remedy = r.remedy.in(l)})) << '\n';
      return;
    default:
      out << Style(color).bold(fmt::format("{} — {}", rule_name(r.id), r.title.in(l))) << '\n'
          << severity << "\n\n"
          << r.description.in(l) << "\n\n"
          << tr(l, texts::rules_remedy{.remedy = r.remedy.in(l)}) << '\n';
  }
}

void render_rules(Lang l, bool color, Format format, std::ostream& out) {
  switch (format) {
    case Format::json: {
      JsonWriter w(out);
      w.begin_object().key("rules").begin_array();
      for (const auto& r : rules()) rule_json(w, r);
      w.end_array().end_object();
      return;
    }
    case Format::markdown:
      out << "# " << tr(l, texts::rules_title{}) << "\n\n| " << tr(l, texts::rules_column_rule{})
          << " | " << tr(l, texts::rules_column_severity{}) << " | "
          << tr(l, texts::rules_column_what{}) << " |\n|---|---|---|\n";
      for (const auto& r : rules())
        out << fmt::format("| {} | {} | {} |\n", rule_name(r.id), severity_name(r.severity),
                           escape_markdown_cell(r.title.in(l)));
      return;
    default:
      (void)color;  // the list has no emphasis
      for (const auto& r : rules())
        out << fmt::format("{}  {}  {}\n", rule_name(r.id), pad(severity_name(r.severity), 7),
                           r.title.in(l));
      out << '\n' << tr(l, texts::rules_more{}) << '\n';
  }
}

void render_rules_reference(std::ostream& out) {
  constexpr std::array<Lang, 2> kOrder{Lang::en, Lang::nl};
  out << "# " << tr(Lang::en, texts::rules_title{}) << " / " << tr(Lang::nl, texts::rules_title{})
      << "\n\n<!-- Generated from rules/rules.yaml by `cmake --build build --target rules-readme`;"
         " do not edit. -->\n";
  for (Lang l : kOrder)
    out << '\n' << escape_markdown(tr(l, texts::rules_reference_intro{})) << '\n';
  out << "\n| " << tr(Lang::en, texts::rules_column_rule{}) << " | "
      << tr(Lang::en, texts::rules_column_severity{}) << " | "
      << tr(Lang::en, texts::rules_column_what{}) << " | "
      << tr(Lang::nl, texts::rules_column_what{}) << " |\n|---|---|---|---|\n";
  for (const auto& r : rules()) {
    const std::string id(rule_name(r.id));
    std::string anchor = id;
    for (char& c : anchor) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out << fmt::format("| [{}](#{}) | {} | {} | {} |\n", id, anchor, severity_name(r.severity),
                       escape_markdown_cell(r.title.en), escape_markdown_cell(r.title.nl));
  }
  for (const auto& r : rules()) {
    out << "\n## " << rule_name(r.id) << '\n';
    for (Lang l : kOrder) {
      std::string about = tr(l, texts::rules_severity{.severity = severity_name(r.severity)});
      if (is_fixed_rule(r.id)) about += ", " + tr(l, texts::rules_reference_fixed{});
      out << "\n**" << escape_markdown(r.title.in(l)) << "** (" << escape_markdown(about) << ")\n\n"
          << escape_markdown(r.description.in(l)) << "\n\n"
          << escape_markdown(tr(l, texts::rules_remedy{.remedy = r.remedy.in(l)})) << '\n';
    }
  }
}

}  // namespace routekaart::render
