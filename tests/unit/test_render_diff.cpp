// render/diff: the changes between two versions as text, Markdown and JSON.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "generated/texts/common.hpp"
#include "helpers.hpp"
#include "render/diff.hpp"

using routekaart::check::Diff;
using routekaart::check::RatingMove;
using routekaart::render::render_diff_json;
using routekaart::render::render_diff_markdown;
using routekaart::render::render_diff_text;
using routekaart::testing::embedded_catalogue;

using namespace routekaart;

namespace {

// v1.yaml -> v_2.yaml: 82% -> 86%; signpost 3 planned -> partial; the mean importance of 1 from
// 5 to 4.5; R_2 added, Bob removed; one finding appeared.
Diff example() {
  Diff d;
  d.before.report.path = "v1.yaml";
  d.before.report.name = "Diff Test";
  d.after.report.path = "v_2.yaml";
  d.after.report.name = "Diff Test";
  for (auto* report : {&d.before.report, &d.after.report}) {
    report->parsed = true;
    report->valid = true;
  }
  d.before.report.coverage = {100.0 * 11.5 / 14, 11, 1, 2, 0, {}, {}};
  d.after.report.coverage = {100.0 * 12 / 14, 10, 4, 0, 0, {}, {}};
  for (int n = 1; n <= kSignpostCount; ++n)
    d.statuses.emplace_back(Status::addressed, Status::addressed);
  d.statuses[2] = {Status::planned, Status::partial};
  d.status_changed = {3};
  d.moves = {RatingMove{1, 5.0, 4.5, 3.0, 3.0}};
  d.added = {"R_2"};
  d.removed = {"Bob"};
  d.appeared = {Diagnostic{RuleId::RK103,
                           Severity::warning,
                           Location{"v_2.yaml", 23, 3},
                           texts::value{.value = "thirteen *has* no practice"},
                           {},
                           13}};
  return d;
}

std::string text(const Diff& d, Lang lang) {
  std::ostringstream out;
  render_diff_text(d, embedded_catalogue(), lang, out);
  return out.str();
}

std::string markdown(const Diff& d, Lang lang) {
  std::ostringstream out;
  render_diff_markdown(d, embedded_catalogue(), lang, out);
  return out.str();
}

}  // namespace

TEST_CASE("render_diff_text: every change, in English") {
  CHECK(text(example(), Lang::en) ==
        "Changes: v1.yaml → v_2.yaml\n"
        "Coverage: 82% → 86% (+3.6 points)\n"
        "  addressed 11 → 10, partial 1 → 4, open 2 → 0, not applicable 0 → 0\n"
        "\n"
        "Status changed (1):\n"
        "   3  Availability and contact: planned → partial\n"
        "\n"
        "Rating means moved (1):\n"
        "   1  Integrated approach: importance 5.00 → 4.50, attention 3.00 → 3.00\n"
        "\n"
        "Raters added: R_2\n"
        "Raters removed: Bob\n"
        "\n"
        "Findings that appeared (1):\n"
        "v_2.yaml:23:3: warning: thirteen *has* no practice [RK103]\n");
}

TEST_CASE("render_diff_text: in Dutch, and when nothing changed") {
  const std::string nl = text(example(), Lang::nl);
  CHECK(
      nl.rfind("Wijzigingen: v1.yaml → v_2.yaml\n"
               "Dekking: 82% → 86% (+3.6 procentpunt)\n"
               "  aangepakt 11 → 10, deels aangepakt 1 → 4, open 2 → 0, niet van toepassing 0 → 0\n"
               "\n"
               "Status gewijzigd (1):\n"
               "   3  Beschikbaarheid en contact: gepland → deels aangepakt\n"
               "\n"
               "Gemiddelde beoordelingen verschoven (1):\n"
               "   1  Integrale aanpak: belang 5.00 → 4.50, aandacht 3.00 → 3.00\n"
               "\n"
               "Beoordelaars erbij: R_2\n"
               "Beoordelaars weg: Bob\n"
               "\n"
               "Nieuwe bevindingen (1):\n",
               0) == 0);
  Diff same = example();
  same.after.report.coverage = same.before.report.coverage;
  same.status_changed.clear();
  same.moves.clear();
  same.added.clear();
  same.removed.clear();
  same.appeared.clear();
  CHECK(text(same, Lang::nl) ==
        "Wijzigingen: v1.yaml → v_2.yaml\n"
        "Dekking: 82% → 82% (+0.0 procentpunt)\n"
        "  aangepakt 11 → 11, deels aangepakt 1 → 1, open 2 → 2, niet van toepassing 0 → 0\n"
        "\n"
        "Geen wijzigingen in dekking, status, beoordelingen of bevindingen.\n");
}

