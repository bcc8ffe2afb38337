#include <doctest/doctest.h>

#include <algorithm>
#include <regex>
#include <sstream>

#include "check/findings.hpp"
#include "check/pipeline.hpp"
#include "helpers.hpp"
#include "render/spec.hpp"

using routekaart::model::load_intervention;
using routekaart::model::LoadedIntervention;
using routekaart::render::build_blank_spec_document;
using routekaart::render::build_spec_document;
using routekaart::render::heading_anchor;
using routekaart::render::markdown_inline;
using routekaart::render::markdown_paragraphs;
using routekaart::render::SpecDocument;

using namespace routekaart;

using routekaart::testing::embedded_catalogue;

namespace render_spec_test {

SpecDocument spec_of(const std::string& relative, Lang lang = Lang::en) {
  const std::string path = std::string(ROUTEKAART_SOURCE_DIR) + "/" + relative;
  const check::Checked checked =
      check::check_path(path, embedded_catalogue(), routekaart::testing::all_signposts());
  REQUIRE(checked.report.valid);
  return build_spec_document(*checked.intervention, relative,
                             check::method_findings(checked.report.findings), embedded_catalogue(),
                             lang);
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

int todo_lines(const std::string& text) {
  auto lines = lines_of(text);
  return static_cast<int>(std::count_if(lines.begin(), lines.end(), [](const std::string& l) {
    return l.rfind("> TODO: ", 0) == 0;
  }));
}

// The lines of the section that starts with `heading`, up to the next heading of level 2.
std::vector<std::string> section(const std::string& text, const std::string& heading) {
  std::vector<std::string> out;
  bool inside = false;
  for (const auto& line : lines_of(text)) {
    if (line.rfind("## ", 0) == 0) inside = line == heading;
    if (inside) out.push_back(line);
  }
  return out;
}

int unescaped_pipes(const std::string& line) {
  int count = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
      continue;
    }
    count += line[i] == '|';
  }
  return count;
}

// The document of a file given as text, which must be valid.
SpecDocument spec_of_text(const std::string& yaml, Lang lang) {
  const check::Checked checked = check::check_source(
      io::Source{"f.yaml", yaml}, embedded_catalogue(), routekaart::testing::all_signposts());
  REQUIRE(checked.report.valid);
  return build_spec_document(*checked.intervention, "f.yaml",
                             check::method_findings(checked.report.findings), embedded_catalogue(),
                             lang);
}

TEST_CASE("spec: the blank skeleton is all placeholders, counted exactly") {
  for (Lang lang : {Lang::en, Lang::nl}) {
    CAPTURE(lang_code(lang));
    SpecDocument doc = build_blank_spec_document(embedded_catalogue(), lang);
    // 10 summary fields, end result, goals, methods, logic model, flexibility, phases, team,
    // resources, 14 signposts and 12 TIDieR items.
    CHECK(doc.todos == 44);
    CHECK(todo_lines(doc.markdown) == 44);
    CHECK(doc.markdown.find("\n\n> TODO: ") != std::string::npos);
  }
  SpecDocument nl = build_blank_spec_document(embedded_catalogue(), Lang::nl);
  CHECK(nl.markdown.rfind("# Werkwijze\n\n", 0) == 0);
  CHECK(nl.markdown.find("## Eindresultaat\n\n> TODO: Het team legt schriftelijk vast welk "
                         "eindresultaat de interventie wil bereiken. In het bestand: "
                         "`method.end_result`.\n") != std::string::npos);
}

TEST_CASE("spec: placeholders that follow each other share one block quote") {
  SpecDocument doc = build_blank_spec_document(embedded_catalogue(), Lang::en);
  CHECK(doc.markdown.find("## Summary\n\n"
                          "> TODO: Give the intervention a name. In the file: "
                          "`intervention.name`.\n>\n"
                          "> TODO: Describe the intervention in a few sentences. In the file: "
                          "`intervention.summary`.\n>\n") != std::string::npos);
  CHECK_FALSE(std::regex_search(doc.markdown, std::regex("> TODO: [^\n]*\n\n> TODO")));
}

