// src/model/intervention.cpp: an intervention file as plain structs.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "helpers.hpp"
#include "model/intervention.hpp"
#include "yaml/load.hpp"

using routekaart::io::Source;
using routekaart::model::Intervention;
using routekaart::model::load_intervention;
using routekaart::model::load_intervention_text;
using routekaart::model::LoadedIntervention;
using routekaart::testing::embedded_catalogue;
using routekaart::testing::hint_words;
using routekaart::testing::TempDir;
using routekaart::testing::words;

using namespace routekaart;

namespace {

LoadedIntervention load(const std::string& text) {
  return load_intervention_text(Source{"f.yaml", text}, embedded_catalogue(), Limits{});
}

// A valid file with `extra` after the required keys; it must load without diagnostics.
Intervention built(const std::string& extra,
                   const std::string& signposts = "signposts:\n  1: {status: planned}\n") {
  LoadedIntervention l = load("routekaart: 1\nintervention: {name: X}\n" + signposts + extra);
  CHECK(l.diagnostics.empty());
  REQUIRE(l.intervention);
  return *l.intervention;
}

}  // namespace

TEST_CASE("load_intervention_text: the intervention's own facts") {
  LoadedIntervention l = load(
      "routekaart: 1\n"
      "language: nl\n"
      "intervention:\n"
      "  name: De Brug\n"
      "  organisation: Samenwerkingsverband Zuid\n"
      "  contact: brug@example.nl\n"
      "  setting: combined\n"
      "  tier: 3\n"
      "  target_group: Jongeren die al maanden niet naar school gaan\n"
      "  ages: [12, 18]\n"
      "  school_types: [vo, vso]\n"
      "  group_size: 8\n"
      "  duration_weeks: 20\n"
      "  summary: Een stapsgewijze terugkeer.\n"
      "signposts: {}\n");
  CHECK(l.diagnostics.empty());
  CHECK(l.valid());
  REQUIRE(l.intervention);
  const Intervention& in = *l.intervention;
  CHECK(in.path == "f.yaml");
  CHECK(in.language == Lang::nl);
  CHECK(in.info.name == "De Brug");
  CHECK(in.info.organisation == "Samenwerkingsverband Zuid");
  CHECK(in.info.contact == "brug@example.nl");
  CHECK(in.info.setting == "combined");
  CHECK(in.info.tier == 3);
  CHECK(in.info.target_group == "Jongeren die al maanden niet naar school gaan");
  CHECK(in.info.ages == std::make_pair(12, 18));
  CHECK(in.info.school_types == std::vector<std::string>{"vo", "vso"});
  CHECK(in.info.group_size == 8);
  CHECK(in.info.duration_weeks == 20);
  CHECK(in.info.summary == "Een stapsgewijze terugkeer.");
  CHECK_FALSE(in.method.present);
  CHECK_FALSE(in.has_resources);
  CHECK(in.team.empty());
  CHECK(in.ratings.empty());
  CHECK(in.suppressions.empty());
}

TEST_CASE("load_intervention_text: what is left out stays empty") {
  const Intervention in = built("");
  CHECK_FALSE(in.language);
  CHECK(in.info.organisation.empty());
  CHECK_FALSE(in.info.tier);
  CHECK_FALSE(in.info.ages);
  CHECK_FALSE(in.info.group_size);
}

TEST_CASE("declared_language: the `language:` line, also of a file that is no YAML or UTF-8") {
  CHECK(model::declared_language("routekaart: 1\nlanguage: nl\n") == Lang::nl);
  CHECK(model::declared_language("language: \"en\"   # English\r\nx: [") == Lang::en);
  CHECK(model::declared_language("a: b: c\nlanguage: 'NL'\n") == Lang::nl);
  CHECK(model::declared_language(std::string("l\0a\0n\0g\0u\0a\0g\0e\0:\0 \0n\0l\0\n\0", 26)) ==
        Lang::nl);                                            // UTF-16
  CHECK_FALSE(model::declared_language("  language: nl\n"));  // not at the top level
  CHECK_FALSE(model::declared_language("language: de\n"));
  CHECK_FALSE(model::declared_language(""));
}

