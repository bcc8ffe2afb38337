// A property of the coverage model (README, "What coverage means, and what it does not"): for
// random valid files, listing elements that agree with each signpost's status never lowers the
// headline coverage, and the element figure only ever counts elements the file describes.
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "check/pipeline.hpp"
#include "helpers.hpp"

using namespace routekaart;
using routekaart::testing::embedded_catalogue;

namespace {

const char* const kStatuses[] = {"addressed", "partial", "planned", "not-addressed",
                                 "not-applicable"};

// An element status that agrees with the signpost's status: an addressed signpost lists only
// addressed (or not-applicable) elements, a planned or not-addressed one lists no addressed
// element, a partial one may list anything.
std::string agreeing_element_status(const std::string& status, std::mt19937& random) {
  std::uniform_int_distribution<int> pick(0, 3);
  const int p = pick(random);
  if (status == "addressed") return p == 0 ? "{status: not-applicable, rationale: r}" : "addressed";
  if (status == "partial") return kStatuses[p];
  return p < 2 ? "planned" : "not-addressed";
}

struct Generated {
  std::string without_elements, with_elements;
};

Generated random_file(std::mt19937& random) {
  std::uniform_int_distribution<int> status_of(0, 4), described(0, 3), listed(0, 2);
  const std::string head =
      "routekaart: 1\nintervention: {name: X, setting: education}\nsignposts:\n";
  Generated g{head, head};
  for (const auto& signpost : embedded_catalogue().signposts) {
    if (described(random) == 0) continue;  // a quarter of the signposts are not described
    const std::string status = kStatuses[status_of(random)];
    const std::string entry =
        "  " + std::to_string(signpost.number) + ":\n    status: " + status +
        "\n    practice: We describe here in enough words what the team does for this.\n" +
        (status == "not-applicable" ? "    rationale: Not for us.\n" : "");
    g.without_elements += entry;
    g.with_elements += entry;
    if (status == "not-applicable") continue;
    std::string elements;
    for (const auto& element : signpost.elements)
      if (listed(random) != 0)
        elements += "      " + element.id + ": " + agreeing_element_status(status, random) + "\n";
    if (!elements.empty()) g.with_elements += "    elements:\n" + elements;
  }
  return g;
}

check::FileReport report_of(const std::string& text) {
  return check::check_source(io::Source{"f.yaml", text}, embedded_catalogue(),
                             routekaart::testing::all_signposts())
      .report;
}

}  // namespace

TEST_CASE("coverage: agreeing element detail never lowers the headline (500 random files)") {
  std::mt19937 random(20261130);
  for (int i = 0; i < 500; ++i) {
    const Generated g = random_file(random);
    const check::FileReport bare = report_of(g.without_elements);
    const check::FileReport detailed = report_of(g.with_elements);
    CAPTURE(g.with_elements);
    REQUIRE(bare.valid);
    REQUIRE(detailed.valid);
    REQUIRE(bare.coverage.percent.has_value() == detailed.coverage.percent.has_value());
    if (bare.coverage.percent) CHECK(*detailed.coverage.percent >= *bare.coverage.percent - 1e-9);
    // No finding says the status and the listed elements disagree: they were made to agree.
    for (const auto& d : detailed.findings) CHECK(d.rule != RuleId::RK105);
    // The element figure counts only what the file describes.
    const check::ElementCoverage& e = detailed.coverage.elements;
    if (e.percent) {
      CHECK(*e.percent >= 0.0);
      CHECK(*e.percent <= 100.0);
      CHECK(e.described > 0);
    } else {
      CHECK(e.described == 0);
    }
    CHECK(bare.coverage.elements.described == 0);
  }
}
