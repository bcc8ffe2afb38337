// src/check/findings.cpp: RK1xx, RK2xx and RK3xx findings, suppressions (RK022) and rule settings.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "check/findings.hpp"
#include "check/pipeline.hpp"
#include "generated/texts/common.hpp"
#include "helpers.hpp"

using routekaart::check::check_file;
using routekaart::check::FileReport;
using routekaart::io::Source;
using routekaart::model::load_intervention_text;
using routekaart::model::LoadedIntervention;

using namespace routekaart;

using routekaart::testing::check_text;
using routekaart::testing::embedded_catalogue;

static FileReport run(const std::string& text, bool strict = false,
                      std::map<RuleId, std::optional<Severity>> rules = {},
                      std::vector<int> required = {}) {
  LoadedIntervention l =
      load_intervention_text(Source{"f.yaml", text}, embedded_catalogue(), Limits{});
  check::Settings settings = routekaart::testing::all_signposts();
  settings.strict = strict;
  settings.rules = std::move(rules);
  settings.required = std::move(required);
  return check_file(l, "f.yaml", embedded_catalogue(), settings);
}

static std::vector<std::string> rules_of(const FileReport& r) {
  return routekaart::testing::rules_of(r.findings);
}

TEST_CASE("check_file: signpost rules") {
  FileReport r =
      run("routekaart: 1\nintervention: {name: X}\nsignposts:\n"
          "  1: {status: addressed}\n  2: {status: planned}\n  4: {status: not-applicable}\n"
          "method: {end_result: e}\n");
  auto got = rules_of(r);
  CHECK(std::count(got.begin(), got.end(), "RK103/1") == 1);
  CHECK(std::count(got.begin(), got.end(), "RK102/2") == 1);
  CHECK(std::count(got.begin(), got.end(), "RK104/4") == 1);
  CHECK(std::count(got.begin(), got.end(), "RK101/3") == 1);
  CHECK(std::count(got.begin(), got.end(), "RK201/12") == 0);
}

TEST_CASE("check_file: --strict turns missing essential signposts into errors") {
  const char* text = "routekaart: 1\nintervention: {name: X}\nsignposts: {}\n";
  auto rk101 = [](const FileReport& r) {
    for (const auto& d : r.findings)
      if (d.rule == RuleId::RK101) return d.severity;
    return Severity::info;
  };
  CHECK(rk101(run(text, false)) == Severity::warning);
  CHECK(rk101(run(text, true)) == Severity::error);
}

TEST_CASE("check_file: method integrity rules") {
  FileReport r =
      run("routekaart: 1\nintervention: {name: X}\nsignposts: {}\n"
          "method:\n"
          "  end_result: e\n"
          "  goals: [{id: G1, text: a}, {id: G2, text: b}, {id: G2, text: c}]\n"
          "  methods:\n"
          "    - {id: M1, name: m, goals: [G1, G9], signposts: [3, 15]}\n"
          "    - {id: M2, name: n}\n");
  auto got = rules_of(r);
  for (const char* expected : {"RK205/12", "RK204/12", "RK203/12", "RK202/12"})
    CHECK(std::count(got.begin(), got.end(), expected) >= 1);
  CHECK(std::count(got.begin(), got.end(), "RK204/12") == 2);
}

TEST_CASE("check_file: RK301 when a signpost is addressed but its basis is open") {
  FileReport r =
      run("routekaart: 1\nintervention: {name: X}\nsignposts:\n"
          "  10: {status: addressed, practice: p}\n  6: {status: planned}\n");
  auto got = rules_of(r);
  CHECK(std::count(got.begin(), got.end(), "RK301/10") == 1);
}

