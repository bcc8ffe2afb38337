#include <doctest/doctest.h>

#include "helpers.hpp"

#include <algorithm>
#include <sstream>

#include "catalogue/rules.hpp"
#include "common/audience.hpp"
#include "common/strings.hpp"
#include "render/catalogue.hpp"

using routekaart::render::Format;
using routekaart::render::render_list;
using routekaart::render::render_rule;
using routekaart::render::render_rules;
using routekaart::render::render_signpost;
using routekaart::testing::count;
using routekaart::testing::embedded_catalogue;

using namespace routekaart;

namespace {

std::string list(Lang lang, Format format, bool color = false) {
  std::ostringstream out;
  render_list(embedded_catalogue(), lang, color, format, out);
  return out.str();
}

std::string signpost(int number, Lang lang, Format format, bool color = false) {
  std::ostringstream out;
  render_signpost(embedded_catalogue(), *embedded_catalogue().find(number), lang, color, format,
                  out);
  return out.str();
}

std::string rule(RuleId id, Lang lang, Format format, bool color = false) {
  std::ostringstream out;
  render_rule(catalogue::rule(id), lang, color, format, out);
  return out.str();
}

std::string rules(Lang lang, Format format) {
  std::ostringstream out;
  render_rules(lang, false, format, out);
  return out.str();
}

// `text` and spaces up to `width` columns (ASCII only).
std::string padded(std::string text, std::size_t width) {
  text.resize(std::max(width, text.size()), ' ');
  return text;
}

// Line `n` (0-based) of `text`.
std::string line(const std::string& text, std::size_t n) {
  std::istringstream in(text);
  std::string l;
  for (std::size_t i = 0; i <= n; ++i) std::getline(in, l);
  return l;
}

}  // namespace

TEST_CASE("audience table: names and parsing") {
  CHECK(audience_name(Audience::practitioners) == "practitioners");
  CHECK(audience_name(Audience::managers) == "managers");
  CHECK(parse_audience("managers") == Audience::managers);
  CHECK(parse_audience("practitioners") == Audience::practitioners);
  CHECK_FALSE(parse_audience("Managers").has_value());
  CHECK_FALSE(parse_audience("").has_value());
}

TEST_CASE("render_list: text, a header and one aligned row per signpost") {
  const std::string text = list(Lang::en, Format::text);
  CHECK(count(text, "\n") == 17);  // header, 14 rows, a blank line and the scope
  CHECK(
      line(text, 16).starts_with("These signposts are for tier 3: severe or chronic school "
                                 "refusal"));
  // Number, title, audience, elements, two spaces apart; each column as wide as its longest
  // entry, the longest audience being "practitioners, managers".
  std::size_t title = 0;
  for (const auto& sp : embedded_catalogue().signposts)
    title = std::max(title, display_width(sp.title.en));
  CHECK(line(text, 0) ==
        "  #  " + padded("Signpost", title) + "  " + padded("For", 23) + "  elements");
  CHECK(line(text, 6) == "  6  " + padded("Do not set the bar high at the start", title) + "  " +
                             padded("practitioners", 23) + "  6");
  CHECK(line(text, 11) == " 11  " + padded("Work together as education and care services", title) +
                              "  " + padded("practitioners, managers", 23) + "  6");
  const std::string nl = list(Lang::nl, Format::text);
  CHECK(line(nl, 0).starts_with("  #  Wegwijzer  "));
  CHECK(nl.find("uitvoerende professionals, managers") != std::string::npos);
  SUBCASE("long titles with é keep the columns in line: they align by display width") {
    std::size_t nl_title = 0;
    for (const auto& sp : embedded_catalogue().signposts)
      nl_title = std::max(nl_title, display_width(sp.title.nl));
    for (int row = 1; row <= 14; ++row) {
      CAPTURE(row);
      const std::string l = line(nl, static_cast<std::size_t>(row));
      std::size_t audience = l.find("uitvoerende");
      if (audience == std::string::npos) audience = l.find("managers");
      CHECK(display_width(l.substr(0, audience)) == 5 + nl_title + 2);
    }
  }
}

TEST_CASE("render_list: colour only in the header of the text") {
  const std::string text = list(Lang::en, Format::text, true);
  CHECK(text.starts_with("\x1b[1m  #  "));
  CHECK(count(text, "\x1b[") == 2);
  CHECK(list(Lang::en, Format::markdown, true).find('\x1b') == std::string::npos);
}

TEST_CASE("render_list: Markdown, a table with escaped cells") {
  const std::string md = list(Lang::nl, Format::markdown);
  CHECK(md.starts_with(
      "# De 14 wegwijzers\n\n| # | Wegwijzer | Voor | elementen |\n|--:|---|---|--:|\n| 1 | "));
  CHECK(md.find("\n| 11 | Werk samen als onderwijs en hulpverlening | uitvoerende professionals, "
                "managers | 6 |\n") != std::string::npos);
  CHECK(count(md, "\n| ") == 15);
}

TEST_CASE("render_list: JSON, every signpost with its number of elements") {
  const std::string json = list(Lang::nl, Format::json);
  CHECK(json.starts_with("{\n  \"signposts\": [\n    {\n      \"number\": 1,\n"));
  CHECK(count(json, "\"number\":") == 14);
  CHECK(json.find("\"elements\": 6\n") != std::string::npos);
  CHECK(json.find("\"summary\"") == std::string::npos);
  CHECK(json.ends_with("    }\n  ]\n}\n"));
}

TEST_CASE("render_list: a format the output does not accept is text") {
  CHECK(list(Lang::en, Format::sarif) == list(Lang::en, Format::text));
}

