// src/schema/validate.cpp: checking a tree against the format table, every problem at its place.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "helpers.hpp"
#include "model/intervention.hpp"
#include "schema/validate.hpp"
#include "yaml/load.hpp"

using routekaart::catalogue::Catalogue;
using routekaart::catalogue::load_embedded_catalogue;
using routekaart::io::Source;
using routekaart::model::load_intervention_text;
using routekaart::model::LoadedIntervention;
using routekaart::testing::embedded_catalogue;

using namespace routekaart;

static LoadedIntervention load(const std::string& text) {
  static const Catalogue catalogue = *load_embedded_catalogue().catalogue;
  return load_intervention_text(Source{"f.yaml", text}, catalogue, Limits{});
}

static const char* kMinimal =
    "routekaart: 1\nintervention:\n  name: X\nsignposts:\n  1: {status: addressed, practice: p}\n";

TEST_CASE("validate: a minimal file is valid") {
  LoadedIntervention l = load(kMinimal);
  CHECK(l.diagnostics.empty());
  REQUIRE(l.intervention);
  CHECK(l.intervention->signposts[1].status == Status::addressed);
  CHECK_FALSE(l.intervention->signposts[2].described);
}

TEST_CASE("validate: every problem is reported, each at its place") {
  LoadedIntervention l = load(
      "routekaart: 1\n"
      "intervention:\n"
      "  name: X\n"
      "  tier: 4\n"
      "  ages: [18, 12]\n"
      "signposts:\n"
      "  1: {stauts: addressed}\n"
      "  15: {status: addressed}\n"
      "  2: {status: done}\n"
      "  3:\n"
      "    status: partial\n"
      "    elements: {4a: addressed}\n");
  std::vector<std::string> got;
  for (const auto& d : l.diagnostics)
    got.push_back(std::string(rule_name(d.rule)) + "@" + std::to_string(d.location.line) + ":" +
                  std::to_string(d.location.column) + " " + tr(Lang::en, d.message));
  CHECK(got == std::vector<std::string>{
                   "RK006@4:9 intervention.tier must be between 1 and 3, not 4",
                   "RK006@5:9 the youngest age (18) is above the oldest (12)",
                   "RK007@7:6 required key 'status' is missing in signposts.1",
                   "RK003@7:7 unknown key 'stauts' in signposts.1",
                   "RK013@8:3 '15' in signposts is not a signpost number",
                   "RK006@9:15 'done' is not allowed for signposts.2.status",
                   "RK011@12:16 '4a' is not an element of signpost 3",
               });
}

TEST_CASE("validate: missing required keys and wrong types") {
  LoadedIntervention l = load("routekaart: '1'\nintervention: [a]\n");
  std::vector<std::string> rules;
  for (const auto& d : l.diagnostics) rules.emplace_back(rule_name(d.rule));
  CHECK(rules == std::vector<std::string>{"RK007", "RK005", "RK005"});
}

TEST_CASE("validate: an unsupported version says which one is read") {
  LoadedIntervention l = load("routekaart: 2\nintervention: {name: X}\nsignposts: {}\n");
  REQUIRE(l.diagnostics.size() == 1);
  CHECK(l.diagnostics[0].rule == RuleId::RK008);
  CHECK(routekaart::testing::words(l.diagnostics[0].message) ==
        "format version 2 is not supported; this routekaart reads version 1");
}

TEST_CASE("validate: the same findings in Dutch words") {
  LoadedIntervention l =
      load("routekaart: 1\nintervention: {name: X}\nsignposts:\n  1: {stauts: addressed}\n");
  REQUIRE(l.diagnostics.size() == 2);
  CHECK(tr(Lang::nl, l.diagnostics[0].message) ==
        "verplichte sleutel 'status' ontbreekt in signposts.1");
  CHECK(tr(Lang::nl, l.diagnostics[1].message) == "onbekende sleutel 'stauts' in signposts.1");
  CHECK(hint_text(l.diagnostics[1], Lang::nl) == "bedoel je 'status'?");
}

// ---- validate_tree, one rule and one path at a time ---------------------------------------------

