// check/diff: what changed between two versions of an intervention file.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "check/diff.hpp"
#include "generated/texts/common.hpp"
#include "helpers.hpp"

using routekaart::check::compare;
using routekaart::check::Diff;
using routekaart::check::diff_paths;
using routekaart::check::DiffResult;
using routekaart::check::RatingMove;
using routekaart::check::Side;
using routekaart::check::SignpostResult;
using routekaart::check::summarise_ratings;
using routekaart::model::Rating;
using routekaart::model::Score;
using routekaart::testing::all_signposts;
using routekaart::testing::embedded_catalogue;

using namespace routekaart;

namespace {
using routekaart::testing::rating;

// One version: every signpost addressed unless `statuses` says otherwise, the ratings as given,
// the coverage and findings as given.
Side side(const std::string& path, std::map<int, Status> statuses,
          const std::vector<Rating>& ratings = {}, Diagnostics findings = {},
          std::optional<double> percent = 100.0) {
  Side s;
  s.report.path = path;
  s.report.parsed = true;
  s.report.valid = true;
  for (int n = 1; n <= kSignpostCount; ++n) {
    SignpostResult r;
    r.number = n;
    r.status = statuses.count(n) ? statuses.at(n) : Status::addressed;
    s.report.signposts.push_back(r);
  }
  s.report.coverage.percent = percent;
  s.report.findings = std::move(findings);
  s.ratings = summarise_ratings(ratings, false);
  for (const auto& r : ratings) s.raters.push_back(r.rater);
  return s;
}

Diagnostic finding(RuleId rule, int signpost, const std::string& words, int line) {
  return Diagnostic{
      rule, Severity::warning, Location{"f.yaml", line, 1}, texts::value{.value = words},
      {},   signpost};
}

std::vector<int> numbers(const std::vector<RatingMove>& moves) {
  std::vector<int> out;
  for (const auto& m : moves) out.push_back(m.number);
  return out;
}

std::vector<int> lines(const Diagnostics& findings) {
  std::vector<int> out;
  for (const auto& d : findings) out.push_back(d.location.line);
  return out;
}

}  // namespace

TEST_CASE("compare: statuses that changed, in signpost order") {
  const Diff d = compare(side("old.yaml", {{3, Status::planned}, {9, Status::addressed}}),
                         side("new.yaml", {{3, Status::partial}, {9, Status::partial}}));
  CHECK(d.status_changed == std::vector<int>{3, 9});
  REQUIRE(d.statuses.size() == 14);
  CHECK(d.statuses[2] == std::pair{Status::planned, Status::partial});
  CHECK(d.statuses[0] == std::pair{Status::addressed, Status::addressed});
  CHECK_FALSE(d.empty());
}

TEST_CASE("compare: rating means that moved, raters added and removed (case ignored)") {
  // before: Ann 1 (5,3); Bob 1 (4,3), 2 (3,3) -> 1: 4.5 and 3; 2: 3 and 3
  // after:  "ann " 1 (5,3); Cem 1 (4,3), 4 (2,2) -> 1: 4.5 and 3 (unchanged); 2: gone; 4: new
  const Diff d =
      compare(side("old.yaml", {},
                   {rating("Ann", {{1, {5, 3}}}), rating("Bob", {{1, {4, 3}}, {2, {3, 3}}})}),
              side("new.yaml", {},
                   {rating("ann ", {{1, {5, 3}}}), rating("Cem", {{1, {4, 3}}, {4, {2, 2}}})}));
  CHECK(numbers(d.moves) == std::vector<int>{2, 4});
  CHECK(d.moves[0].old_importance == 3.0);
  CHECK_FALSE(d.moves[0].new_importance);
  CHECK_FALSE(d.moves[1].old_attention);
  CHECK(d.moves[1].new_attention == 2.0);
  CHECK(d.added == std::vector<std::string>{"Cem"});
  CHECK(d.removed == std::vector<std::string>{"Bob"});
  CHECK(d.status_changed.empty());
}

TEST_CASE("compare: a mean moves when it does with two decimals") {
  Side before = side("old.yaml", {}, {rating("A", {{1, {4, 4}}, {2, {4, 4}}})});
  Side after = before;
  after.ratings.signposts[0].importance->mean = 4.004;  // shown as 4.00: not moved
  after.ratings.signposts[1].attention->mean = 4.006;   // shown as 4.01: moved
  const Diff d = compare(before, after);
  CHECK(numbers(d.moves) == std::vector<int>{2});
}

TEST_CASE("compare: findings by rule, signpost and words; place and repeats as counted") {
  const Diagnostics old_findings = {finding(RuleId::RK101, 4, "four is not described", 6),
                                    finding(RuleId::RK103, 2, "two has no practice", 8),
                                    finding(RuleId::RK103, 2, "two has no practice", 9)};
  const Diagnostics new_findings = {finding(RuleId::RK101, 4, "four is not described", 10),
                                    finding(RuleId::RK103, 2, "two has no practice", 8),
                                    finding(RuleId::RK102, 3, "three is planned", 9)};
  const Diff d =
      compare(side("old.yaml", {}, {}, old_findings), side("new.yaml", {}, {}, new_findings));
  REQUIRE(d.appeared.size() == 1);
  CHECK(d.appeared[0].rule == RuleId::RK102);
  // the RK101 moved from line 6 to 10: the same finding; one of the two RK103s is gone
  REQUIRE(d.resolved.size() == 1);
  CHECK(d.resolved[0].rule == RuleId::RK103);
  CHECK(lines(d.resolved) == std::vector<int>{9});
}