TEST_CASE("check_file: a suppression moves the finding aside, with its reason") {
  FileReport r =
      run("routekaart: 1\nintervention: {name: X}\nsignposts:\n"
          "  1: {status: addressed}\nmethod: {end_result: e}\n"
          "suppress:\n  - {rule: RK103, signpost: 1, reason: Beschreven in het teamplan.}\n"
          "  - {rule: RK104, reason: Past nergens op.}\n");
  auto got = rules_of(r);
  CHECK(std::count(got.begin(), got.end(), "RK103/1") == 0);
  REQUIRE(r.suppressed.size() == 1);
  CHECK(r.suppressed[0].rule == RuleId::RK103);
  CHECK(routekaart::testing::hint_words(r.suppressed[0]) == "Beschreven in het teamplan.");
  CHECK(std::count(got.begin(), got.end(), "RK022/0") == 1);
}

TEST_CASE("check_file: project rule settings and required signposts") {
  const char* text =
      "routekaart: 1\nintervention: {name: X}\nsignposts:\n  1: {status: planned}\n"
      "method: {end_result: e}\n";
  FileReport off = run(text, false, {{RuleId::RK101, std::nullopt}});
  auto got = rules_of(off);
  CHECK(std::count(got.begin(), got.end(), "RK101/2") == 0);
  FileReport info = run(text, false, {{RuleId::RK102, Severity::info}});
  for (const auto& d : info.findings)
    if (d.rule == RuleId::RK102) CHECK(d.severity == Severity::info);
  FileReport required = run(text, false, {}, {1, 2});
  for (const auto& d : required.findings) {
    if (d.signpost == 1 || d.signpost == 2) CHECK(d.severity == Severity::error);
    if (d.signpost == 3) CHECK(d.severity == Severity::warning);
  }
}

// ---- each rule, word for word ------------------------------------------------------------------

namespace {

using Lines = std::vector<std::string>;

// "RK102 4:15 [2] warning: message | hint" for every finding of `rule` in `findings`.
Lines of(RuleId rule, const Diagnostics& findings, Lang lang = Lang::en) {
  Lines out;
  for (const auto& d : findings) {
    if (d.rule != rule) continue;
    CHECK(d.location.file == "f.yaml");
    out.push_back(std::string(rule_name(d.rule)) + " " + std::to_string(d.location.line) + ":" +
                  std::to_string(d.location.column) + " [" + std::to_string(d.signpost) + "] " +
                  std::string(severity_name(d.severity)) + ": " + tr(lang, d.message) + " | " +
                  hint_text(d, lang));
  }
  return out;
}

Lines of(RuleId rule, const std::string& text, Lang lang = Lang::en) {
  return of(rule, check_text(text).findings, lang);
}

// A file with a method, so that only what `signposts` says is found.
std::string file(const std::string& signposts, const std::string& rest = "") {
  return "routekaart: 1\nintervention: {name: X}\nsignposts:\n" + signposts +
         "method: {end_result: e}\n" + rest;
}

const std::string kRk101Remedy =
    "Describe under 'signposts' what the team does for this signpost, or explain why it does not "
    "apply.";
const std::string kRk102Remedy =
    "Discuss with the team which elements to take up first and record them in next_steps.";

}  // namespace

TEST_CASE("add_findings: RK101 a signpost the file does not describe") {
  const std::string text = file("  1: {status: addressed, practice: p}\n");
  SUBCASE("located at `signposts:`, with the remedy and the roadmap's question") {
    const Lines got = of(RuleId::RK101, text);
    REQUIRE(got.size() == 13);
    CHECK(got[0] == "RK101 3:1 [2] warning: signpost 2 (Integrative picture) is not described | " +
                        kRk101Remedy +
                        " The roadmap asks: Describe from whom and how you build the picture, "
                        "and how you use and update it.");
  }
  SUBCASE("in Dutch") {
    CHECK(of(RuleId::RK101, text, Lang::nl)[0] ==
          "RK101 3:1 [2] warning: wegwijzer 2 (Integratief beeld) is niet beschreven | Beschrijf "
          "onder 'signposts' wat het team voor deze wegwijzer doet, of leg uit waarom hij niet "
          "van toepassing is. De routekaart vraagt: Beschrijf bij wie en hoe jullie het beeld "
          "verzamelen, en hoe jullie het gebruiken en bijwerken.");
  }
  SUBCASE("with --strict an error") {
    check::Settings strict = routekaart::testing::all_signposts();
    strict.strict = true;
    for (const auto& d : check_text(text, strict).findings)
      if (d.rule == RuleId::RK101) CHECK(d.severity == Severity::error);
  }
  SUBCASE("without a signposts key: at the start of the file") {
    const Lines got =
        of(RuleId::RK101, "routekaart: 1\nintervention: {name: X}\nmethod: {end_result: e}\n");
    REQUIRE(got.size() == 14);
    CHECK(got[0].substr(0, 14) == "RK101 1:1 [1] ");
  }
}