namespace {

using Lines = std::vector<std::string>;

// Every diagnostic as "RK003 7:7 [signpost] message | hint", in `lang`.
Lines problems(const std::string& text, const schema::Spec& spec, Lang lang = Lang::en) {
  auto parsed = yaml::parse_yaml(Source{"f.yaml", text}, Limits{});
  REQUIRE(parsed.diagnostics.empty());
  REQUIRE(parsed.root);
  Diagnostics out;
  schema::validate_tree(
      *parsed.root, spec, "f.yaml", [](int n) { return embedded_catalogue().element_ids(n); }, out);
  Lines lines;
  for (const auto& d : out) {
    CHECK(d.severity == Severity::error);
    CHECK(d.location.file == "f.yaml");
    std::string line = std::string(rule_name(d.rule)) + " " + std::to_string(d.location.line) +
                       ":" + std::to_string(d.location.column) + " ";
    if (d.signpost) line += "[" + std::to_string(d.signpost) + "] ";
    line += tr(lang, d.message) + " | " + hint_text(d, lang);
    lines.push_back(line);
  }
  return lines;
}

// An intervention file with `extra` added to a valid minimum.
Lines intervention(const std::string& extra, Lang lang = Lang::en) {
  return problems("routekaart: 1\nintervention: {name: X}\nsignposts: {}\n" + extra,
                  schema::intervention_spec(), lang);
}

Lines config(const std::string& text, Lang lang = Lang::en) {
  return problems(text, schema::config_spec(), lang);
}

}  // namespace

TEST_CASE("validate_tree: a valid file gives nothing") {
  CHECK(intervention("").empty());
  CHECK(intervention("language: nl\n"
                     "team:\n  - {role: coach, hours_per_week: 7.5, expertise: gedrag}\n"
                     "method:\n  end_result: terug naar school\n"
                     "  goals: [{id: G1, text: a}]\n"
                     "  methods: [{id: M1, name: m, goals: [G1], signposts: [3], mode: flexible}]\n"
                     "ratings:\n  - {rater: A, date: 2024-02-29, scores: {1: {importance: 5}}}\n"
                     "suppress:\n  - {rule: RK101, signpost: 3, reason: later}\n")
            .empty());
}

TEST_CASE("validate_tree: RK003 unknown keys") {
  SUBCASE("a typo: did you mean") {
    CHECK(intervention("tema: []\n") ==
          Lines{"RK003 4:1 unknown key 'tema' in / | did you mean 'team'?"});
  }
  SUBCASE("no close key: the keys allowed here") {
    CHECK(problems("routekaart: 1\nintervention: {name: X, budget: 5}\nsignposts: {}\n",
                   schema::intervention_spec()) ==
          Lines{"RK003 2:25 unknown key 'budget' in intervention | allowed here: name, "
                "organisation, contact, setting, tier, target_group, ages, school_types, "
                "alternative_programme, "
                "group_size, duration_weeks, summary"});
  }
  SUBCASE("in Dutch") {
    CHECK(intervention("tema: []\n", Lang::nl) ==
          Lines{"RK003 4:1 onbekende sleutel 'tema' in / | bedoel je 'team'?"});
  }
  SUBCASE("inside a signpost, with its number") {
    CHECK(problems("routekaart: 1\nintervention: {name: X}\n"
                   "signposts:\n  5: {status: partial, practice: p, next_step: [a]}\n",
                   schema::intervention_spec()) ==
          Lines{"RK003 4:37 [5] unknown key 'next_step' in signposts.5 | did you mean "
                "'next_steps'?"});
  }
  SUBCASE("a list as key is reported at its place") {
    const Lines got = intervention("? [a]\n: 1\n");
    REQUIRE(got.size() == 1);
    CHECK(got[0].substr(0, 10) == "RK003 4:3 ");
  }
}

