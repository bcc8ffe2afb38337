#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "check/pipeline.hpp"
#include "helpers.hpp"

using routekaart::check::check_file;
using routekaart::check::FileReport;
using routekaart::check::SignpostResult;
using routekaart::io::Source;
using routekaart::model::load_intervention_text;
using routekaart::model::LoadedIntervention;

using namespace routekaart;

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
  std::vector<std::string> out;
  for (const auto& d : r.findings)
    out.push_back(std::string(rule_name(d.rule)) + "/" + std::to_string(d.signpost));
  return out;
}

TEST_CASE("status_score: addressed 1, partial 0.5, the rest 0") {
  CHECK(status_score(Status::addressed) == 1.0);
  CHECK(status_score(Status::partial) == 0.5);
  CHECK(status_score(Status::planned) == 0.0);
  CHECK(status_score(Status::not_addressed) == 0.0);
  CHECK(status_score(Status::not_described) == 0.0);
}

TEST_CASE("check_file: coverage is the mean over applicable signposts") {
  // 1 addressed (1), 2 partial (0.5), 3 not-applicable (left out), 4..14 absent (0):
  // (1 + 0.5) / 13 = 11.538...%
  FileReport r =
      run("routekaart: 1\nintervention: {name: X}\nsignposts:\n"
          "  1: {status: addressed, practice: p}\n  2: {status: partial, practice: p}\n"
          "  3: {status: not-applicable, rationale: r}\n");
  REQUIRE(r.coverage.percent);
  CHECK(*r.coverage.percent == doctest::Approx(100.0 * 1.5 / 13));
  CHECK(r.coverage.addressed == 1);
  CHECK(r.coverage.partial == 1);
  CHECK(r.coverage.not_applicable == 1);
  CHECK(r.coverage.open == 11);
  // practitioners: 1..12 minus 3 -> 11 applicable; managers: 11..14 -> 0 of 4
  CHECK(*r.coverage.by_audience[0].percent == doctest::Approx(100.0 * 1.5 / 11));
  CHECK(*r.coverage.by_audience[1].percent == doctest::Approx(0.0));
}

TEST_CASE("check_file: elements decide a signpost's coverage") {
  // Signpost 3 has 7 elements: 3a addressed, 3b partial, the rest not listed -> 1.5 / 7.
  FileReport r = run(
      "routekaart: 1\nintervention: {name: X}\nsignposts:\n"
      "  3:\n    status: addressed\n    practice: p\n    elements: {3a: addressed, 3b: partial}\n");
  const SignpostResult& s = r.signposts[2];
  CHECK(s.number == 3);
  CHECK(s.coverage == doctest::Approx(1.5 / 7));
  CHECK(s.elements_addressed == 1);
  CHECK(s.elements_partial == 1);
  CHECK(s.elements_open == 5);
  // addressed while 5 of 7 elements are open: RK105
  auto got = rules_of(r);
  CHECK(std::count(got.begin(), got.end(), "RK105/3") == 1);
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
