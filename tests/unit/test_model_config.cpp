// src/model/config.cpp: the project configuration, .routekaart.yaml.
#include <doctest/doctest.h>

#include "helpers.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "model/config.hpp"

using routekaart::model::load_project_config;
using routekaart::model::ProjectConfig;
using routekaart::testing::hint_words;
using routekaart::testing::TempDir;
using routekaart::testing::words;

using namespace routekaart;

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

TEST_CASE("load_project_config: every key") {
  TempDir dir;
  const std::string path =
      dir.write("team.yaml",
                "paths: [interventies, extra.yaml]\n"
                "include: ['**/*.yaml']\n"
                "exclude: ['**/concept/*', old.yaml]\n"
                "language: nl\n"
                "fail-on: never\n"
                "min-coverage: 62.5\n"
                "require: [12, 1, 13]\n"
                "rules:\n  RK301: off\n  rk102: error\n  RK103: info\n  RK201: warning\n");
  ProjectConfig c = load_project_config(path, "/");
  CHECK(c.problems.empty());
  CHECK(c.file == path);
  CHECK(c.paths == std::vector<std::string>{"interventies", "extra.yaml"});
  CHECK(c.include == std::vector<std::string>{"**/*.yaml"});
  CHECK(c.exclude == std::vector<std::string>{"**/concept/*", "old.yaml"});
  CHECK(c.language == "nl");
  CHECK(c.fail_on == "never");
  CHECK(c.min_coverage == 62.5);
  CHECK(c.require == std::vector<int>{12, 1, 13});  // as written; settings sort nothing here
  SUBCASE("rules become RuleIds with a severity, or nullopt for off") {
    REQUIRE(c.rules.size() == 4);
    CHECK(c.rules.at(RuleId::RK301) == std::nullopt);
    CHECK(c.rules.at(RuleId::RK102) == Severity::error);  // the id in any case
    CHECK(c.rules.at(RuleId::RK103) == Severity::info);
    CHECK(c.rules.at(RuleId::RK201) == Severity::warning);
    CHECK(c.rules.count(RuleId::RK101) == 0);
  }
  SUBCASE("each key's origin is file:line") {
    CHECK(c.origins.size() == 8);
    CHECK(c.origins.at("paths").source == path + ":1");
    CHECK(c.origins.at("language").source == path + ":4");
    CHECK(c.origins.at("min-coverage").source == path + ":6");
    CHECK(c.origins.at("rules").source == path + ":8");
  }
}

TEST_CASE("load_project_config: what is not set stays unset") {
  TempDir dir;
  ProjectConfig c = load_project_config(dir.write("c.yaml", "language: en\n"), "/");
  CHECK(c.problems.empty());
  CHECK(c.language == "en");
  CHECK_FALSE(c.fail_on);
  CHECK_FALSE(c.min_coverage);
  CHECK(c.paths.empty());
  CHECK(c.require.empty());
  CHECK(c.rules.empty());
  CHECK(c.origins.size() == 1);
}

TEST_CASE("load_project_config: an empty file is fine") {
  TempDir dir;
  SUBCASE("nothing at all") {
    ProjectConfig c = load_project_config(dir.write("c.yaml", ""), "/");
    CHECK(c.problems.empty());
    CHECK(c.origins.empty());
    CHECK(c.file == dir / "c.yaml");
  }
  SUBCASE("only comments") {
    ProjectConfig c = load_project_config(dir.write("c.yaml", "# niets ingesteld\n"), "/");
    CHECK(c.problems.empty());
    CHECK(c.origins.empty());
  }
}

TEST_CASE("load_project_config: a file with problems sets no values") {
  TempDir dir;
  ProjectConfig c =
      load_project_config(dir.write("c.yaml", "fail-on: warning\nrules: {RK003: off}\n"), "/");
  REQUIRE(c.problems.size() == 1);
  CHECK(c.problems[0].rule == RuleId::RK006);
  CHECK(words(c.problems[0].message) == "RK003 cannot be switched off or given another severity");
  CHECK(tr(Lang::nl, c.problems[0].message) == "RK003 kan niet uit en krijgt geen andere ernst");
  CHECK_FALSE(c.fail_on);
  CHECK(c.rules.empty());
  CHECK(c.origins.empty());
}