TEST_CASE("validate_tree: RK005 values of the wrong kind") {
  SUBCASE("a map expected") {
    CHECK(problems("routekaart: 1\nintervention: [a]\nsignposts: {}\n",
                   schema::intervention_spec()) ==
          Lines{"RK005 2:15 intervention must be a map (key: value lines), but is a list | write "
                "indented 'key: value' lines under it"});
  }
  SUBCASE("a list expected") {
    CHECK(intervention("team: coach\n") ==
          Lines{"RK005 4:7 team must be a list, but is text | write items as '- item' lines, or "
                "as [a, b]"});
  }
  SUBCASE("text expected") {
    CHECK(problems("routekaart: 1\nintervention: {name: X, summary: [a, b]}\nsignposts: {}\n",
                   schema::intervention_spec()) ==
          Lines{"RK005 2:34 intervention.summary must be text, but is a list | write the text on "
                "the same line, or use '>-' for several lines"});
  }
  SUBCASE("a whole number expected") {
    CHECK(problems("routekaart: 1\nintervention: {name: X, tier: '2'}\nsignposts: {}\n",
                   schema::intervention_spec()) ==
          Lines{"RK005 2:31 intervention.tier must be a whole number, but is text | write digits "
                "only, without quotes, e.g. 12"});
    CHECK(problems("routekaart: 1\nintervention: {name: X, group_size: 2.5}\nsignposts: {}\n",
                   schema::intervention_spec())
              .size() == 1);
  }
  SUBCASE("a number expected") {
    CHECK(intervention("team: [{role: coach, hours_per_week: 12abc}]\n") ==
          Lines{"RK005 4:38 team[1].hours_per_week must be a number, but is text | write a "
                "number without quotes, e.g. 16 or 7.5"});
  }
  SUBCASE("a word expected") {
    CHECK(intervention("language: [nl]\n") ==
          Lines{"RK005 4:11 language must be one word from a fixed list, but is a list | write "
                "one of the allowed words"});
  }
  SUBCASE("a date expected") {
    CHECK(intervention("ratings: [{rater: A, date: {y: 1}, scores: {}}]\n") ==
          Lines{"RK005 4:28 ratings[1].date must be a date, but is a map (key: value lines) | "
                "write the date as YYYY-MM-DD"});
  }
  SUBCASE("a status entry expected") {
    CHECK(problems("routekaart: 1\nintervention: {name: X}\n"
                   "signposts:\n  3: {status: partial, practice: p, elements: {3a: [x]}}\n",
                   schema::intervention_spec()) ==
          Lines{"RK005 4:52 [3] signposts.3.elements.3a must be a status or a map with status and "
                "practice, but is a list | write e.g. 'addressed' or '{status: partial, practice: "
                "...}'"});
  }
  SUBCASE("an age range expected") {
    CHECK(problems("routekaart: 1\nintervention: {name: X, ages: [12]}\nsignposts: {}\n",
                   schema::intervention_spec()) ==
          Lines{"RK005 2:31 intervention.ages must be a pair [youngest, oldest], but is a list | "
                "write e.g. [12, 18]"});
    CHECK(problems("routekaart: 1\nintervention: {name: X, ages: 12}\nsignposts: {}\n",
                   schema::intervention_spec())
              .size() == 1);
  }
  SUBCASE("what is there is named: text, list, map or empty") {
    CHECK(
        problems("routekaart: 1\nintervention: x\nsignposts: {}\n", schema::intervention_spec()) ==
        Lines{"RK005 2:15 intervention must be a map (key: value lines), but is text | write "
              "indented 'key: value' lines under it"});
    CHECK(intervention("team: [~]\n", Lang::nl) ==
          Lines{"RK005 4:8 team[1] moet een map (regels sleutel: waarde) zijn, maar is leeg | zet "
                "er ingesprongen regels 'sleutel: waarde' onder"});
  }
  SUBCASE("in Dutch") {
    CHECK(intervention("team: coach\n", Lang::nl) ==
          Lines{"RK005 4:7 team moet een lijst zijn, maar is tekst | schrijf items als regels "
                "'- item', of als [a, b]"});
  }
}