TEST_CASE("spec: a complete file leaves no placeholder") {
  SpecDocument doc = spec_of("tests/files/spec/complete.yaml");
  CHECK(doc.todos == 0);
  CHECK(todo_lines(doc.markdown) == 0);
  CHECK(doc.markdown.find("TODO: ") == std::string::npos);
  CHECK(doc.markdown.find("\n| 9 | Tailoring | [Flexibility and standardisation]"
                          "(#flexibility-and-standardisation) | filled |\n") != std::string::npos);
  CHECK(doc.markdown.find("\n| 12 | How well: actual | not in this document; the team's ratings "
                          "per signpost are in the file (routekaart ratings) | partly |\n") !=
        std::string::npos);
}

TEST_CASE("spec: an example in Dutch") {
  SpecDocument doc = spec_of("examples/de-brug.yaml", Lang::nl);
  CHECK(doc.todos == 0);
  CHECK(doc.markdown.rfind("# De Brug: werkwijze\n", 0) == 0);
  CHECK(doc.markdown.find("\n- **Duur:** 26 weken\n") != std::string::npos);
  CHECK(doc.markdown.find("\nSamen 26 weken; de gebruikelijke duur van de interventie is 26 "
                          "weken.\n") != std::string::npos);
  CHECK(doc.markdown.find("\n    m4 --> g1\n    m4 --> g4\n") != std::string::npos);
  CHECK(doc.markdown.find("\n- M1: Ochtendcheck\\-in met de mentor\n- M5: Casusoverleg en "
                          "evaluatie\n") != std::string::npos);
  CHECK(doc.markdown.find("vindt geen problemen") != std::string::npos);
}

TEST_CASE("spec: an incomplete example counts its placeholders") {
  SpecDocument doc = spec_of("examples/nieuw-team.yaml", Lang::nl);
  CHECK(doc.todos == 25);
  CHECK(todo_lines(doc.markdown) == 25);
  CHECK(doc.markdown.find("> TODO: Doel G1: voeg een indicator toe: waaraan zien jullie dat het "
                          "bereikt is? In het bestand: `indicator`.\n") != std::string::npos);
}

TEST_CASE("spec: hostile text cannot break tables, headings or HTML") {
  SpecDocument doc = spec_of("tests/files/spec/hostile.yaml");
  const std::string& md = doc.markdown;
  // Every "<" is escaped (an odd number of backslashes before it), so no raw HTML gets through.
  int angles = 0;
  for (std::size_t at = md.find('<'); at != std::string::npos; at = md.find('<', at + 1)) {
    std::size_t slashes = 0;
    while (slashes < at && md[at - 1 - slashes] == '\\') ++slashes;
    CAPTURE(md.substr(at, 20));
    CHECK(slashes % 2 == 1);
    ++angles;
  }
  CHECK(angles == 23);
  CHECK(md.find("\\<script\\>alert\\(1\\)\\</script\\>") != std::string::npos);
  CHECK(md.find("](x)") == std::string::npos);
  int tables = 0;
  std::size_t columns = 0;
  std::string previous;
  for (const auto& line : lines_of(md)) {
    if (line.empty() || line[0] != '|') {
      previous = line;
      continue;
    }
    if (previous.empty() || previous[0] != '|') {
      ++tables;
      columns = static_cast<std::size_t>(unescaped_pipes(line));
    }
    CAPTURE(line);
    CHECK(static_cast<std::size_t>(unescaped_pipes(line)) == columns);
    previous = line;
  }
  CHECK(tables == 6);  // goals, logic model, problems, phases, team, TIDieR
  bool fenced = false;
  for (const auto& line : lines_of(md)) {
    CAPTURE(line);
    if (line.rfind("```", 0) == 0) fenced = !fenced;
    if (fenced) continue;  // the Mermaid block is tested below
    // Only our own headings, lists, quotes and fences start a line with a Markdown marker.
    if (line.rfind("#", 0) == 0) CHECK(std::regex_match(line, std::regex("#{1,3} [^#].*")));
    CHECK_FALSE(std::regex_match(line, std::regex("[0-9]+[.)] .*")));
    CHECK_FALSE(std::regex_match(line, std::regex(" +.*")));
  }
  CHECK(md.find("\n### M1: Method \\| one \\]\\-\\-\\> g1\\[\"injected\"\\] end\n") !=
        std::string::npos);
  CHECK(md.find("\n### M1: Method \\| one \\]\\-\\-\\> g1\\[\"injected\"\\] end (2)\n") !=
        std::string::npos);
  CHECK(md.find("\n\\# Not a heading\n\\| Not \\| a \\| table \\|\n") != std::string::npos);
  CHECK(md.find("\n2\\. not a list either\n") != std::string::npos);
  CHECK(md.find("- **Contact:** mail evil\\@example.org or see https:\\/\\/example.org/x and "
                "www\\.example.org\n") != std::string::npos);
  CHECK(md.find("- Goals: G1\\|x, G9 \\(unknown goal\\)\n") != std::string::npos);
}

