// src/check/score.cpp: coverage per signpost and in all.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "check/pipeline.hpp"
#include "check/score.hpp"
#include "helpers.hpp"

using routekaart::check::check_file;
using routekaart::check::compute_coverage;
using routekaart::check::Coverage;
using routekaart::check::FileReport;
using routekaart::check::score_signpost;
using routekaart::check::SignpostResult;
using routekaart::io::Source;
using routekaart::model::ElementEntry;
using routekaart::model::load_intervention_text;
using routekaart::model::LoadedIntervention;
using routekaart::model::SignpostEntry;

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
  return routekaart::testing::rules_of(r.findings);
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

TEST_CASE("check_file: elements are detail; the status decides a signpost's coverage") {
  // Signpost 3 addressed, with 3a addressed and 3b partial listed: the headline stays 1, the
  // element figure is (1 + 0.5) / 2 over the two described elements, 5 are not described.
  FileReport r = run(
      "routekaart: 1\nintervention: {name: X}\nsignposts:\n"
      "  3:\n    status: addressed\n    practice: p\n    elements: {3a: addressed, 3b: partial}\n");
  const SignpostResult& s = r.signposts[2];
  CHECK(s.number == 3);
  CHECK(s.coverage == 1.0);
  REQUIRE(s.element_coverage);
  CHECK(*s.element_coverage == doctest::Approx(0.75));
  CHECK(s.elements_addressed == 1);
  CHECK(s.elements_partial == 1);
  CHECK(s.elements_open == 0);
  CHECK(s.elements_not_described == 5);
  CHECK_FALSE(s.contradicts_elements);
  CHECK(*r.coverage.elements.percent == doctest::Approx(75.0));
  CHECK(r.coverage.elements.described == 2);
  // The 5 of signpost 3, and every applicable element of the 13 signposts left out.
  CHECK(r.coverage.elements.not_described > 5);
  auto got = rules_of(r);
  CHECK(std::count(got.begin(), got.end(), "RK105/3") == 0);
}

TEST_CASE("check_file: addressed while a listed element is open is RK105, naming it") {
  FileReport r =
      run("routekaart: 1\nintervention: {name: X}\nsignposts:\n"
          "  1:\n    status: addressed\n    practice: p\n"
          "    elements: {1a: addressed, 1c: planned, 1f: not-addressed}\n");
  CHECK(r.signposts[0].contradicts_elements);
  bool found = false;
  for (const auto& d : r.findings)
    if (d.rule == RuleId::RK105) {
      found = true;
      CHECK(tr(Lang::en, d.message) ==
            "signpost 1 is addressed, but 2 listed elements are still open: 1c, 1f");
      CHECK(tr(Lang::nl, d.message) ==
            "wegwijzer 1 staat op aangepakt, maar 2 genoemde elementen staan nog open: 1c, 1f");
    }
  CHECK(found);
}

// ---- score_signpost
// ------------------------------------------------------------------------------

namespace {

SignpostEntry entry(int number, Status status,
                    std::vector<std::pair<std::string, Status>> elements = {}) {
  SignpostEntry e;
  e.number = number;
  e.described = status != Status::not_described;
  e.status = status;
  for (auto& [id, element_status] : elements) {
    ElementEntry element;
    element.id = id;
    element.status = element_status;
    e.elements.push_back(element);
  }
  return e;
}

const catalogue::Signpost& signpost(int n) {
  return *embedded_catalogue().find(n);
}

// "3a:addressed 3b:not-described ..." for a result's elements.
std::string elements(const SignpostResult& r) {
  std::string out;
  for (const auto& e : r.elements) {
    if (!out.empty()) out += ' ';
    out += e.id + ":" + std::string(status_word(e.status));
  }
  return out;
}

}  // namespace

TEST_CASE("score_signpost: the status decides the coverage") {
  const model::InterventionInfo info;
  SUBCASE("addressed 1, partial 0.5, the rest 0") {
    CHECK(score_signpost(entry(3, Status::addressed), signpost(3), info).coverage == 1.0);
    CHECK(score_signpost(entry(3, Status::partial), signpost(3), info).coverage == 0.5);
    CHECK(score_signpost(entry(3, Status::planned), signpost(3), info).coverage == 0.0);
    CHECK(score_signpost(entry(3, Status::not_addressed), signpost(3), info).coverage == 0.0);
    CHECK(score_signpost(entry(3, Status::not_described), signpost(3), info).coverage == 0.0);
  }
  SUBCASE("the entry's facts are copied") {
    SignpostEntry e = entry(5, Status::partial);
    e.essential = false;
    const SignpostResult r = score_signpost(e, signpost(5), info);
    CHECK(r.number == 5);
    CHECK(r.status == Status::partial);
    CHECK_FALSE(r.essential);
    CHECK(r.applicable);
    CHECK_FALSE(r.from_elements);
    CHECK_FALSE(r.element_coverage);
  }
  SUBCASE("without a list every catalogue element is not described, none open") {
    const SignpostResult r = score_signpost(entry(3, Status::addressed), signpost(3), info);
    CHECK(elements(r) ==
          "3a:not-described 3b:not-described 3c:not-described 3d:not-described 3e:not-described "
          "3f:not-described 3g:not-described");
    CHECK(r.elements_not_described == 7);
    CHECK(r.elements_open == 0);
    CHECK_FALSE(r.contradicts_elements);
  }
  SUBCASE("not-applicable is not applicable") {
    const SignpostResult r = score_signpost(entry(3, Status::not_applicable), signpost(3), info);
    CHECK_FALSE(r.applicable);
    CHECK(r.coverage == 0.0);
  }
}