TEST_CASE("validate_tree: RK006 values that are not allowed") {
  SUBCASE("a whole number out of range") {
    CHECK(problems("routekaart: 1\nintervention: {name: X, tier: 0}\nsignposts: {}\n",
                   schema::intervention_spec()) ==
          Lines{"RK006 2:31 intervention.tier must be between 1 and 3, not 0 | write a whole "
                "number from 1 to 3"});
  }
  SUBCASE("a decimal number out of range, shown as written") {
    CHECK(intervention("team: [{role: coach, hours_per_week: 168.5}]\n") ==
          Lines{"RK006 4:38 team[1].hours_per_week must be between 0 and 168, not 168.5 | write "
                "a whole number from 0 to 168"});
    CHECK(intervention("team: [{role: coach, hours_per_week: 168}]\n").empty());
    CHECK(intervention("team: [{role: coach, hours_per_week: -0.5}]\n").size() == 1);
  }
  SUBCASE("a word that is not a choice, without a close one") {
    CHECK(problems("routekaart: 1\nintervention: {name: X, setting: zorg}\nsignposts: {}\n",
                   schema::intervention_spec()) ==
          Lines{"RK006 2:34 'zorg' is not allowed for intervention.setting | use one of: "
                "education, care, combined"});
  }
  SUBCASE("a word close to a choice") {
    CHECK(problems("routekaart: 1\nintervention: {name: X, setting: cares}\nsignposts: {}\n",
                   schema::intervention_spec()) ==
          Lines{"RK006 2:34 'cares' is not allowed for intervention.setting | did you mean "
                "'care'? Allowed: education, care, combined"});
    CHECK(problems("routekaart: 1\nintervention: {name: X, setting: cares}\nsignposts: {}\n",
                   schema::intervention_spec(), Lang::nl) ==
          Lines{"RK006 2:34 'cares' is niet toegestaan voor intervention.setting | bedoel je "
                "'care'? Toegestaan: education, care, combined"});
  }
  SUBCASE("an empty name") {
    CHECK(problems("routekaart: 1\nintervention: {name: '  '}\nsignposts: {}\n",
                   schema::intervention_spec()) ==
          Lines{"RK006 2:22 intervention.name is empty | fill in a value"});
  }
  SUBCASE("dates that do not exist") {
    auto date = [](const std::string& value) {
      return intervention("ratings: [{rater: A, date: " + value + ", scores: {}}]\n");
    };
    CHECK(date("2026-02-30") ==
          Lines{"RK006 4:28 ratings[1].date: '2026-02-30' is not a valid date | write the date as "
                "YYYY-MM-DD, e.g. 2026-10-01"});
    CHECK(date("2024-02-29").empty());  // leap year
    CHECK(date("2000-02-29").empty());  // divisible by 400
    CHECK(date("1900-02-29").size() == 1);
    CHECK(date("2023-02-29").size() == 1);
    CHECK(date("2026-04-31").size() == 1);
    CHECK(date("2026-12-31").empty());
    CHECK(date("2026-13-01").size() == 1);
    CHECK(date("2026-00-10").size() == 1);
    CHECK(date("2026-01-00").size() == 1);
    CHECK(date("2026-1-01").size() == 1);
    CHECK(date("01-01-2026").size() == 1);
    CHECK(date("2026/01/01").size() == 1);
    CHECK(date("'2026-01-01'").empty());  // quoted is fine: a date is text
  }
  SUBCASE("ages out of range, each at its own value") {
    CHECK(problems("routekaart: 1\nintervention: {name: X, ages: [3, 30]}\nsignposts: {}\n",
                   schema::intervention_spec()) ==
          Lines{"RK006 2:32 intervention.ages must be between 4 and 27, not 3 | write a whole "
                "number from 4 to 27",
                "RK006 2:35 intervention.ages must be between 4 and 27, not 30 | write a whole "
                "number from 4 to 27"});
  }
  SUBCASE("ages the wrong way round") {
    CHECK(problems("routekaart: 1\nintervention: {name: X, ages: [18, 12]}\nsignposts: {}\n",
                   schema::intervention_spec(), Lang::nl) ==
          Lines{"RK006 2:31 de jongste leeftijd (18) is hoger dan de oudste (12) | schrijf "
                "[jongste, oudste], bijvoorbeeld [12, 18]"});
    CHECK(problems("routekaart: 1\nintervention: {name: X, ages: [12, 12]}\nsignposts: {}\n",
                   schema::intervention_spec())
              .empty());
  }
  SUBCASE("an element's status") {
    CHECK(problems("routekaart: 1\nintervention: {name: X}\n"
                   "signposts:\n  3: {status: partial, practice: p, elements: {3a: done}}\n",
                   schema::intervention_spec()) ==
          Lines{"RK006 4:52 [3] 'done' is not allowed for signposts.3.elements.3a | use one of: "
                "addressed, partial, planned, not-addressed, not-applicable (or the Dutch words: "
                "aangepakt, deels aangepakt, gepland, niet aangepakt, niet van toepassing)"});
  }
}