TEST_CASE("add_findings: RK102 a signpost that is open") {
  CHECK(of(RuleId::RK102, file("  7: {status: planned}\n  9: {status: not-addressed}\n")) ==
        Lines{"RK102 4:15 [7] warning: signpost 7 (Rhythm and structure) is planned | " +
                  kRk102Remedy + " The roadmap asks: " + embedded_catalogue().find(7)->hint.en,
              "RK102 5:15 [9] warning: signpost 9 (Social contact) is not addressed | " +
                  kRk102Remedy + " The roadmap asks: " + embedded_catalogue().find(9)->hint.en});
  CHECK(of(RuleId::RK102, file("  7: {status: planned}\n"), Lang::nl)[0].substr(0, 64) ==
        "RK102 4:15 [7] warning: wegwijzer 7 (Ritme en structuur) staat o");
  CHECK(of(RuleId::RK102, file("  7: {status: partial, practice: p}\n")).empty());
}

TEST_CASE("add_findings: RK103 addressed or partial without practice") {
  SUBCASE("at the signpost's key") {
    const Lines got = of(RuleId::RK103, file("  5: {status: partial}\n"));
    REQUIRE(got.size() == 1);
    CHECK(got[0].substr(0, got[0].find(" | ")) ==
          "RK103 4:3 [5] warning: signpost 5 (Safe environment) is partial but has no practice "
          "description");
    CHECK(got[0].substr(got[0].find(" | ")) ==
          " | Describe in 'practice' concretely what you do, for whom and how often. The roadmap "
          "asks: " +
              embedded_catalogue().find(5)->hint.en);
  }
  SUBCASE("a blank practice is no practice") {
    CHECK(of(RuleId::RK103, file("  5: {status: addressed, practice: '  '}\n")).size() == 1);
  }
  SUBCASE("in Dutch") {
    const std::string got = of(RuleId::RK103, file("  5: {status: addressed}\n"), Lang::nl).at(0);
    CHECK(got.substr(0, got.find(" | ")) ==
          "RK103 4:3 [5] warning: wegwijzer 5 (Veilige omgeving) staat op aangepakt maar heeft "
          "geen beschrijving in 'practice'");
  }
  SUBCASE("practice written: nothing") {
    CHECK(of(RuleId::RK103, file("  5: {status: addressed, practice: Vaste plek.}\n")).empty());
  }
}