TEST_CASE("render_signpost: text in English, with relations and the translation note") {
  const std::string text = signpost(6, Lang::en, Format::text);
  CHECK(line(text, 0) == "Signpost 6 — Do not set the bar high at the start");
  CHECK(line(text, 1) == "Slug: niet-hoog-insteken · For: practitioners");
  CHECK(text.find("\nElements: what an intervention does\n  6a   Professionals temper the ") !=
        std::string::npos);
  CHECK(text.find("\nQuestions for the team\n  - ") != std::string::npos);
  CHECK(text.find("\nRelated signposts\n  3 (Availability and contact): supports — Signpost 6 "
                  "says that a calm start raises the quality of contact. The article does not "
                  "give the signpost number there; the link is this catalogue's reading.\n") !=
        std::string::npos);
  CHECK(text.find("\nSource: Heyne, D., & Brouwer-Borghuis, M. (2022).") != std::string::npos);
  CHECK(
      text.ends_with("\nThe English title is our translation, not the wording of the published "
                     "English article.\n"));
}

TEST_CASE("render_signpost: text in Dutch, relation kinds in words, bold headings in colour") {
  const std::string text = signpost(3, Lang::nl, Format::text);
  CHECK(line(text, 0) ==
        "Wegwijzer 3 — Investeer in jouw beschikbaarheid en de kwaliteit van het "
        "contact met de jongere en ouders");
  CHECK(line(text, 1) == "Slug: beschikbaarheid-en-contact · Voor: uitvoerende professionals");
  CHECK(text.find("  4 (Bereidheid en betrokkenheid): ondersteunt — ") != std::string::npos);
  CHECK(text.find("  6 (Niet hoog insteken): wordt ondersteund door — Volgens wegwijzer 6 ") !=
        std::string::npos);
  const std::string coloured = signpost(3, Lang::nl, Format::text, true);
  CHECK(coloured.starts_with("\x1b[1mWegwijzer 3 — "));
  CHECK(count(coloured, "\x1b[1m") == 4);  // title, elements, questions, related
  const std::string managers = signpost(14, Lang::en, Format::text);
  CHECK(line(managers, 1) == "Slug: middelen · For: managers");
}

TEST_CASE("render_signpost: Markdown escapes the catalogue's text, not the headings") {
  const std::string md = signpost(3, Lang::nl, Format::markdown);
  CHECK(line(md, 0) ==
        "# Wegwijzer 3: Investeer in jouw beschikbaarheid en de kwaliteit van het "
        "contact met de jongere en ouders");
  CHECK(line(md, 2) == "Slug: beschikbaarheid\\-en\\-contact · Voor: uitvoerende professionals");
  CHECK(md.find("\n## Elementen: wat een interventie doet\n\n- **3a** ") != std::string::npos);
  CHECK(md.find("\n## Verwante wegwijzers\n\n- 4 \\(Bereidheid en betrokkenheid\\): ondersteunt "
                "— ") != std::string::npos);
  CHECK(md.find('\x1b') == std::string::npos);
}

TEST_CASE("render_signpost: JSON in both languages, whatever the language asked") {
  const std::string json = signpost(10, Lang::en, Format::json);
  CHECK(json.starts_with("{\n  \"number\": 10,\n  \"slug\": \"beweging\",\n  \"title\": {\n"));
  CHECK(json.find("\"nl\": \"Creëer beweging\",\n    \"en\": \"Create movement\"") !=
        std::string::npos);
  CHECK(json == signpost(10, Lang::nl, Format::json));
  CHECK(json.find("\"related\": [") != std::string::npos);
}

TEST_CASE("render_rule: one rule in text, Markdown and JSON") {
  CHECK(rule(RuleId::RK103, Lang::nl, Format::text) ==
        "RK103 — Praktijk niet beschreven\nErnst: warning\n\nDe wegwijzer heet addressed of "
        "partial, maar 'practice' zegt niet wat het team doet.\n\nOplossing: Beschrijf in "
        "'practice' concreet wat jullie doen, voor wie en hoe vaak.\n");
  const std::string md = rule(RuleId::RK103, Lang::nl, Format::markdown);
  CHECK(md.starts_with("# RK103: Praktijk niet beschreven\n\nErnst: warning\n\n"));
  CHECK(md.find("\n\nOplossing: Beschrijf in 'practice' concreet") != std::string::npos);
  const std::string json = rule(RuleId::RK103, Lang::en, Format::json);
  CHECK(json.starts_with(
      "{\n  \"id\": \"RK103\",\n  \"severity\": \"warning\",\n  \"signpost\": null,\n"));
  CHECK(rule(RuleId::RK103, Lang::en, Format::text, true).starts_with("\x1b[1mRK103 — "));
}

TEST_CASE("render_rules: every rule, in text, Markdown and JSON") {
  const std::string text = rules(Lang::en, Format::text);
  CHECK(line(text, 0) == "RK001  error    YAML syntax error");
  CHECK(count(text, "\nRK") == catalogue::rules().size() - 1);
  CHECK(text.ends_with("\n\nMore about one rule: routekaart explain RK103\n"));
  const std::string md = rules(Lang::nl, Format::markdown);
  CHECK(md.starts_with("# Regels\n\n| Regel | Ernst | Wat de regel vindt |\n|---|---|---|\n| RK"));
  CHECK(md.find("| RK001 | error | YAML\\-syntaxfout |\n") != std::string::npos);
  const std::string json = rules(Lang::en, Format::json);
  CHECK(count(json, "\"id\": \"RK") == catalogue::rules().size());
  CHECK(json.starts_with("{\n  \"rules\": [\n    {\n"));
}