TEST_CASE("validate_tree: RK007 required keys") {
  SUBCASE("missing at the top, with the field's text in the hint") {
    CHECK(problems("routekaart: 1\nsignposts: {}\n", schema::intervention_spec()) ==
          Lines{"RK007 1:1 required key 'intervention' is missing in / | add 'intervention: ...' "
                "(What the intervention is)"});
    CHECK(problems("routekaart: 1\nsignposts: {}\n", schema::intervention_spec(), Lang::nl) ==
          Lines{"RK007 1:1 verplichte sleutel 'intervention' ontbreekt in / | voeg "
                "'intervention: ...' toe (Wat de interventie is)"});
  }
  SUBCASE("present without a value") {
    CHECK(problems("routekaart: 1\nintervention: {name: X}\nsignposts:\n",
                   schema::intervention_spec()) ==
          Lines{"RK007 3:1 signposts has no value | add 'signposts: ...' (Per signpost 1..14: "
                "status and practice)"});
    CHECK(problems("routekaart: 1\nintervention:\n  name:\nsignposts: {}\n",
                   schema::intervention_spec()) ==
          Lines{"RK007 3:3 intervention.name has no value | add 'name: ...' (Name of the "
                "intervention)"});
  }
  SUBCASE("a signpost without anything is a map without status") {
    CHECK(problems("routekaart: 1\nintervention: {name: X}\nsignposts:\n  4:\n",
                   schema::intervention_spec()) ==
          Lines{"RK007 4:3 [4] required key 'status' is missing in signposts.4 | add 'status: "
                "...' (addressed, partial, planned, not-addressed or not-applicable, or the Dutch "
                "words)"});
  }
  SUBCASE("an element entry as a map needs its status") {
    CHECK(
        problems("routekaart: 1\nintervention: {name: X}\n"
                 "signposts:\n  3: {status: partial, practice: p, elements: {3a: {practice: q}}}\n",
                 schema::intervention_spec()) ==
        Lines{"RK007 4:52 [3] required key 'status' is missing in signposts.3.elements.3a | add "
              "'status: ...' (addressed, partial, planned, ...)"});
  }
  SUBCASE("in a list item, with its index") {
    CHECK(intervention("method: {goals: [{id: G1}]}\n") ==
          Lines{"RK007 4:18 required key 'text' is missing in method.goals[1] | add 'text: ...' "
                "(The goal)"});
  }
  SUBCASE("a field without a text: the plain hint") {
    const Lines got = problems("number: 1\n", schema::catalogue_entry_spec());
    REQUIRE(got.size() == 11);
    CHECK(got[0] == "RK007 1:1 required key 'slug' is missing in / | add 'slug: ...'");
  }
  SUBCASE("an optional key without a value is fine") {
    CHECK(intervention("method:\nteam:\nresources:\n").empty());
  }
}

TEST_CASE("validate_tree: RK008 the format version") {
  auto version = [](const std::string& v) {
    return problems("routekaart: " + v + "\nintervention: {name: X}\nsignposts: {}\n",
                    schema::intervention_spec());
  };
  CHECK(version("1").empty());
  CHECK(version("2") == Lines{"RK008 1:13 format version 2 is not supported; this routekaart "
                              "reads version 1 | write 'routekaart: 1', or update routekaart"});
  CHECK(version("0") == Lines{"RK008 1:13 format version 0 is not supported; this routekaart "
                              "reads version 1 | write 'routekaart: 1', or update routekaart"});
  CHECK(problems("routekaart: 3\nintervention: {name: X}\nsignposts: {}\n",
                 schema::intervention_spec(), Lang::nl) ==
        Lines{"RK008 1:13 formaatversie 3 wordt niet ondersteund; deze routekaart leest versie 1 "
              "| schrijf 'routekaart: 1', of werk routekaart bij"});
  CHECK(version("'1'").size() == 1);  // quoted: RK005
  CHECK(version("'1'")[0].substr(0, 5) == "RK005");
}

TEST_CASE("validate_tree: RK011 elements of another signpost") {
  SUBCASE("no close id: the signpost's elements") {
    CHECK(problems("routekaart: 1\nintervention: {name: X}\n"
                   "signposts:\n  3: {status: partial, practice: p, elements: {4a: addressed}}\n",
                   schema::intervention_spec()) ==
          Lines{"RK011 4:48 [3] '4a' is not an element of signpost 3 | elements of signpost 3: "
                "3a, 3b, 3c, 3d, 3e, 3f, 3g (see: routekaart explain N)"});
  }
  SUBCASE("a close id: did you mean") {
    CHECK(problems("routekaart: 1\nintervention: {name: X}\n"
                   "signposts:\n  3: {status: partial, practice: p, elements: {3aa: addressed}}\n",
                   schema::intervention_spec(), Lang::nl) ==
          Lines{"RK011 4:48 [3] '3aa' is geen element van wegwijzer 3 | bedoel je '3a'?"});
  }
  SUBCASE("elements must be a map") {
    CHECK(problems("routekaart: 1\nintervention: {name: X}\n"
                   "signposts:\n  3: {status: partial, practice: p, elements: [3a]}\n",
                   schema::intervention_spec())[0]
              .substr(0, 13) == "RK005 4:47 [3");
  }
}