TEST_CASE("spec: the Mermaid diagram has generated ids and quoted labels only") {
  SpecDocument doc = spec_of("tests/files/spec/hostile.yaml");
  auto lines = lines_of(doc.markdown);
  auto start = std::find(lines.begin(), lines.end(), "```mermaid");
  REQUIRE(start != lines.end());
  auto end = std::find(start + 1, lines.end(), "```");
  REQUIRE(end != lines.end());
  REQUIRE(start + 1 != end);
  CHECK(start[1] == "flowchart LR");
  const std::regex node("    ([a-z0-9]+)\\[\"[^\"]*\"\\]");
  const std::regex edge("    [a-z0-9]+ --> [a-z0-9]+");
  std::vector<std::string> ids;
  for (auto it = start + 2; it != end; ++it) {
    CAPTURE(*it);
    std::smatch m;
    if (std::regex_match(*it, m, node))
      ids.push_back(m[1]);
    else
      CHECK(std::regex_match(*it, edge));
  }
  CHECK(ids == std::vector<std::string>{"er", "g1", "g2", "g3", "m1", "m2", "m3"});
  CHECK(std::find(start, end,
                  "    m1[\"M1: Method #124; one ]--#gt; g1[#quot;injected#quot;] "
                  "end;\"]") != end);
  CHECK(std::find(start, end, "    m1 --> g1") != end);
  CHECK(std::find(start, end, "    m2 --> g2") != end);
  CHECK(std::find(start, end, "    g3 --> er") != end);
}

TEST_CASE("spec: the TIDieR table has exactly 12 rows") {
  for (const char* file : {"examples/kompas-cgt.yaml", "tests/files/spec/complete.yaml"}) {
    CAPTURE(file);
    auto lines = section(spec_of(file).markdown, "## TIDieR checklist");
    const auto rows = std::count_if(lines.begin(), lines.end(),
                                    [](const std::string& l) { return l.rfind("|", 0) == 0; });
    CHECK(rows == 2 + 12);  // header, separator, 12 items
    CHECK(std::find(lines.begin(), lines.end(), "| # | Item | Where in this document | State |") !=
          lines.end());
  }
  auto blank = section(build_blank_spec_document(embedded_catalogue(), Lang::nl).markdown,
                       "## TIDieR-checklist");
  CHECK(std::count_if(blank.begin(), blank.end(), [](const std::string& l) {
          return l.rfind("| ", 0) == 0 && l.find(" | ontbreekt |") != std::string::npos;
        }) == 12);
  CHECK(std::count_if(blank.begin(), blank.end(), [](const std::string& l) {
          return l.rfind("> TODO: TIDieR ", 0) == 0;
        }) == 12);
}

TEST_CASE("spec: the logic model lists the RK2xx findings of check") {
  const check::Checked checked =
      check::check_path(std::string(ROUTEKAART_SOURCE_DIR) + "/tests/files/rules/rk202-rk205.yaml",
                        embedded_catalogue(), routekaart::testing::all_signposts());
  const Diagnostics found = check::method_findings(checked.report.findings);
  std::vector<std::string> rules;
  for (const auto& d : found) rules.emplace_back(rule_name(d.rule));
  CHECK(rules == std::vector<std::string>{"RK202", "RK205", "RK204", "RK204", "RK205", "RK203"});
  SpecDocument doc =
      build_spec_document(*checked.intervention, "f.yaml", found, embedded_catalogue(), Lang::en);
  CHECK(doc.markdown.find("rk202\\-rk205.yaml:10:7 | RK202 | warning | goal G2 is served by no "
                          "method | List the goal under the 'goals' of a method, or drop the "
                          "goal. |\n") != std::string::npos);
  CHECK(doc.markdown.find("| (no method) | G2: Meer contact met leeftijdgenoten | [End result]"
                          "(#end-result) |\n") != std::string::npos);
}