TEST_CASE("add_findings: RK104 not-applicable without rationale is an error") {
  CHECK(of(RuleId::RK104, file("  8: {status: not-applicable}\n")) ==
        Lines{"RK104 4:3 [8] error: signpost 8 (Educational options) is not applicable, without "
              "a rationale | Explain in 'rationale' why this does not apply to your "
              "intervention."});
  CHECK(of(RuleId::RK104, file("  8: {status: not-applicable}\n"), Lang::nl) ==
        Lines{"RK104 4:3 [8] error: wegwijzer 8 (Onderwijsmogelijkheden) staat op niet van "
              "toepassing zonder uitleg in 'rationale' | Leg in 'rationale' uit waarom dit voor "
              "jullie interventie "
              "niet geldt."});
  CHECK(
      of(RuleId::RK104, file("  8: {status: not-applicable, rationale: Alleen zorg.}\n")).empty());
  SUBCASE("an element that does not apply needs its rationale too") {
    const std::string element =
        "  8:\n    status: partial\n    practice: p\n    elements:\n"
        "      8b: not-applicable\n      8a: {status: not-applicable, rationale: Geen.}\n";
    CHECK(of(RuleId::RK104, file(element)) ==
          Lines{"RK104 8:7 [8] error: element 8b of signpost 8 is not applicable, without a "
                "rationale | Explain in 'rationale' why this does not apply to your "
                "intervention."});
  }
  SUBCASE("an element whose condition does not hold needs no rationale") {
    // 8g applies to an alternative programme only; this file does not say it is one.
    const std::string element =
        "  8:\n    status: partial\n    practice: p\n    elements:\n      8g: not-applicable\n";
    CHECK(of(RuleId::RK104, file(element)).empty());
    // In an alternative programme it applies, so saying it does not needs a reason.
    const std::string alternative =
        "routekaart: 1\nintervention: {name: X, alternative_programme: true}\nsignposts:\n" +
        element + "method: {end_result: e}\n";
    CHECK(of(RuleId::RK104, alternative).size() == 1);
  }
}

TEST_CASE("add_findings: RK105 a status that contradicts the listed elements") {
  auto elements = [](const std::string& status, const std::string& listed) {
    return file("  3:\n    status: " + status + "\n    practice: p\n    elements: {" + listed +
                "}\n");
  };
  SUBCASE("addressed while a listed element is open: named") {
    CHECK(of(RuleId::RK105, elements("addressed", "3a: addressed, 3b: planned")) ==
          Lines{"RK105 5:13 [3] warning: signpost 3 is addressed, but listed element 3b is still "
                "open | Discuss which of the two is right: adjust the signpost's status, or that "
                "of the elements."});
    CHECK(of(RuleId::RK105, elements("addressed", "3a: planned, 3c: not-addressed"), Lang::nl) ==
          Lines{"RK105 5:13 [3] warning: wegwijzer 3 staat op aangepakt, maar 2 genoemde "
                "elementen staan nog open: 3a, 3c | Bespreek welke van de twee klopt: pas de "
                "status van de wegwijzer aan, of die van de elementen."});
  }
  SUBCASE("addressed with every listed element addressed or partial: nothing") {
    CHECK(of(RuleId::RK105, elements("addressed", "3a: addressed, 3b: addressed, 3d: partial"))
              .empty());
  }
  SUBCASE("elements the file does not list are not open, and not-applicable ones neither") {
    CHECK(of(RuleId::RK105, elements("addressed",
                                     "3a: addressed, 3b: not-applicable, 3c: not-applicable, "
                                     "3d: not-applicable"))
              .empty());
  }
  SUBCASE("planned while most listed elements are addressed") {
    CHECK(of(RuleId::RK105, elements("planned", "3a: addressed, 3b: addressed, 3c: planned"),
             Lang::nl) ==
          Lines{"RK105 5:13 [3] warning: wegwijzer 3 staat op gepland, maar 2 van de 3 genoemde "
                "elementen staan op aangepakt | Bespreek welke van de twee klopt: pas de status "
                "van de wegwijzer aan, of die van de elementen."});
  }
  SUBCASE("not-addressed with half of the listed elements addressed: nothing") {
    CHECK(of(RuleId::RK105, file("  14:\n    status: not-addressed\n    elements: {14a: "
                                 "addressed, 14b: addressed, 14c: planned, 14d: planned}\n"))
              .empty());
  }
  SUBCASE("partial says nothing either way") {
    CHECK(of(RuleId::RK105, elements("partial", "3a: addressed")).empty());
  }
  SUBCASE("without elements there is nothing to contradict") {
    CHECK(of(RuleId::RK105, file("  3: {status: addressed, practice: p}\n")).empty());
  }
}

