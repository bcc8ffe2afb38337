#include <doctest/doctest.h>

#include <fstream>

#include "model/config.hpp"

using routekaart::model::glob_match;
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
  ProjectConfig c = load_project_config(path, "/", Lang::en);
  CHECK(c.problems.empty());
  CHECK(c.fail_on == "warning");
  CHECK(*c.min_coverage == doctest::Approx(60));
  CHECK(c.require == std::vector<int>{1, 12});
  CHECK(c.rules.at("RK301") == "off");
  CHECK(c.origins.at("rules").source == path + ":4");
}

TEST_CASE("load_project_config: problems are located and explained") {
  const std::string path = "/tmp/routekaart-test-config-bad.yaml";
  std::ofstream(path) << "fail_on: warning\nrules: {RK999: off, RK102: loud}\n";
  ProjectConfig c = load_project_config(path, "/", Lang::en);
  REQUIRE(c.problems.size() == 3);
  CHECK(c.problems[0].message == "unknown key 'fail_on' in /");
  CHECK(c.problems[0].hint == "did you mean 'fail-on'?");
  CHECK(c.problems[1].message == "'RK999' is not a rule id");
  CHECK(c.problems[2].location.line == 2);
  CHECK(c.problems[2].message == "'loud' is not allowed for rules.RK102");
}