TEST_CASE("score_signpost: listed elements give a figure of their own") {
  const model::InterventionInfo info;
  SUBCASE("the mean over the listed elements that apply") {
    // 3a 1 + 3b 0.5 + 3d (planned) 0 over 3 described; 3c not-applicable leaves; 3e..3g are not
    // described: (1 + 0.5 + 0) / 3 = 0.5.
    const SignpostResult r = score_signpost(entry(3, Status::partial,
                                                  {{"3a", Status::addressed},
                                                   {"3b", Status::partial},
                                                   {"3c", Status::not_applicable},
                                                   {"3d", Status::planned}}),
                                            signpost(3), info);
    CHECK(r.from_elements);
    CHECK(r.coverage == 0.5);  // the status
    REQUIRE(r.element_coverage);
    CHECK(*r.element_coverage == doctest::Approx(0.5));
    CHECK(r.elements_addressed == 1);
    CHECK(r.elements_partial == 1);
    CHECK(r.elements_open == 1);
    CHECK(r.elements_not_applicable == 1);
    CHECK(r.elements_not_described == 3);
    CHECK(elements(r) ==
          "3a:addressed 3b:partial 3c:not-applicable 3d:planned 3e:not-described "
          "3f:not-described 3g:not-described");
    REQUIRE(r.elements.size() == 7);
    CHECK(r.elements[0].listed);
    CHECK_FALSE(r.elements[2].applicable);
    CHECK_FALSE(r.elements[4].listed);
  }
  SUBCASE("planned while every listed element is addressed contradicts; the headline stays 0") {
    const SignpostResult r = score_signpost(
        entry(1, Status::planned,
              {{"1a", Status::addressed}, {"1b", Status::addressed}, {"1c", Status::addressed}}),
        signpost(1), info);
    CHECK(r.coverage == 0.0);
    CHECK(*r.element_coverage == 1.0);
    CHECK(r.contradicts_elements);
  }
  SUBCASE("elements in any order; ids the catalogue does not have are ignored") {
    const SignpostResult r = score_signpost(
        entry(14, Status::partial, {{"14h", Status::partial}, {"9z", Status::addressed}}),
        signpost(14), info);
    CHECK(*r.element_coverage == doctest::Approx(0.5));
    CHECK(r.elements_partial == 1);
    CHECK(r.elements_not_described == 7);
  }
  SUBCASE("an element listed twice: the last one counts") {
    const SignpostResult r = score_signpost(
        entry(3, Status::partial, {{"3a", Status::addressed}, {"3a", Status::planned}}),
        signpost(3), info);
    CHECK(*r.element_coverage == 0.0);
    CHECK(r.elements_open == 1);
  }
  SUBCASE("a catalogue signpost without elements: the status decides") {
    catalogue::Signpost bare;
    bare.number = 3;
    const SignpostResult r =
        score_signpost(entry(3, Status::partial, {{"3a", Status::addressed}}), bare, info);
    CHECK(r.from_elements);
    CHECK(r.coverage == 0.5);
    CHECK_FALSE(r.element_coverage);
    CHECK(r.elements.empty());
  }
}

TEST_CASE("score_signpost: elements that hold in one setting") {
  // 5b: alternative education programme; 5d: clinical setting.
  auto applies = [](const SignpostResult& r, const std::string& id) {
    for (const auto& e : r.elements)
      if (e.id == id) return e.applicable;
    return false;
  };
  model::InterventionInfo school;
  school.setting = "education";
  const SignpostResult r = score_signpost(entry(5, Status::addressed), signpost(5), school);
  CHECK_FALSE(applies(r, "5b"));
  CHECK_FALSE(applies(r, "5d"));
  CHECK(r.elements_not_applicable == 2);
  CHECK(r.elements_not_described == 4);

  model::InterventionInfo clinic;
  clinic.setting = "care";
  CHECK(applies(score_signpost(entry(5, Status::addressed), signpost(5), clinic), "5d"));
  clinic.setting = "combined";
  CHECK(applies(score_signpost(entry(5, Status::addressed), signpost(5), clinic), "5d"));

  model::InterventionInfo programme;
  programme.alternative_programme = true;
  const SignpostResult p = score_signpost(entry(5, Status::addressed), signpost(5), programme);
  CHECK(applies(p, "5b"));
  CHECK_FALSE(applies(p, "5d"));

  // A team that lists a conditional element says it applies.
  const SignpostResult listed =
      score_signpost(entry(5, Status::addressed, {{"5d", Status::addressed}}), signpost(5), school);
  CHECK(applies(listed, "5d"));
  CHECK(*listed.element_coverage == 1.0);
}