TEST_CASE("add_findings: RK201 the method of signpost 12") {
  SUBCASE("no method section: at the start of the file") {
    CHECK(of(RuleId::RK201, "routekaart: 1\nintervention: {name: X}\nsignposts: {}\n") ==
          Lines{"RK201 1:1 [12] warning: there is no method section (signpost 12) | Add "
                "'method:' with end_result, goals and methods; 'routekaart spec' helps to write "
                "it out."});
  }
  SUBCASE("no end result: at the method") {
    CHECK(of(RuleId::RK201,
             "routekaart: 1\nintervention: {name: X}\nsignposts: {}\nmethod:\n  goals: []\n",
             Lang::nl) == Lines{"RK201 5:3 [12] warning: de werkwijze heeft geen 'end_result' | "
                                "Voeg 'method:' toe met end_result, goals en methods; 'routekaart "
                                "spec' helpt bij het uitschrijven."});
    CHECK(of(RuleId::RK201,
             "routekaart: 1\nintervention: {name: X}\nsignposts: {}\n"
             "method: {end_result: ' '}\n")
              .size() == 1);
  }
  SUBCASE("signpost 12 not selected: no method rules") {
    check::Settings s = routekaart::testing::all_signposts();
    s.selected = {1, 2, 3};
    const Diagnostics findings = check_text(
                                     "routekaart: 1\nintervention: {name: X}\nsignposts: {}\n"
                                     "method: {goals: [{id: G1, text: a}]}\n",
                                     s)
                                     .findings;
    CHECK(routekaart::testing::rules_of(findings) ==
          std::vector<std::string>{"RK101/1", "RK101/2", "RK101/3"});
  }
}

TEST_CASE("add_findings: RK202-RK205 goals and methods") {
  const Diagnostics findings =
      check_text(
          "routekaart: 1\nintervention: {name: X}\nsignposts: {}\n"
          "method:\n"
          "  end_result: e\n"
          "  goals:\n"
          "    - {id: G1, text: a}\n"
          "    - {id: G2, text: b}\n"
          "    - {id: G2, text: c}\n"
          "    - {id: G3, text: d}\n"
          "  methods:\n"
          "    - {id: M1, name: Dagritme, goals: [G1, G9], signposts: [3, 15, 0]}\n"
          "    - {id: M2, name: Huisbezoek}\n"
          "    - {id: M1, name: Dubbel, goals: [G1]}\n")
          .findings;
  SUBCASE("RK202 a goal no method serves, once per id") {
    CHECK(of(RuleId::RK202, findings) ==
          Lines{"RK202 8:7 [12] warning: goal G2 is served by no method | List the goal under "
                "the 'goals' of a method, or drop the goal.",
                "RK202 10:7 [12] warning: goal G3 is served by no method | List the goal under "
                "the 'goals' of a method, or drop the goal."});
  }
  SUBCASE("RK203 a method that serves no goal") {
    CHECK(of(RuleId::RK203, findings, Lang::nl) ==
          Lines{"RK203 13:7 [12] warning: methode M2 (Huisbezoek) dient geen enkel doel | Noem "
                "bij 'goals' welke doelen de methode dient."});
  }
  SUBCASE("RK204 references to goals and signposts that do not exist") {
    CHECK(of(RuleId::RK204, findings) ==
          Lines{"RK204 12:44 [12] error: method M1 refers to unknown goal 'G9' | Use an id from "
                "'goals' and signpost numbers from 1 to 14.",
                "RK204 12:64 [12] error: method M1 refers to signpost 15, which does not exist | "
                "Use an id from 'goals' and signpost numbers from 1 to 14.",
                "RK204 12:68 [12] error: method M1 refers to signpost 0, which does not exist | "
                "Use an id from 'goals' and signpost numbers from 1 to 14."});
  }
  SUBCASE("RK205 ids used twice, at the second") {
    CHECK(of(RuleId::RK205, findings) ==
          Lines{"RK205 9:7 [12] error: goal id G2 is used more than once | Give each goal and "
                "each method its own id.",
                "RK205 14:7 [12] error: method id M1 is used more than once | Give each goal and "
                "each method its own id."});
    CHECK(of(RuleId::RK205, findings, Lang::nl)[0].substr(0, 59) ==
          "RK205 9:7 [12] error: doel-id G2 komt meer dan eens voor | ");
  }
}

