#include <doctest/doctest.h>

#include "helpers.hpp"

#include <fstream>

#include "io/glob.hpp"
#include "model/config.hpp"

using routekaart::io::glob_match;
using routekaart::model::load_project_config;
using routekaart::model::ProjectConfig;

using namespace routekaart;

TEST_CASE("glob_match: *, ? and **/") {
  CHECK(glob_match("*.yaml", "a.yaml"));
  CHECK(glob_match("docs/*.yaml", "docs/sub/a.yaml"));
  CHECK(glob_match("**/drafts/*", "drafts/x.yaml"));
  CHECK(glob_match("**/drafts/*", "a/b/drafts/x.yaml"));
  CHECK_FALSE(glob_match("*.yml", "a.yaml"));
}

TEST_CASE("load_project_config: values and their origins") {
  const std::string path = "/tmp/routekaart-test-config.yaml";
  std::ofstream(path) << "fail-on: warning\nmin-coverage: 60\nrequire: [1, 12]\n"
                         "rules: {RK301: off, RK102: error}\nexclude: ['**/drafts/*']\n";
  ProjectConfig c = load_project_config(path, "/");
  CHECK(c.problems.empty());
  CHECK(c.fail_on == "warning");
  CHECK(*c.min_coverage == doctest::Approx(60));
  CHECK(c.require == std::vector<int>{1, 12});
  CHECK_FALSE(c.rules.at(RuleId::RK301).has_value());
  CHECK(c.rules.at(RuleId::RK102) == Severity::error);
  CHECK(c.origins.at("rules").source == path + ":4");
}

TEST_CASE("load_project_config: problems are located and explained") {
  const std::string path = "/tmp/routekaart-test-config-bad.yaml";
  std::ofstream(path) << "fail_on: warning\nrules: {RK999: off, RK102: loud}\n";
  ProjectConfig c = load_project_config(path, "/");
  REQUIRE(c.problems.size() == 3);
  CHECK(routekaart::testing::words(c.problems[0].message) == "unknown key 'fail_on' in /");
  CHECK(routekaart::testing::hint_words(c.problems[0]) == "did you mean 'fail-on'?");
  CHECK(routekaart::testing::words(c.problems[1].message) == "'RK999' is not a rule id");
  CHECK(c.problems[2].location.line == 2);
  CHECK(routekaart::testing::words(c.problems[2].message) ==
        "'loud' is not allowed for rules.RK102");
}