TEST_CASE("load_intervention_text: language") {
  SUBCASE("also when the file is no valid YAML, so its errors are said in its language") {
    CHECK(load("routekaart: 1\nlanguage: nl\nintervention: {name: X\n").language == Lang::nl);
  }
  CHECK(built("language: en\n").language == Lang::en);
  CHECK(built("language: nl\n").language == Lang::nl);
  SUBCASE("a language that is no choice is reported and left out") {
    LoadedIntervention l =
        load("routekaart: 1\nlanguage: de\nintervention: {name: X}\nsignposts: {}\n");
    REQUIRE(l.diagnostics.size() == 1);
    CHECK(words(l.diagnostics[0].message) == "'de' is not allowed for language");
    REQUIRE(l.intervention);
    CHECK_FALSE(l.intervention->language);
  }
}

TEST_CASE("load_intervention_text: signposts") {
  const Intervention in = built("",
                                "signposts:\n"
                                "  1: {status: addressed, practice: Elke week huisbezoek.}\n"
                                "  3:\n"
                                "    status: not-applicable\n"
                                "    priority: optional\n"
                                "    rationale: Geen onderwijs in dit traject.\n"
                                "  7:\n"
                                "    status: planned\n"
                                "    next_steps: [rooster maken, afspraak school]\n");
  SUBCASE("every number 1..14 has its entry") {
    for (int n = 1; n <= kSignpostCount; ++n) {
      CAPTURE(n);
      CHECK(in.signposts[static_cast<std::size_t>(n)].number == n);
    }
  }
  SUBCASE("a described signpost") {
    const auto& s = in.signposts[1];
    CHECK(s.described);
    CHECK(s.status == Status::addressed);
    CHECK(s.essential);
    CHECK(s.practice == "Elke week huisbezoek.");
    CHECK(s.mark.line == 4);
    CHECK(s.mark.column == 3);
    CHECK(s.status_mark.line == 4);
    CHECK(s.status_mark.column == 15);
  }
  SUBCASE("priority, rationale and next steps") {
    CHECK(in.signposts[3].status == Status::not_applicable);
    CHECK_FALSE(in.signposts[3].essential);
    CHECK(in.signposts[3].rationale == "Geen onderwijs in dit traject.");
    CHECK(in.signposts[7].status == Status::planned);
    CHECK(in.signposts[7].next_steps ==
          std::vector<std::string>{"rooster maken", "afspraak school"});
    CHECK(in.signposts[7].status_mark.line == 10);
  }
  SUBCASE("a signpost the file leaves out: not described, located at `signposts:`") {
    const auto& s = in.signposts[2];
    CHECK_FALSE(s.described);
    CHECK(s.status == Status::not_described);
    CHECK(s.essential);
    CHECK(s.mark.line == 3);
    CHECK(s.mark.column == 1);
  }
}

TEST_CASE("load_intervention_text: a file with problems still gets a model") {
  LoadedIntervention l = load(
      "routekaart: 1\nintervention: {name: X, tier: 9}\n"
      "signposts:\n  1: addressed\n  2: {status: done}\n  3: {status: partial}\n  20: {}\n");
  CHECK_FALSE(l.valid());
  CHECK(l.diagnostics.size() == 4);
  REQUIRE(l.intervention);
  const Intervention& in = *l.intervention;
  CHECK(in.info.tier == 9);  // read as written; the diagnostic says it is out of range
  SUBCASE("a signpost that is no map: described, without a status") {
    CHECK(in.signposts[1].described);
    CHECK(in.signposts[1].status == Status::not_described);
  }
  SUBCASE("an unknown status word: no status") {
    CHECK(in.signposts[2].described);
    CHECK(in.signposts[2].status == Status::not_described);
  }
  SUBCASE("what is right is kept") {
    CHECK(in.signposts[3].status == Status::partial);
  }
}