TEST_CASE("heading_anchor: GitHub's rule") {
  CHECK(heading_anchor("Logic model") == "logic-model");
  CHECK(heading_anchor("TIDieR-checklist") == "tidier-checklist");
  CHECK(heading_anchor("Signpost 7: Provide rhythm and structure") ==
        "signpost-7-provide-rhythm-and-structure");
  CHECK(heading_anchor("Wegwijzer 5: Creëer een veilige omgeving") ==
        "wegwijzer-5-creëer-een-veilige-omgeving");
  CHECK(heading_anchor("Één — twee (x_y)") == "één--twee-x_y");
}

TEST_CASE("markdown_inline and markdown_paragraphs: nothing starts a block") {
  CHECK(markdown_inline("1. first") == "1\\. first");
  CHECK(markdown_inline("12) first") == "12\\) first");
  CHECK(markdown_inline("===") == "\\===");
  CHECK(markdown_inline("# a | b") == "\\# a \\| b");
  CHECK(markdown_inline("a@b.org http://x.org www.y.org") ==
        "a\\@b.org http:\\/\\/x.org www\\.y.org");
  CHECK(markdown_paragraphs("# one\n  - two\n\n\n\n    three  \n") == "\\# one\n\\- two\n\nthree");
  CHECK(markdown_paragraphs("\n\nonly\n\n") == "only");
}

// One of everything: the counts that have a singular.
const char* kSingular =
    "routekaart: 1\nintervention:\n  name: Eén\n  setting: education\n  group_size: 1\n"
    "  duration_weeks: 1\n  ages: [12, 13]\nsignposts:\n"
    "  1: {status: partial, practice: p, elements: {1a: planned}}\n"
    "  14: {status: planned, priority: optional, practice: p}\n"
    "method:\n  end_result: e\n  goals: [{id: G1, text: t, indicator: i}]\n"
    "  methods: [{id: M1, name: n, description: d, goals: [G1], signposts: [1], mode: "
    "standard}]\n"
    "  phases: [{name: Start, weeks: 1, focus: f}]\n"
    "team: [{role: Mentor, hours_per_week: 1}]\n";

TEST_CASE("spec: counts of one read as singular, in English and in Dutch") {
  const std::string en = spec_of_text(kSingular, Lang::en).markdown;
  CHECK(testing::count(en, "\n- **Group size:** 1 young person\n") == 1);
  CHECK(testing::count(en, "\n- **Duration:** 1 week\n") == 1);
  CHECK(testing::count(en, "\n- **Ages:** 12 to 13 years\n") == 1);
  CHECK(testing::count(en,
                       "\nTogether 1 week; the usual duration of the intervention is 1 "
                       "week.\n") == 1);
  CHECK(testing::count(en, "\nTogether 1 hour per week.\n") == 1);
  const std::string nl = spec_of_text(kSingular, Lang::nl).markdown;
  CHECK(testing::count(nl, "\n- **Groepsgrootte:** 1 jongere\n") == 1);
  CHECK(testing::count(nl, "\n- **Duur:** 1 week\n") == 1);
  CHECK(testing::count(nl, "\n- **Leeftijd:** 12 tot en met 13 jaar\n") == 1);
  CHECK(testing::count(nl,
                       "\nSamen 1 week; de gebruikelijke duur van de interventie is 1 "
                       "week.\n") == 1);
  CHECK(testing::count(nl, "\nSamen 1 uur per week.\n") == 1);
}

