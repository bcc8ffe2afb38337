#include <doctest/doctest.h>

#include "catalogue/catalogue.hpp"
#include "common/strings.hpp"
#include "helpers.hpp"
#include "model/intervention.hpp"
#include "schema/validate.hpp"

using routekaart::catalogue::Catalogue;
using routekaart::catalogue::load_embedded_catalogue;
using routekaart::io::Source;
using routekaart::model::load_intervention_text;
using routekaart::model::LoadedIntervention;

using namespace routekaart;

static LoadedIntervention load(const std::string& text) {
  static const Catalogue catalogue = *load_embedded_catalogue().catalogue;
  return load_intervention_text(Source{"f.yaml", text}, catalogue, Limits{});
}

static const char* kMinimal =
    "routekaart: 1\nintervention:\n  name: X\nsignposts:\n  1: {status: addressed, practice: p}\n";

TEST_CASE("did_you_mean: transpositions and small typos") {
  CHECK(did_you_mean("stauts", {"status", "practice"}) == "status");
  CHECK(did_you_mean("practise", {"status", "practice"}) == "practice");
  CHECK(did_you_mean("xyz", {"status", "practice"}).empty());
}

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