TEST_CASE("load_intervention_text: elements") {
  const Intervention in =
      built("",
            "signposts:\n  3:\n    status: partial\n    practice: p\n    elements:\n"
            "      3a: addressed\n      3c: {status: partial, practice: Vaste mentor.}\n"
            "      3b: not-applicable\n");
  const auto& e = in.signposts[3].elements;
  REQUIRE(e.size() == 3);
  CHECK(e[0].id == "3a");
  CHECK(e[0].status == Status::addressed);
  CHECK(e[0].practice.empty());
  CHECK(e[0].mark.line == 8);
  CHECK(e[0].mark.column == 7);
  CHECK(e[1].id == "3c");  // in file order
  CHECK(e[1].status == Status::partial);
  CHECK(e[1].practice == "Vaste mentor.");
  CHECK(e[2].status == Status::not_applicable);
}

TEST_CASE("load_intervention_text: the method") {
  const Intervention in = built(
      "method:\n"
      "  end_result: Terug naar school, vier dagen per week.\n"
      "  goals:\n"
      "    - {id: G1, text: Ritme, indicator: 5 dagen op tijd op}\n"
      "    - {id: G2, text: Contact met school}\n"
      "  methods:\n"
      "    - id: M1\n"
      "      name: Dagstructuur\n"
      "      description: Samen een weekrooster maken.\n"
      "      goals: [G1, G2]\n"
      "      signposts: [7, 3]\n"
      "      mode: flexible\n"
      "      tailoring: Per jongere.\n"
      "  phases:\n"
      "    - {name: Start, weeks: 4, focus: Contact}\n"
      "    - {name: Opbouw}\n");
  const auto& m = in.method;
  CHECK(m.present);
  CHECK(m.mark.line == 6);  // the map under `method:`
  CHECK(m.end_result == "Terug naar school, vier dagen per week.");
  REQUIRE(m.goals.size() == 2);
  CHECK(m.goals[0].id == "G1");
  CHECK(m.goals[0].text == "Ritme");
  CHECK(m.goals[0].indicator == "5 dagen op tijd op");
  CHECK(m.goals[1].indicator.empty());
  CHECK(m.goals[1].mark.line == 9);
  REQUIRE(m.methods.size() == 1);
  const auto& method = m.methods[0];
  CHECK(method.id == "M1");
  CHECK(method.name == "Dagstructuur");
  CHECK(method.description == "Samen een weekrooster maken.");
  CHECK(method.mode == "flexible");
  CHECK(method.tailoring == "Per jongere.");
  CHECK(method.mark.line == 11);
  REQUIRE(method.goals.size() == 2);
  CHECK(method.goals[1].value == "G2");
  CHECK(method.goals[1].mark.line == 14);
  CHECK(method.goals[1].mark.column == 19);
  REQUIRE(method.signposts.size() == 2);
  CHECK(method.signposts[0].value == 7);
  CHECK(method.signposts[1].value == 3);
  REQUIRE(m.phases.size() == 2);
  CHECK(m.phases[0].name == "Start");
  CHECK(m.phases[0].weeks == 4);
  CHECK(m.phases[0].focus == "Contact");
  CHECK(m.phases[1].weeks == 0);
}

TEST_CASE("load_intervention_text: method references that are no numbers are left out") {
  LoadedIntervention l = load(
      "routekaart: 1\nintervention: {name: X}\nsignposts: {}\n"
      "method:\n  methods:\n    - {id: M1, name: m, goals: [G1, [x]], signposts: [3, x, 99]}\n");
  REQUIRE(l.intervention);
  const auto& method = l.intervention->method.methods.at(0);
  CHECK(method.goals.size() == 1);
  REQUIRE(method.signposts.size() == 2);  // 99 is a number: RK204 reports it later
  CHECK(method.signposts[1].value == 99);
}