TEST_CASE("load_project_config: problems are sorted by place") {
  TempDir dir;
  ProjectConfig c = load_project_config(
      dir.write("c.yaml", "require: [0]\nmin-coverage: -1\nfail-on: [error]\n"), "/");
  std::vector<int> lines;
  for (const auto& d : c.problems) lines.push_back(d.location.line);
  CHECK(lines == std::vector<int>{1, 2, 3});
  CHECK(words(c.problems[0].message) == "require[1] must be between 1 and 14, not 0");
  CHECK(words(c.problems[1].message) == "min-coverage must be between 0 and 100, not -1");
  CHECK(words(c.problems[2].message) ==
        "fail-on must be one word from a fixed list, but is a list");
}

TEST_CASE("load_project_config: reading problems") {
  TempDir dir;
  SUBCASE("an explicit file that does not exist") {
    ProjectConfig c = load_project_config(dir / "missing.yaml", "/");
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].rule == RuleId::RK002);
    CHECK(c.problems[0].location.file == dir / "missing.yaml");
    CHECK(words(c.problems[0].message) == "cannot read the file: it does not exist");
    CHECK(hint_words(c.problems[0]) == "check the path and that you may read the file");
  }
  SUBCASE("invalid YAML") {
    ProjectConfig c = load_project_config(dir.write("c.yaml", "rules: {RK101: off\n"), "/");
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].rule == RuleId::RK001);
    CHECK(words(c.problems[0].message) == "the { opened here is never closed");
    CHECK(c.problems[0].location.line == 1);
    CHECK(c.problems[0].location.column == 8);
  }
  SUBCASE("a duplicate key") {
    ProjectConfig c =
        load_project_config(dir.write("c.yaml", "fail-on: error\nfail-on: never\n"), "/");
    REQUIRE(c.problems.size() == 1);
    CHECK(tr(Lang::nl, c.problems[0].message) == "dubbele sleutel 'fail-on' (eerst op regel 1)");
    CHECK_FALSE(c.fail_on);
  }
}

// Bug: a configuration that is not a map is reported with an empty subject: " must be a map
// (key: value lines), but is a list". validate_tree names the top level "/" for unknown and
// missing keys, but wrong_type() passes the empty path on.
TEST_CASE("load_project_config: a list instead of a map names the top level") {
  TempDir dir;
  ProjectConfig c = load_project_config(dir.write("c.yaml", "- fail-on: error\n"), "/");
  REQUIRE(c.problems.size() == 1);
  CHECK(words(c.problems[0].message) == "/ must be a map (key: value lines), but is a list");
}

namespace {

// Whether a .routekaart.yaml above the test folders would be found too.
bool config_above_tmp() {
  return std::filesystem::exists("/tmp/.routekaart.yaml") ||
         std::filesystem::exists("/.routekaart.yaml");
}

}  // namespace

TEST_CASE("load_project_config: .routekaart.yaml in the start folder") {
  if (config_above_tmp()) {
    MESSAGE("a .routekaart.yaml above the test folders would be found too");
    return;
  }
  TempDir dir;
  dir.write("project/.routekaart.yaml", "fail-on: info\n");
  SUBCASE("a folder given: the path through it") {
    ProjectConfig c = load_project_config("", dir / "project");
    CHECK(c.file == dir / "project/.routekaart.yaml");
    CHECK(c.fail_on == "info");
    CHECK(c.origins.at("fail-on").source == dir / "project/.routekaart.yaml:1");
  }
  SUBCASE("the current folder: a path without ./") {
    const auto cwd = std::filesystem::current_path();
    std::filesystem::current_path(dir / "project");
    ProjectConfig c = load_project_config("", ".");
    std::filesystem::current_path(cwd);
    CHECK(c.file == ".routekaart.yaml");
    CHECK(c.fail_on == "info");
  }
  SUBCASE("an explicit path wins") {
    const std::string other = dir.write("other.yaml", "fail-on: never\n");
    ProjectConfig c = load_project_config(other, dir / "project");
    CHECK(c.file == other);
    CHECK(c.fail_on == "never");
  }
  SUBCASE("none there or above: an empty configuration") {
    ProjectConfig c = load_project_config("", dir.path());
    CHECK(c.file.empty());
    CHECK(c.problems.empty());
    CHECK_FALSE(c.fail_on);
  }
  SUBCASE("a folder named .routekaart.yaml is no configuration") {
    std::filesystem::create_directories(dir / "x/.routekaart.yaml");
    ProjectConfig c = load_project_config("", dir / "x");
    CHECK(c.file.empty());
  }
}