TEST_CASE("spec: counts above one, and hours with decimals, read as plural") {
  std::string yaml = kSingular;
  for (auto [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"group_size: 1", "group_size: 8"},
           {"duration_weeks: 1", "duration_weeks: 12"},
           {"weeks: 1, focus", "weeks: 12, focus"},
           {"hours_per_week: 1}", "hours_per_week: 1.5}"}})
    yaml.replace(yaml.find(from), from.size(), to);
  const std::string en = spec_of_text(yaml, Lang::en).markdown;
  CHECK(testing::count(en, "\n- **Group size:** 8 young people\n") == 1);
  CHECK(testing::count(en,
                       "\nTogether 12 weeks; the usual duration of the intervention is 12 "
                       "weeks.\n") == 1);
  CHECK(testing::count(en, "\nTogether 1.5 hours per week.\n") == 1);
  const std::string nl = spec_of_text(yaml, Lang::nl).markdown;
  CHECK(testing::count(nl, "\n- **Groepsgrootte:** 8 jongeren\n") == 1);
  CHECK(testing::count(nl, "\n- **Duur:** 12 weken\n") == 1);
  CHECK(testing::count(nl, "\nSamen 1.5 uur per week.\n") == 1);
}

TEST_CASE("spec: setting, mode, status and priority are named by explicit choices") {
  const std::string en = spec_of_text(kSingular, Lang::en).markdown;
  CHECK(testing::count(en, "\n- **Setting:** education\n") == 1);
  CHECK(testing::count(en, "\n- Standard or flexible: standard\n") == 1);
  CHECK(testing::count(en, "\nStatus: partial; essential.\n") == 1);
  CHECK(testing::count(en, " — planned\n") == 1);  // element 1a, after the catalogue's text
  CHECK(testing::count(en, "\nStatus: planned; optional.\n") == 1);
  const std::string nl = spec_of_text(kSingular, Lang::nl).markdown;
  CHECK(testing::count(nl, "\n- **Setting:** onderwijs\n") == 1);
  CHECK(testing::count(nl, "\n- Standaard of flexibel: standaard\n") == 1);
  CHECK(testing::count(nl, "\nStatus: deels aangepakt; essentieel.\n") == 1);
  CHECK(testing::count(nl, " — gepland\n") == 1);
  CHECK(testing::count(nl, "\nStatus: gepland; optioneel.\n") == 1);
  CHECK(testing::count(nl, "\nStatus: niet beschreven; essentieel.\n") == 12);  // 2 to 13
}

TEST_CASE("spec: the TIDieR items and their placeholders in Dutch") {
  const std::string nl = build_blank_spec_document(embedded_catalogue(), Lang::nl).markdown;
  CHECK(testing::count(nl, "\n| 1 | Korte naam | [Samenvatting](#samenvatting) | ontbreekt |\n") ==
        1);
  CHECK(testing::count(nl,
                       "\n| 10 | Aanpassingen | [Zo werken wij](#zo-werken-wij) (volgende "
                       "stappen: wijzigingen die het team plant) | ontbreekt |\n") == 1);
  CHECK(testing::count(nl,
                       "\n> TODO: TIDieR 1 \\(Korte naam\\): Geef de interventie een naam. "
                       "In het bestand: `intervention.name`.\n") == 1);
  CHECK(testing::count(nl,
                       "\n> TODO: TIDieR 12 \\(Hoe goed: werkelijk\\): Leg vast hoe goed de "
                       "interventie werkelijk is uitgevoerd; de scores van het team per "
                       "wegwijzer zijn een begin. In het bestand: `ratings`.\n") == 1);
}

TEST_CASE("spec: a setting or mode the format does not know is shown as written, escaped") {
  // Only a file with problems gets this far with such words.
  model::Intervention in;
  in.info.name = "X";
  in.info.setting = "school_*x*";
  model::Method m;
  m.id = "M1";
  m.name = "n";
  m.mode = "wild_[y]";
  in.method.methods.push_back(m);
  const std::string nl =
      build_spec_document(in, "f.yaml", {}, embedded_catalogue(), Lang::nl).markdown;
  CHECK(testing::count(nl, "\n- **Setting:** school\\_\\*x\\*\n") == 1);
  CHECK(testing::count(nl, "\n- Standaard of flexibel: wild\\_\\[y\\]\n") == 1);
}

}  // namespace render_spec_test