TEST_CASE("add_findings: RK301 a signpost addressed on an open basis") {
  SUBCASE("10 builds on 6") {
    CHECK(of(RuleId::RK301, file("  10: {status: addressed, practice: p}\n  6: {status: "
                                 "planned}\n")) ==
          Lines{"RK301 4:16 [10] info: signpost 10 is addressed, but signpost 6 that it builds "
                "on is planned (Signpost 6 calls the low-key start the basis from which movement "
                "can then be created.) | Check that the basis is really there, and describe it "
                "under the underlying signpost."});
  }
  SUBCASE("a basis the file does not describe is open too") {
    CHECK(of(RuleId::RK301, file("  10: {status: addressed, practice: p}\n"), Lang::nl) ==
          Lines{"RK301 4:16 [10] info: wegwijzer 10 staat op aangepakt, maar wegwijzer 6 waarop "
                "hij steunt staat op niet beschreven (Wegwijzer 6 noemt de lage start de basis van "
                "waaruit daarna beweging kan worden gecreëerd.) | Kijk of de basis er echt is, en "
                "beschrijf die bij de onderliggende wegwijzer."});
  }
  SUBCASE("a link that only supports is no basis: 4 is supported by 3") {
    CHECK(of(RuleId::RK301, file("  4: {status: addressed, practice: p}\n")).empty());
  }
  SUBCASE("a basis that is partial or not-applicable is not open") {
    CHECK(of(RuleId::RK301, file("  10: {status: addressed, practice: p}\n"
                                 "  6: {status: partial, practice: p}\n"))
              .empty());
    CHECK(of(RuleId::RK301, file("  10: {status: addressed, practice: p}\n"
                                 "  6: {status: not-applicable, rationale: r}\n"))
              .empty());
  }
  SUBCASE("only for an addressed signpost") {
    CHECK(of(RuleId::RK301, file("  10: {status: partial, practice: p}\n")).empty());
  }
  SUBCASE("only for a selected signpost") {
    check::Settings s = routekaart::testing::all_signposts();
    s.selected = {6, 12};
    CHECK(
        of(RuleId::RK301, check_text(file("  10: {status: addressed, practice: p}\n"), s).findings)
            .empty());
  }
}

TEST_CASE("add_findings: only the selected signposts are looked at") {
  check::Settings s = routekaart::testing::all_signposts();
  s.selected = {2, 12};
  const FileReport r = check_text(file("  1: {status: addressed}\n"), s);
  CHECK(routekaart::testing::rules_of(r.findings) ==
        std::vector<std::string>{"RK101/2", "RK101/12"});
  REQUIRE(r.signposts.size() == 2);
  CHECK(r.signposts[0].number == 2);
  CHECK(r.signposts[1].number == 12);
}

// ---- apply_suppressions ------------------------------------------------------------------------

namespace {

// The findings and the suppressed ones of `signposts` plus the `suppress:` entries.
FileReport suppressed(const std::string& signposts, const std::string& entries) {
  return check_text(file(signposts, "suppress:\n" + entries));
}

}  // namespace