TEST_CASE("condition_holds: the two conditions and always") {
  model::InterventionInfo info;
  CHECK(check::condition_holds(catalogue::Condition::always, info));
  CHECK_FALSE(check::condition_holds(catalogue::Condition::alternative_programme, info));
  CHECK_FALSE(check::condition_holds(catalogue::Condition::clinical_setting, info));
  info.alternative_programme = false;
  CHECK_FALSE(check::condition_holds(catalogue::Condition::alternative_programme, info));
  info.alternative_programme = true;
  CHECK(check::condition_holds(catalogue::Condition::alternative_programme, info));
  info.setting = "education";
  CHECK_FALSE(check::condition_holds(catalogue::Condition::clinical_setting, info));
  info.setting = "care";
  CHECK(check::condition_holds(catalogue::Condition::clinical_setting, info));
}

// ---- compute_coverage
// ----------------------------------------------------------------------------

namespace {

SignpostResult result(int number, Status status, double coverage) {
  SignpostResult r;
  r.number = number;
  r.status = status;
  r.applicable = status != Status::not_applicable;
  r.coverage = coverage;
  return r;
}

}  // namespace

TEST_CASE("compute_coverage: the mean over applicable signposts, in percent") {
  // Applicable: 1 (1), 2 (0.5), 11 (0.25), 12 (0), 13 (0) -> 1.75 / 5 = 35%.
  // Practitioners (1-12): 1, 2, 11, 12 -> 1.75 / 4 = 43.75%.
  // Managers (11-14): 11, 12, 13 -> 0.25 / 3 = 8.33%.
  const std::vector<SignpostResult> results = {
      result(1, Status::addressed, 1.0),    result(2, Status::partial, 0.5),
      result(3, Status::not_applicable, 0), result(11, Status::partial, 0.25),
      result(12, Status::planned, 0),       result(13, Status::not_described, 0),
  };
  const Coverage c = compute_coverage(results, embedded_catalogue());
  REQUIRE(c.percent);
  CHECK(*c.percent == doctest::Approx(35.0));
  REQUIRE(c.by_audience.size() == 2);
  CHECK(c.by_audience[0].audience == "practitioners");
  CHECK(*c.by_audience[0].percent == doctest::Approx(43.75));
  CHECK(c.by_audience[1].audience == "managers");
  CHECK(*c.by_audience[1].percent == doctest::Approx(100.0 / 12));
  CHECK(c.addressed == 1);
  CHECK(c.partial == 2);
  CHECK(c.not_applicable == 1);
  CHECK(c.open == 2);
}

TEST_CASE("compute_coverage: nothing applicable, no percentage") {
  SUBCASE("no results at all") {
    const Coverage c = compute_coverage({}, embedded_catalogue());
    CHECK_FALSE(c.percent);
    REQUIRE(c.by_audience.size() == 2);
    CHECK_FALSE(c.by_audience[0].percent);
    CHECK_FALSE(c.by_audience[1].percent);
    CHECK(c.addressed + c.partial + c.open + c.not_applicable == 0);
  }
  SUBCASE("everything not-applicable") {
    const Coverage c = compute_coverage(
        {result(4, Status::not_applicable, 0), result(14, Status::not_applicable, 0)},
        embedded_catalogue());
    CHECK_FALSE(c.percent);
    CHECK(c.not_applicable == 2);
  }
  SUBCASE("only managers' signposts: no practitioners' percentage") {
    const Coverage c =
        compute_coverage({result(13, Status::addressed, 1.0), result(14, Status::partial, 0.5)},
                         embedded_catalogue());
    CHECK(*c.percent == doctest::Approx(75.0));
    CHECK_FALSE(c.by_audience[0].percent);
    CHECK(*c.by_audience[1].percent == doctest::Approx(75.0));
  }
}

TEST_CASE("compute_coverage: 0% and 100% exactly") {
  std::vector<SignpostResult> all, none;
  for (int n = 1; n <= kSignpostCount; ++n) {
    all.push_back(result(n, Status::addressed, 1.0));
    none.push_back(result(n, Status::not_described, 0.0));
  }
  CHECK(*compute_coverage(all, embedded_catalogue()).percent == 100.0);
  CHECK(compute_coverage(all, embedded_catalogue()).addressed == 14);
  CHECK(*compute_coverage(none, embedded_catalogue()).percent == 0.0);
  CHECK(compute_coverage(none, embedded_catalogue()).open == 14);
}
