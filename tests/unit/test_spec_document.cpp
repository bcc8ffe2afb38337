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

static SpecDocument spec_of(const std::string& relative, Lang lang = Lang::en) {
  const std::string path = std::string(ROUTEKAART_SOURCE_DIR) + "/" + relative;
  const check::Checked checked =
      check::check_path(path, embedded_catalogue(), routekaart::testing::all_signposts());
  REQUIRE(checked.report.valid);
  return build_spec_document(*checked.intervention, relative,
                             check::method_findings(checked.report.findings), embedded_catalogue(),
                             lang);
}

static std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

static int todo_lines(const std::string& text) {
  auto lines = lines_of(text);
  return static_cast<int>(std::count_if(lines.begin(), lines.end(), [](const std::string& l) {
    return l.rfind("> TODO: ", 0) == 0;
  }));
}

// The lines of the section that starts with `heading`, up to the next heading of level 2.
static std::vector<std::string> section(const std::string& text, const std::string& heading) {
  std::vector<std::string> out;
  bool inside = false;
  for (const auto& line : lines_of(text)) {
    if (line.rfind("## ", 0) == 0) inside = line == heading;
    if (inside) out.push_back(line);
  }
  return out;
}

static int unescaped_pipes(const std::string& line) {
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