TEST_CASE("apply_suppressions: a matching entry moves findings aside") {
  SUBCASE("by rule and signpost, with the reason as hint") {
    const FileReport r = suppressed("  1: {status: addressed}\n  2: {status: partial}\n",
                                    "  - {rule: RK103, signpost: 2, reason: Staat in het plan.}\n");
    CHECK(of(RuleId::RK103, r.findings).size() == 1);  // signpost 1's stays
    REQUIRE(r.suppressed.size() == 1);
    CHECK(r.suppressed[0].signpost == 2);
    CHECK(r.suppressed[0].severity == Severity::warning);
    CHECK(routekaart::testing::words(r.suppressed[0].message) ==
          "signpost 2 (Integrative picture) is partial but has no practice description");
    CHECK(routekaart::testing::hint_words(r.suppressed[0]) == "Staat in het plan.");
    CHECK(of(RuleId::RK022, r.findings).empty());
  }
  SUBCASE("without a signpost: every finding of the rule") {
    const FileReport r = suppressed("  1: {status: addressed}\n",
                                    "  - {rule: rk101, reason: We beschrijven ze later.}\n");
    CHECK(of(RuleId::RK101, r.findings).empty());
    CHECK(r.suppressed.size() == 13);
    CHECK(of(RuleId::RK103, r.findings).size() == 1);
  }
  SUBCASE("two entries for the same finding: the second matches nothing") {
    const FileReport r = suppressed("  1: {status: addressed}\n",
                                    "  - {rule: RK103, reason: a}\n  - {rule: RK103, reason: b}\n");
    CHECK(r.suppressed.size() == 1);
    CHECK(of(RuleId::RK022, r.findings).size() == 1);
  }
}

TEST_CASE("apply_suppressions: RK022 for an entry that matches nothing") {
  SUBCASE("for a signpost") {
    const FileReport r = suppressed("  1: {status: addressed, practice: p}\n",
                                    "  - {rule: RK103, signpost: 1, reason: Oud.}\n");
    CHECK(r.suppressed.empty());
    CHECK(of(RuleId::RK022, r.findings) ==
          Lines{"RK022 7:5 [1] warning: the suppression of RK103 for signpost 1 matches no "
                "finding | Remove the suppression, or correct its rule id or signpost number."});
    CHECK(of(RuleId::RK022, r.findings, Lang::nl) ==
          Lines{"RK022 7:5 [1] warning: de onderdrukking van RK103 voor wegwijzer 1 past op geen "
                "enkele bevinding | Verwijder de onderdrukking, of corrigeer de regel-id of het "
                "wegwijzernummer."});
  }
  SUBCASE("for the whole file, with the rule as written") {
    CHECK(of(RuleId::RK022, suppressed("", "  - {rule: rk999, reason: x}\n").findings) ==
          Lines{"RK022 6:5 [0] warning: the suppression of rk999 matches no finding | Remove the "
                "suppression, or correct its rule id or signpost number."});
  }
  SUBCASE("format findings cannot be suppressed") {
    const FileReport r = check_text(
        "routekaart: 1\nintervention: {name: X, tier: 9}\nsignposts: {}\n"
        "suppress:\n  - {rule: RK006, reason: Klopt niet.}\n");
    CHECK(of(RuleId::RK006, r.findings).size() == 1);
    CHECK(r.suppressed.empty());
    CHECK(of(RuleId::RK022, r.findings).size() == 1);
  }
}

TEST_CASE("apply_suppressions: directly, on findings made by hand") {
  model::Intervention in;
  in.path = "f.yaml";
  in.suppressions = {{"RK301", "basis is er", 10, {9, 5}}};
  auto made = [](RuleId rule, int signpost) {
    return Diagnostic{rule,
                      Severity::info,
                      Location{"f.yaml", 1, 1},
                      texts::value{.value = "x"},
                      {texts::value{.value = "remedy"}},
                      signpost};
  };
  Diagnostics findings = {made(RuleId::RK301, 4), made(RuleId::RK301, 10), made(RuleId::RK301, 10)};
  Diagnostics aside;
  check::apply_suppressions(in, findings, aside);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].signpost == 4);
  REQUIRE(aside.size() == 2);
  CHECK(routekaart::testing::hint_words(aside[1]) == "basis is er");
}

// ---- apply_rule_settings -----------------------------------------------------------------------