TEST_CASE("validate_tree: RK013 keys that are no signpost number") {
  auto key = [](const std::string& k) {
    return problems(
        "routekaart: 1\nintervention: {name: X}\nsignposts:\n  " + k + ": {status: planned}\n",
        schema::intervention_spec());
  };
  CHECK(key("14").empty());
  CHECK(key("15") == Lines{"RK013 4:3 '15' in signposts is not a signpost number | use the "
                           "numbers 1 to 14, without quotes"});
  CHECK(key("0").size() == 1);
  CHECK(key("-1").size() == 1);
  CHECK(key("'3'") == Lines{"RK013 4:3 '3' in signposts is not a signpost number | use the "
                            "numbers 1 to 14, without quotes"});
  CHECK(key("drie").size() == 1);
  SUBCASE("in the scores of a rating too") {
    CHECK(intervention("ratings: [{rater: A, scores: {15: {importance: 3}}}]\n") ==
          Lines{"RK013 4:31 '15' in ratings[1].scores is not a signpost number | use the numbers "
                "1 to 14, without quotes"});
  }
}

// Bug: `3:` and `03:` are different keys to YAML, so the duplicate-key check let them through,
// and the model kept one of the two signposts silently.
TEST_CASE("validate_tree: RK004 one signpost under two keys") {
  CHECK(problems("routekaart: 1\nintervention: {name: X}\nsignposts:\n"
                 "  3: {status: planned}\n  03: {status: addressed, practice: p}\n",
                 schema::intervention_spec()) ==
        Lines{"RK004 5:3 [3] signpost 3 appears twice in signposts: as '03' here and as '3' on "
              "line 4 | keep one entry per signpost and merge the two; otherwise only one of them "
              "would count"});
  SUBCASE("+3 is 3 as well") {
    CHECK(problems("routekaart: 1\nintervention: {name: X}\nsignposts:\n"
                   "  +3: {status: planned}\n  3: {status: planned}\n",
                   schema::intervention_spec())
              .size() == 1);
  }
  SUBCASE("in the scores of a rating, in Dutch") {
    CHECK(
        intervention("ratings: [{rater: A, scores: {1: {importance: 3}, 001: {importance: 4}}}]\n",
                     Lang::nl) ==
        Lines{"RK004 4:51 [1] wegwijzer 1 staat twee keer in ratings[1].scores: hier als '001' "
              "en op regel 4 als '1' | houd één item per wegwijzer aan en voeg de twee samen; "
              "anders telt er maar één mee"});
  }
  SUBCASE("the same key twice is the parser's duplicate key, not reported again") {
    auto parsed = yaml::parse_yaml(Source{"f.yaml",
                                          "routekaart: 1\nintervention: {name: X}\nsignposts:\n"
                                          "  3: {status: planned}\n  3: {status: planned}\n"},
                                   Limits{});
    REQUIRE(parsed.diagnostics.size() == 1);
    CHECK(parsed.diagnostics[0].rule == RuleId::RK004);
    Diagnostics out;
    schema::validate_tree(
        *parsed.root, schema::intervention_spec(), "f.yaml",
        [](int n) { return embedded_catalogue().element_ids(n); }, out);
    CHECK(out.empty());
  }
}

TEST_CASE("validate_tree: RK014 tags") {
  SUBCASE("an unknown tag") {
    CHECK(problems("routekaart: 1\nintervention: {name: !secret X}\nsignposts: {}\n",
                   schema::intervention_spec()) ==
          Lines{"RK014 2:22 tag !secret on intervention.name is not supported | remove the tag "
                "(the part starting with !)"});
  }
  SUBCASE("a standard tag that the format has no use for, shown short") {
    CHECK(problems("routekaart: 1\nintervention: {name: !!binary eA==}\nsignposts: {}\n",
                   schema::intervention_spec(), Lang::nl) ==
          Lines{"RK014 2:22 tag !!binary bij intervention.name wordt niet ondersteund | verwijder "
                "de tag (het deel dat met ! begint)"});
    CHECK(problems("routekaart: 1\nintervention: {name: X, tier: !!float 2}\nsignposts: {}\n",
                   schema::intervention_spec())
              .size() == 1);
  }
  SUBCASE("standard tags that agree with the format are harmless") {
    CHECK(problems("routekaart: !!int 1\nintervention: !!map {name: !!str X}\nsignposts: {}\n"
                   "team: !!seq []\n",
                   schema::intervention_spec())
              .empty());
  }
  SUBCASE("a tagged value is not checked further") {
    CHECK(problems("routekaart: 1\nintervention: !x [a]\nsignposts: {}\n",
                   schema::intervention_spec())
              .size() == 1);
  }
}