TEST_CASE("render_diff_markdown: tables; paths, raters and messages escaped") {
  CHECK(markdown(example(), Lang::en) ==
        "# Changes: v1.yaml → v\\_2.yaml\n"
        "\n"
        "Coverage: 82% → 86% (+3.6 points); addressed 11 → 10, partial 1 → 4, open 2 → 0, not "
        "applicable 0 → 0.\n"
        "\n"
        "## Status changed\n"
        "\n"
        "| # | Signpost | Old | New |\n"
        "|--:|---|---|---|\n"
        "| 3 | Availability and contact | planned | partial |\n"
        "\n"
        "## Rating means moved\n"
        "\n"
        "| # | Signpost | importance | attention |\n"
        "|--:|---|---|---|\n"
        "| 1 | Integrated approach | 5.00 → 4.50 | 3.00 → 3.00 |\n"
        "\n"
        "## Raters\n"
        "\n"
        "- Raters added: R\\_2\n"
        "- Raters removed: Bob\n"
        "\n"
        "## Findings that appeared\n"
        "\n"
        "| Place | Rule | Severity | Message |\n"
        "|---|---|---|---|\n"
        "| v\\_2.yaml:23:3 | RK103 | warning | thirteen \\*has\\* no practice |\n");
}

TEST_CASE("render_diff_markdown: the Dutch headings and columns") {
  const std::string nl = markdown(example(), Lang::nl);
  CHECK(nl.find("# Wijzigingen: v1.yaml → v\\_2.yaml\n") == 0);
  CHECK(nl.find("\n| # | Wegwijzer | Oud | Nieuw |\n") != std::string::npos);
  CHECK(nl.find("\n| # | Wegwijzer | belang | aandacht |\n") != std::string::npos);
  CHECK(nl.find("\n## Beoordelaars\n\n- Beoordelaars erbij: R\\_2\n- Beoordelaars weg: Bob\n") !=
        std::string::npos);
  CHECK(nl.find("\n## Nieuwe bevindingen\n\n| Plaats | Regel | Ernst | Melding |\n") !=
        std::string::npos);
}

TEST_CASE("render_diff_json: stable keys, values as they are") {
  std::ostringstream out;
  render_diff_json(example(), Lang::nl, out);
  const std::string json = out.str();
  CHECK(json.find("\"language\": \"nl\"") != std::string::npos);
  CHECK(json.find("\"path\": \"v_2.yaml\"") != std::string::npos);
  CHECK(json.find("\"percent\": 82.14") != std::string::npos);
  CHECK(json.find("\"coverage_change\": 3.57") != std::string::npos);
  CHECK(json.find("{\n      \"id\": 3,\n      \"old\": \"planned\",\n      \"new\": \"partial\"\n"
                  "    }") != std::string::npos);
  CHECK(json.find("\"added\": [\n      \"R_2\"\n    ]") != std::string::npos);
  CHECK(json.find("\"message\": \"thirteen *has* no practice\"") != std::string::npos);
  CHECK(json.find("\"changed\": true") != std::string::npos);
}

TEST_CASE("render_diff: which texts changed, in text, Markdown and JSON") {
  Diff d = example();
  d.texts = {check::TextChange{2, true, true, {}}, check::TextChange{3, false, false, {"3a"}},
             check::TextChange{5, false, true, {"5a", "5c"}}};
  CHECK(text(d, Lang::en)
            .find("\n\nTexts changed (3):\n"
                  "   2  Integrative picture: practice, next steps\n"
                  "   3  Availability and contact: element 3a\n"
                  "   5  Safe environment: next steps, elements 5a, 5c\n\n") != std::string::npos);
  CHECK(text(d, Lang::nl)
            .find("\n\nTeksten gewijzigd (3):\n"
                  "   2  Integratief beeld: praktijk, vervolgstappen\n") != std::string::npos);
  CHECK(markdown(d, Lang::en)
            .find("\n## Texts changed\n\n| # | Signpost | Changed |\n"
                  "|--:|---|---|\n"
                  "| 2 | Integrative picture | practice, next steps |\n") != std::string::npos);
  std::ostringstream out;
  render_diff_json(d, Lang::en, out);
  CHECK(out.str().find("\"text_changes\": [\n    {\n      \"id\": 2,\n      \"practice\": true,\n"
                       "      \"next_steps\": true,\n") != std::string::npos);
  CHECK(out.str().find("\"elements\": [\n        \"5a\",\n        \"5c\"\n      ]") !=
        std::string::npos);
}