namespace {

Diagnostic finding(RuleId rule, Severity severity, int signpost) {
  return Diagnostic{rule, severity, Location{"f.yaml", 1, 1}, texts::value{.value = "x"},
                    {},   signpost};
}

// "RK101/2:error" for each finding.
std::vector<std::string> settled(Diagnostics findings,
                                 std::map<RuleId, std::optional<Severity>> rules,
                                 std::vector<int> required = {}) {
  check::Settings s = routekaart::testing::all_signposts();
  s.rules = std::move(rules);
  s.required = std::move(required);
  check::apply_rule_settings(findings, s);
  std::vector<std::string> out;
  for (const auto& d : findings)
    out.push_back(std::string(rule_name(d.rule)) + "/" + std::to_string(d.signpost) + ":" +
                  std::string(severity_name(d.severity)));
  return out;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("apply_rule_settings: off, another severity, required signposts") {
  const Diagnostics findings = {
      finding(RuleId::RK101, Severity::warning, 2), finding(RuleId::RK102, Severity::warning, 3),
      finding(RuleId::RK103, Severity::warning, 2), finding(RuleId::RK301, Severity::info, 10)};
  SUBCASE("no settings: as they are") {
    CHECK(settled(findings, {}) ==
          Words{"RK101/2:warning", "RK102/3:warning", "RK103/2:warning", "RK301/10:info"});
  }
  SUBCASE("off removes, a severity replaces") {
    CHECK(settled(findings, {{RuleId::RK301, std::nullopt},
                             {RuleId::RK103, Severity::error},
                             {RuleId::RK101, Severity::info}}) ==
          Words{"RK101/2:info", "RK102/3:warning", "RK103/2:error"});
  }
  SUBCASE("required signposts make RK101 and RK102 errors, nothing else") {
    CHECK(settled(findings, {}, {2, 3, 10}) ==
          Words{"RK101/2:error", "RK102/3:error", "RK103/2:warning", "RK301/10:info"});
  }
  SUBCASE("required wins over a lower severity; off wins over required") {
    CHECK(settled(findings, {{RuleId::RK101, Severity::info}, {RuleId::RK102, std::nullopt}},
                  {2, 3}) == Words{"RK101/2:error", "RK103/2:warning", "RK301/10:info"});
  }
}

TEST_CASE("apply_rule_settings: fixed findings keep their severity") {
  const Diagnostics findings = {
      finding(RuleId::RK003, Severity::error, 0), finding(RuleId::RK022, Severity::warning, 1),
      finding(RuleId::RK006, Severity::error, 2), finding(RuleId::RK107, Severity::error, 0)};
  CHECK(settled(findings, {{RuleId::RK003, std::nullopt},
                           {RuleId::RK022, std::nullopt},
                           {RuleId::RK006, Severity::info},
                           {RuleId::RK107, std::nullopt}}) ==
        Words{"RK003/0:error", "RK006/2:error", "RK107/0:error"});
}

TEST_CASE("apply_rule_settings: through the pipeline, validation errors stay errors") {
  check::Settings s = routekaart::testing::all_signposts();
  s.rules = {{RuleId::RK006, Severity::info}, {RuleId::RK102, Severity::info}};
  const FileReport r = check_text(
      "routekaart: 1\nintervention: {name: X, tier: 9}\nsignposts:\n"
      "  1: {status: planned}\nmethod: {end_result: e}\n",
      s);
  CHECK(of(RuleId::RK006, r.findings)[0].substr(0, 22) == "RK006 2:31 [0] error: ");
  CHECK(of(RuleId::RK102, r.findings)[0].substr(0, 21) == "RK102 4:15 [1] info: ");
}

TEST_CASE("method_findings: the RK2xx findings only") {
  const Diagnostics findings = {
      finding(RuleId::RK101, Severity::warning, 2), finding(RuleId::RK201, Severity::warning, 12),
      finding(RuleId::RK205, Severity::error, 12), finding(RuleId::RK301, Severity::info, 10),
      finding(RuleId::RK022, Severity::warning, 0)};
  CHECK(routekaart::testing::rules_of(check::method_findings(findings)) ==
        std::vector<std::string>{"RK201/12", "RK205/12"});
  CHECK(check::method_findings({}).empty());
}