// Bug: find_upwards() never walks up. It checks `dir/.routekaart.yaml` with
// fs::is_regular_file(path, ec), which sets ec to ENOENT when the file is not there, and the loop
// runs `while (!ec)`: so only the start folder is searched, and `routekaart check` run in a
// subfolder of a project ignores the project's .routekaart.yaml. A separate error_code for the
// is_regular_file() call fixes it.
TEST_CASE("load_project_config: .routekaart.yaml is found walking up") {
  if (config_above_tmp()) return;
  TempDir dir;
  dir.write("project/.routekaart.yaml", "fail-on: info\n");
  dir.write("project/a/b/x.yaml", "");
  SUBCASE("from a folder below it, relative to the start") {
    ProjectConfig c = load_project_config("", dir / "project/a/b");
    CHECK(c.file == dir / "project/a/b/../../.routekaart.yaml");
    CHECK(c.fail_on == "info");
  }
  SUBCASE("from the current folder") {
    const auto cwd = std::filesystem::current_path();
    std::filesystem::current_path(dir / "project/a");
    ProjectConfig c = load_project_config("", ".");
    std::filesystem::current_path(cwd);
    CHECK(c.file == "../.routekaart.yaml");
    CHECK(c.fail_on == "info");
  }
}

// A .routekaart.yaml found on the way up that someone else controls (/tmp/.routekaart.yaml of
// another user, a file anyone may change) would decide what a check passes: it is not applied,
// and the note says why and how to use it anyway.
TEST_CASE("load_project_config: a configuration another user controls is not applied") {
  if (config_above_tmp()) return;
  TempDir dir;
  const std::string file = dir.write("project/.routekaart.yaml", "fail-on: never\n");
  dir.write("project/a/x.yaml", "");
  SUBCASE("anyone may change it") {
    REQUIRE(::chmod(file.c_str(), 0666) == 0);
    ProjectConfig c = load_project_config("", dir / "project/a");
    CHECK(c.file.empty());
    CHECK_FALSE(c.fail_on);
    CHECK(c.problems.empty());
    REQUIRE(c.not_applied);
    CHECK(words(*c.not_applied) == "note: " + dir / "project/a/../.routekaart.yaml" +
                                       " is not used because other users may change it; to use "
                                       "it anyway, add --config " +
                                       dir / "project/a/../.routekaart.yaml");
    CHECK(tr(Lang::nl, *c.not_applied) ==
          "let op: " + dir / "project/a/../.routekaart.yaml" +
              " wordt niet gebruikt, want andere gebruikers mogen het wijzigen; wil je het toch "
              "gebruiken, voeg dan --config " +
              dir / "project/a/../.routekaart.yaml" + " toe");
  }
  SUBCASE("it belongs to another user (not root)") {
    if (::geteuid() != 0) {
      MESSAGE("only root may give a file to another user");
      return;
    }
    REQUIRE(::chown(file.c_str(), 65534, 65534) == 0);
    ProjectConfig c = load_project_config("", dir / "project");
    CHECK(c.file.empty());
    CHECK_FALSE(c.fail_on);
    REQUIRE(c.not_applied);
    CHECK(words(*c.not_applied).find("is not used because it belongs to another user") !=
          std::string::npos);
  }
  SUBCASE("named with --config it is applied all the same") {
    REQUIRE(::chmod(file.c_str(), 0666) == 0);
    ProjectConfig c = load_project_config(file, dir / "project/a");
    CHECK(c.file == file);
    CHECK(c.fail_on == "never");
    CHECK_FALSE(c.not_applied);
  }
  SUBCASE("the user's own file that only the user may change is applied") {
    REQUIRE(::chmod(file.c_str(), 0644) == 0);
    ProjectConfig c = load_project_config("", dir / "project/a");
    CHECK(c.fail_on == "never");
    CHECK_FALSE(c.not_applied);
  }
}