TEST_CASE("validate_tree: the rules of a project configuration") {
  SUBCASE("valid settings") {
    CHECK(config("rules: {RK101: off, RK102: error, rk301: info, RK022x: warning}\n").size() == 1);
    CHECK(config("rules: {RK101: off, RK102: error, rk301: info}\n").empty());
    CHECK(config("rules:\n").empty());
  }
  SUBCASE("format rules and RK107 cannot be switched off or changed") {
    CHECK(config("rules: {RK003: off}\n") ==
          Lines{"RK006 1:9 RK003 cannot be switched off or given another severity | remove this "
                "line: format rules (RK001-RK015) and RK107 always count, because a file that "
                "breaks the format cannot be checked and RK107 is what --min-coverage decides on"});
    CHECK(config("rules: {rk009: warning}\n", Lang::nl) ==
          Lines{"RK006 1:9 RK009 kan niet uit en krijgt geen andere ernst | verwijder deze regel: "
                "formaatregels (RK001-RK015) en RK107 tellen altijd, want een bestand dat het "
                "formaat breekt kan niet gecontroleerd worden en op RK107 beslist --min-coverage"});
    CHECK(config("rules: {RK107: warning}\n").size() == 1);
    // The catalogue rules RK020-RK022 are no format rules: a project may switch them off.
    CHECK(config("rules: {RK022: off}\n").empty());
  }
  SUBCASE("an id that is no rule") {
    CHECK(config("rules: {RK999: off}\n") ==
          Lines{"RK003 1:9 'RK999' is not a rule id | see 'routekaart rules' for the ids"});
    CHECK(config("rules: {RK1o1: off}\n") ==
          Lines{"RK003 1:9 'RK1o1' is not a rule id | did you mean 'RK101'?"});
  }
  SUBCASE("a value that is no setting") {
    CHECK(config("rules: {RK102: loud}\n") ==
          Lines{"RK006 1:16 'loud' is not allowed for rules.RK102 | use one of: off, error, "
                "warning, info"});
    CHECK(config("rules: {RK102: warnng}\n") ==
          Lines{"RK006 1:16 'warnng' is not allowed for rules.RK102 | did you mean 'warning'? "
                "Allowed: off, error, warning, info"});
  }
  SUBCASE("rules must be a map") {
    CHECK(config("rules: [RK101]\n") ==
          Lines{"RK005 1:8 rules must be a map (key: value lines), but is a list | write "
                "indented 'key: value' lines under it"});
  }
  SUBCASE("the other keys") {
    CHECK(config("fail-on: warnings\n") ==
          Lines{"RK006 1:10 'warnings' is not allowed for fail-on | did you mean 'warning'? "
                "Allowed: error, warning, info, never"});
    CHECK(config("min-coverage: 101\n") ==
          Lines{"RK006 1:15 min-coverage must be between 0 and 100, not 101 | write a whole "
                "number from 0 to 100"});
    CHECK(config("require: [1, 15]\n") ==
          Lines{"RK006 1:14 require[2] must be between 1 and 14, not 15 | write a whole number "
                "from 1 to 14"});
    CHECK(config("fail_on: error\n") ==
          Lines{"RK003 1:1 unknown key 'fail_on' in / | did you mean 'fail-on'?"});
  }
}

namespace {

// The diagnostics of a whole intervention file as "RULE line:column message | hint", the way
// load_intervention_text finds them (with the signposts' names for RK013).
std::vector<std::string> loaded(const std::string& text, Lang lang = Lang::en) {
  std::vector<std::string> out;
  for (const auto& d : load(text).diagnostics)
    out.push_back(std::string(rule_name(d.rule)) + " " + std::to_string(d.location.line) + ":" +
                  std::to_string(d.location.column) + " " + tr(lang, d.message) + " | " +
                  hint_text(d, lang));
  return out;
}

const std::string kHead = "routekaart: 1\nintervention:\n  name: X\n";

}  // namespace

TEST_CASE("validate: Dutch status and priority words are read as the English ones") {
  for (const char* word : {"aangepakt", "behandeld", "Deels aangepakt", "gedeeltelijk", "gepland",
                           "niet-aangepakt", "niet behandeld", "Niet van toepassing", "n.v.t."}) {
    CAPTURE(word);
    LoadedIntervention l = load(kHead + "signposts:\n  1:\n    status: " + word +
                                "\n    priority: optioneel\n    practice: p\n    rationale: r\n");
    CHECK(l.diagnostics.empty());
    REQUIRE(l.intervention);
    CHECK_FALSE(l.intervention->signposts[1].essential);
  }
  LoadedIntervention l = load(kHead + "signposts:\n  1: {status: deels, practice: p}\n");
  REQUIRE(l.intervention);
  CHECK(l.intervention->signposts[1].status == Status::partial);
}