TEST_CASE("Diff::empty: coverage compared in whole percents") {
  CHECK(compare(side("a", {}, {}, {}, 82.4), side("b", {}, {}, {}, 81.6)).empty());
  CHECK_FALSE(compare(side("a", {}, {}, {}, 82.4), side("b", {}, {}, {}, 82.6)).empty());
  CHECK_FALSE(compare(side("a", {}, {}, {}, 82.4), side("b", {}, {}, {}, std::nullopt)).empty());
}

TEST_CASE("compare: a version that could not be parsed has no statuses, ratings or raters") {
  Side after = side("new.yaml", {{1, Status::planned}}, {rating("New", {{1, {5, 1}}})},
                    {finding(RuleId::RK001, 0, "syntax", 3)}, std::nullopt);
  after.report.parsed = false;
  after.report.valid = false;
  after.report.signposts.clear();
  const Diff d = compare(side("old.yaml", {}), after);
  CHECK(d.statuses.empty());
  CHECK(d.status_changed.empty());
  CHECK(d.moves.empty());
  CHECK(d.added.empty());
  REQUIRE(d.appeared.size() == 1);
  CHECK(d.appeared[0].rule == RuleId::RK001);
}

TEST_CASE("diff_paths: two versions through the pipeline") {
  const std::string dir = std::string(ROUTEKAART_SOURCE_DIR) + "/tests/files/diff/";
  // The fixture's practice texts are short on purpose; RK106 is not what this test is about.
  check::Settings settings = all_signposts();
  settings.min_practice_words = 0;
  const DiffResult r = diff_paths(dir + "v1.yaml", dir + "v2.yaml", embedded_catalogue(), settings);
  CHECK(r.unreadable.empty());
  REQUIRE(r.diff);
  const Diff& d = *r.diff;
  CHECK(*d.before.report.coverage.percent == doctest::Approx(100.0 * 11.5 / 14));
  CHECK(*d.after.report.coverage.percent == doctest::Approx(100.0 * 12 / 14));
  CHECK(d.status_changed == std::vector<int>{3, 4, 9});
  CHECK(d.statuses[3] == std::pair{Status::not_described, Status::partial});
  CHECK(numbers(d.moves) == std::vector<int>{1, 3});
  CHECK(d.moves[0].new_importance == doctest::Approx(4.5));
  CHECK(d.added == std::vector<std::string>{"R2"});
  CHECK(d.removed.empty());
  REQUIRE(d.appeared.size() == 1);
  CHECK(d.appeared[0].rule == RuleId::RK103);
  CHECK(d.appeared[0].signpost == 13);
  REQUIRE(d.resolved.size() == 3);
  CHECK(d.resolved[0].rule == RuleId::RK101);
  CHECK(d.after.report.valid);
}

TEST_CASE("diff_paths: a version that cannot be read gives its findings and no diff") {
  const std::string dir = std::string(ROUTEKAART_SOURCE_DIR) + "/tests/files/diff/";
  const DiffResult r =
      diff_paths(dir + "v1.yaml", dir + "none.yaml", embedded_catalogue(), all_signposts());
  CHECK_FALSE(r.diff);
  REQUIRE(r.unreadable.size() == 1);
  CHECK(r.unreadable[0].rule == RuleId::RK002);
  CHECK(r.unreadable[0].location.file == dir + "none.yaml");
  const DiffResult both =
      diff_paths(dir + "gone.yaml", dir + "none.yaml", embedded_catalogue(), all_signposts());
  REQUIRE(both.unreadable.size() == 2);
  CHECK(both.unreadable[0].location.file == dir + "gone.yaml");
}

TEST_CASE("compare: which texts changed: practice, next steps and elements, not the words") {
  auto with_texts = [](Side s) {
    s.signposts.resize(kSignpostCount + 1);
    for (int n = 1; n <= kSignpostCount; ++n) s.signposts[static_cast<std::size_t>(n)].number = n;
    return s;
  };
  Side a = with_texts(side("a.yaml", {})), b = with_texts(side("b.yaml", {}));
  a.signposts[1].practice = "We meet\nweekly.";
  b.signposts[1].practice = "We meet weekly.";  // wrapped differently: no change
  a.signposts[2].practice = "Old words.";
  b.signposts[2].practice = "New words.";
  b.signposts[2].next_steps = {"Start a peer group"};
  model::ElementEntry e1{"3a", Status::planned, "", "", {}};
  model::ElementEntry e2{"3b", Status::addressed, "x", "", {}};
  model::ElementEntry e3{"3c", Status::planned, "", "", {}};
  a.signposts[3].elements = {e1, e2, e3};
  model::ElementEntry e1_done = e1;
  e1_done.status = Status::addressed;
  model::ElementEntry e4{"3d", Status::partial, "", "", {}};
  b.signposts[3].elements = {e1_done, e2, e4};  // 3a changed, 3c removed, 3d added
  const Diff d = compare(a, b);
  REQUIRE(d.texts.size() == 2);
  CHECK(d.texts[0].number == 2);
  CHECK(d.texts[0].practice);
  CHECK(d.texts[0].next_steps);
  CHECK(d.texts[0].elements.empty());
  CHECK(d.texts[1].number == 3);
  CHECK_FALSE(d.texts[1].practice);
  CHECK_FALSE(d.texts[1].next_steps);
  CHECK(d.texts[1].elements == std::vector<std::string>{"3a", "3d", "3c"});
  CHECK_FALSE(d.empty());
  // without the models (a version that could not be read as one): no text changes
  CHECK(compare(side("a.yaml", {}), b).texts.empty());
}