TEST_CASE("load_intervention_text: team hours per week") {
  SUBCASE("numbers as validation reads them") {
    const Intervention in = built(
        "team:\n"
        "  - {role: coach, hours_per_week: 7.5, expertise: gedragstherapie}\n"
        "  - {role: leerplicht, hours_per_week: 2}\n"
        "  - {role: mentor, hours_per_week: 0}\n"
        "  - {role: ouder}\n");
    REQUIRE(in.team.size() == 4);
    CHECK(in.team[0].role == "coach");
    CHECK(in.team[0].expertise == "gedragstherapie");
    CHECK(in.team[0].hours_per_week == 7.5);
    CHECK(in.team[1].hours_per_week == 2.0);
    CHECK(in.team[2].hours_per_week == 0.0);
    CHECK_FALSE(in.team[3].hours_per_week);
  }
  SUBCASE("what validation refuses is no number here either") {
    LoadedIntervention l = load(
        "routekaart: 1\nintervention: {name: X}\nsignposts: {}\n"
        "team:\n  - {role: a, hours_per_week: 12abc}\n  - {role: b, hours_per_week: '8'}\n"
        "  - {role: c, hours_per_week: nan}\n  - {role: d, hours_per_week: +3}\n");
    CHECK(l.diagnostics.size() == 3);
    REQUIRE(l.intervention);
    REQUIRE(l.intervention->team.size() == 4);
    CHECK_FALSE(l.intervention->team[0].hours_per_week);
    CHECK_FALSE(l.intervention->team[1].hours_per_week);
    CHECK_FALSE(l.intervention->team[2].hours_per_week);
    CHECK(l.intervention->team[3].hours_per_week == 3.0);
  }
}

TEST_CASE("load_intervention_text: resources") {
  const Intervention in = built(
      "resources:\n  funding: [gemeente, samenwerkingsverband]\n  facilities: [lokaal]\n"
      "  time: twee dagdelen per week\n");
  CHECK(in.has_resources);
  CHECK(in.resources.funding == std::vector<std::string>{"gemeente", "samenwerkingsverband"});
  CHECK(in.resources.facilities == std::vector<std::string>{"lokaal"});
  CHECK(in.resources.time == "twee dagdelen per week");
  CHECK_FALSE(built("resources:\n").has_resources);
}

TEST_CASE("load_intervention_text: ratings") {
  const Intervention in = built(
      "ratings:\n"
      "  - rater: Anne\n"
      "    role: coach\n"
      "    date: 2026-03-01\n"
      "    scores: {1: {importance: 5, attention: 2}, 4: {importance: 3}}\n"
      "  - {rater: Bram, scores: {}}\n");
  REQUIRE(in.ratings.size() == 2);
  const auto& r = in.ratings[0];
  CHECK(r.rater == "Anne");
  CHECK(r.role == "coach");
  CHECK(r.date == "2026-03-01");
  CHECK(r.file == "f.yaml");
  CHECK(r.mark.line == 6);
  REQUIRE(r.scores.size() == 2);
  CHECK(r.scores.at(1).importance == 5);
  CHECK(r.scores.at(1).attention == 2);
  CHECK(r.scores.at(4).importance == 3);
  CHECK_FALSE(r.scores.at(4).attention);
  CHECK(in.ratings[1].scores.empty());
}

TEST_CASE("read_rating: scores outside 1..5 and keys outside 1..14 are left out") {
  auto parsed = yaml::parse_yaml(
      Source{"r.yaml",
             "rater: C\nscores:\n  2: {importance: 6, attention: 0}\n  15: {importance: 3}\n"
             "  3: vijf\n  '4': {importance: 2}\n  5: {importance: '4', attention: 1}\n"},
      Limits{});
  REQUIRE(parsed.root);
  const model::Rating r = model::read_rating(*parsed.root, "r.yaml");
  CHECK(r.rater == "C");
  CHECK(r.role.empty());
  CHECK(r.file == "r.yaml");
  REQUIRE(r.scores.size() == 2);
  CHECK_FALSE(r.scores.at(2).importance);
  CHECK_FALSE(r.scores.at(2).attention);
  CHECK_FALSE(r.scores.at(5).importance);
  CHECK(r.scores.at(5).attention == 1);
}