TEST_CASE("validate: a value in the wrong case gets its right spelling") {
  CHECK(
      loaded(kHead + "  school_types: [PO]\nsignposts: {}\n") ==
      std::vector<std::string>{"RK006 4:18 'PO' is not allowed for intervention.school_types[1] | "
                               "did you mean 'po'? Allowed: po, so, vo, vso, mbo"});
  CHECK(loaded(kHead + "language: NL\nsignposts: {}\n", Lang::nl) ==
        std::vector<std::string>{"RK006 4:11 'NL' is niet toegestaan voor language | bedoel je "
                                 "'nl'? Toegestaan: nl, en"});
  CHECK(loaded(kHead + "signposts:\n  1: {status: Addressed, practice: p}\n")[0].ends_with(
      "| did you mean 'addressed'? Allowed: addressed, partial, planned, not-addressed, "
      "not-applicable (or the Dutch words: aangepakt, deels aangepakt, gepland, niet aangepakt, "
      "niet van toepassing)"));
}

TEST_CASE("validate: a signpost's name used as its key: did you mean its number") {
  CHECK(loaded(kHead + "signposts:\n  Sociaal contact:\n    status: planned\n") ==
        std::vector<std::string>{
            "RK013 5:3 'Sociaal contact' in signposts is not a signpost number | did you mean 9? "
            "Signposts are keyed by their number: '9:' for Social contact"});
  CHECK(loaded(kHead + "signposts:\n  social-contact: {status: planned}\n", Lang::nl)[0].ends_with(
      "| bedoel je 9? Wegwijzers staan er met hun nummer: '9:' voor Sociaal contact"));
  CHECK(loaded(kHead + "signposts:\n  wegwijzer 9: {status: planned}\n")[0].ends_with(
      "| did you mean '9'?"));
  CHECK(loaded(kHead + "signposts:\n  '3': {status: planned}\n")[0].ends_with(
      "| use the numbers 1 to 14, without quotes"));
}

TEST_CASE("validate: a rating that is no whole number from 1 to 5") {
  const std::string ratings =
      "signposts: {}\nratings:\n  - rater: A\n    scores:\n      1: "
      "{importance: ";
  CHECK(loaded(kHead + ratings + "4.5}\n") ==
        std::vector<std::string>{"RK006 8:23 ratings[1].scores.1.importance must be a whole "
                                 "number, not 4.5 | write a whole number from 1 to 5"});
  CHECK(loaded(kHead + ratings + "4.5}\n", Lang::nl) ==
        std::vector<std::string>{"RK006 8:23 ratings[1].scores.1.importance moet een geheel "
                                 "getal zijn, niet 4.5 | schrijf een getal van 1 tot en met 5"});
  CHECK(loaded(kHead + ratings + "veel}\n")[0].ends_with("| write a whole number from 1 to 5"));
}

TEST_CASE("validate: Word's curly quotes and odd spaces in values and keys") {
  SUBCASE("a text between curly quotes") {
    CHECK(loaded(kHead + "  organisation: \u201cDe Brug\u201d\nsignposts: {}\n") ==
          std::vector<std::string>{
              "RK006 4:17 intervention.organisation is between the curly quotes \u201c \u201d, as "
              "Word types them; YAML does not read them as quotes, so they become part of the "
              "text | use straight quotes, or none: \"De Brug\""});
  }
  SUBCASE("a non-breaking space in a status word") {
    const auto got = loaded(kHead + "signposts:\n  1: {status: planned\u00a0}\n");
    REQUIRE(got.size() == 1);
    CHECK(got[0] ==
          "RK006 5:22 'planned\u00a0' in signposts.1.status contains a non-breaking "
          "space (U+00A0), copied along from Word or a web page | delete it and write "
          "'planned'");
  }
  SUBCASE("a colon inside a list item makes it a map") {
    CHECK(loaded(kHead + "signposts:\n  1:\n    status: planned\n    next_steps:\n      - Let "
                         "op: bellen\n")[0]
              .ends_with("| the colon after 'Let op' makes this a 'key: value' pair; put the "
                         "text between quotes: \"Let op: bellen\""));
  }
}