TEST_CASE("load_intervention_text: suppressions") {
  const Intervention in = built(
      "suppress:\n"
      "  - {rule: RK103, signpost: 1, reason: Beschreven in het teamplan.}\n"
      "  - {rule: rk201, reason: Werkwijze volgt.}\n");
  REQUIRE(in.suppressions.size() == 2);
  CHECK(in.suppressions[0].rule == "RK103");
  CHECK(in.suppressions[0].signpost == 1);
  CHECK(in.suppressions[0].reason == "Beschreven in het teamplan.");
  CHECK(in.suppressions[0].mark.line == 6);
  CHECK(in.suppressions[0].mark.column == 5);
  CHECK(in.suppressions[1].rule == "rk201");  // as written; the check parses it
  CHECK(in.suppressions[1].signpost == 0);
}

TEST_CASE("load_intervention_text: files that are no intervention at all") {
  SUBCASE("an empty file") {
    LoadedIntervention l = load("");
    CHECK_FALSE(l.intervention);
    CHECK_FALSE(l.unreadable);
    REQUIRE(l.diagnostics.size() == 1);
    const Diagnostic& d = l.diagnostics[0];
    CHECK(d.rule == RuleId::RK015);
    CHECK(d.location.file == "f.yaml");
    CHECK(d.location.line == 1);
    CHECK(d.location.column == 1);
    CHECK(words(d.message) == "the file is empty");
    CHECK(tr(Lang::nl, d.message) == "het bestand is leeg");
    CHECK(hint_words(d) == "start from the template: routekaart init FILE");
    CHECK(hint_text(d, Lang::nl) == "begin met het sjabloon: routekaart init BESTAND");
  }
  SUBCASE("only comments") {
    LoadedIntervention l = load("# nog niets\n");
    REQUIRE(l.diagnostics.size() == 1);
    CHECK(words(l.diagnostics[0].message) == "the file is empty");
  }
  SUBCASE("a list, located at its start") {
    LoadedIntervention l = load("\n- routekaart: 1\n");
    CHECK_FALSE(l.intervention);
    REQUIRE(l.diagnostics.size() == 1);
    CHECK(l.diagnostics[0].rule == RuleId::RK015);
    CHECK(l.diagnostics[0].location.line == 2);
    CHECK(words(l.diagnostics[0].message) ==
          "the file must be a map with keys such as routekaart, intervention, signposts");
    CHECK(tr(Lang::nl, l.diagnostics[0].message) ==
          "het bestand moet een map zijn met sleutels als routekaart, intervention, signposts");
  }
  SUBCASE("a syntax error: the parser's diagnostic only") {
    LoadedIntervention l = load("routekaart: [1\n");
    CHECK_FALSE(l.intervention);
    REQUIRE(l.diagnostics.size() == 1);
    CHECK(l.diagnostics[0].rule == RuleId::RK001);
  }
}

TEST_CASE("load_intervention_text: diagnostics are sorted by place") {
  LoadedIntervention l = load(
      "signposts:\n  2: {status: done}\n  1: {status: nope}\nintervention: {name: X, tier: 0}\n");
  std::vector<int> lines;
  for (const auto& d : l.diagnostics) lines.push_back(d.location.line);
  CHECK(lines == std::vector<int>{1, 2, 3, 4});  // routekaart missing at 1:1
}

TEST_CASE("load_intervention_text: at most 50 diagnostics of one rule") {
  auto duplicates = [](int n) {
    std::string text = "routekaart: 1\nintervention: {name: X}\nsignposts: {}\nteam:\n";
    for (int i = 0; i < n + 1; ++i) text += "  - {role: a, role: b}\n";
    return text;
  };
  SUBCASE("50 are all shown") {
    LoadedIntervention l = load(duplicates(49));  // 50 duplicate keys
    CHECK(l.diagnostics.size() == 50);
  }
  SUBCASE("the rest are counted in one more") {
    LoadedIntervention l = load(duplicates(59));  // 60 duplicate keys
    REQUIRE(l.diagnostics.size() == 51);
    const Diagnostic& more = l.diagnostics.back();
    CHECK(more.rule == RuleId::RK004);
    CHECK(more.signpost == 0);
    CHECK(more.location.line == l.diagnostics[49].location.line + 1);  // the first left out
    CHECK(words(more.message) == "10 more RK004 problems like the ones above are not listed");
    CHECK(tr(Lang::nl, more.message) ==
          "nog 10 RK004-problemen zoals hierboven worden niet getoond");
    CHECK(hint_words(more) ==
          "fix the problems listed first: the rest are probably the same mistake");
  }
  SUBCASE("other rules keep their own 50") {
    std::string text = duplicates(54);    // 55 RK004
    text += "  - {role: x, extra: 1}\n";  // one RK003
    LoadedIntervention l = load(text);
    int rk003 = 0, rk004 = 0;
    for (const auto& d : l.diagnostics) {
      if (d.rule == RuleId::RK003) ++rk003;
      if (d.rule == RuleId::RK004) ++rk004;
    }
    CHECK(rk003 == 1);
    CHECK(rk004 == 51);
  }
}

// Bug: texts/model.yaml has no plural for diagnostics.more, so 51 repeated problems say
// "1 more RK004 problems like the ones above are not listed" ("nog 1 RK004-problemen").
TEST_CASE("load_intervention_text: one more problem is one problem") {
  std::string text = "routekaart: 1\nintervention: {name: X}\nsignposts: {}\nteam:\n";
  for (int i = 0; i < 51; ++i) text += "  - {role: a, role: b}\n";
  LoadedIntervention l = load(text);
  REQUIRE(l.diagnostics.size() == 51);
  CHECK(words(l.diagnostics.back().message) ==
        "1 more RK004 problem like the ones above is not listed");
}

TEST_CASE("load_intervention: from a path") {
  TempDir dir;
  SUBCASE("a valid file") {
    const std::string path =
        dir.write("brug.yaml", "routekaart: 1\nintervention: {name: De Brug}\nsignposts: {}\n");
    LoadedIntervention l = load_intervention(path, embedded_catalogue(), Limits{});
    CHECK(l.valid());
    CHECK_FALSE(l.unreadable);
    REQUIRE(l.intervention);
    CHECK(l.intervention->path == path);
    CHECK(l.intervention->info.name == "De Brug");
  }
  SUBCASE("a missing file is unreadable") {
    LoadedIntervention l = load_intervention(dir / "nope.yaml", embedded_catalogue(), Limits{});
    CHECK(l.unreadable);
    CHECK_FALSE(l.intervention);
    REQUIRE(l.diagnostics.size() == 1);
    CHECK(l.diagnostics[0].rule == RuleId::RK002);
  }
  SUBCASE("a file in the wrong encoding is readable, but invalid") {
    LoadedIntervention l =
        load_intervention(dir.write("x.yaml", "naam: caf\xE9\n"), embedded_catalogue(), Limits{});
    CHECK_FALSE(l.unreadable);
    CHECK_FALSE(l.intervention);
    REQUIRE(l.diagnostics.size() == 1);
    CHECK(l.diagnostics[0].rule == RuleId::RK009);
  }
  SUBCASE("a file over the limit is readable, but invalid") {
    Limits limits;
    limits.max_file_bytes = 10;
    LoadedIntervention l =
        load_intervention(dir.write("x.yaml", "routekaart: 1\n"), embedded_catalogue(), limits);
    CHECK_FALSE(l.unreadable);
    REQUIRE(l.diagnostics.size() == 1);
    CHECK(l.diagnostics[0].rule == RuleId::RK010);
  }
}
