// src/check/settings.cpp: the effective settings of a run (request > configuration > default).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/settings.hpp"
#include "helpers.hpp"

using routekaart::check::Mode;
using routekaart::check::parse_selection;
using routekaart::check::Request;
using routekaart::check::resolve_settings;
using routekaart::check::Settings;
using routekaart::check::SettingsResult;
using routekaart::model::ProjectConfig;
using routekaart::testing::embedded_catalogue;
using routekaart::testing::words;

using namespace routekaart;

namespace {

using Numbers = std::vector<int>;

Settings resolved(const Request& request, const ProjectConfig& config = {},
                  Mode mode = Mode::check) {
  SettingsResult r = resolve_settings(request, config, embedded_catalogue(), mode);
  CHECK_FALSE(r.problem);
  REQUIRE(r.settings);
  return *r.settings;
}

Numbers all_numbers() {
  Numbers n;
  for (int i = 1; i <= kSignpostCount; ++i) n.push_back(i);
  return n;
}

}  // namespace

TEST_CASE("resolve_settings: the defaults") {
  const Settings s = resolved({});
  CHECK(s.mode == Mode::check);
  CHECK(s.paths.empty());
  CHECK(s.include.empty());
  CHECK(s.exclude.empty());
  CHECK(s.fail_on == Severity::error);
  CHECK_FALSE(s.min_coverage);
  CHECK_FALSE(s.strict);
  CHECK(s.selected == all_numbers());
  CHECK(s.required.empty());
  CHECK(s.rules.empty());
  CHECK(s.limits.max_file_bytes == Limits{}.max_file_bytes);
  CHECK(s.limits.max_depth == 64);
  CHECK_FALSE(s.follow_symlinks);
  CHECK(resolved({}, {}, Mode::validate).mode == Mode::validate);
}

TEST_CASE("resolve_settings: the request wins over the configuration, which wins over defaults") {
  ProjectConfig config;
  config.paths = {"from-config"};
  config.fail_on = "warning";
  config.min_coverage = 50;
  SUBCASE("configuration over defaults") {
    const Settings s = resolved({}, config);
    CHECK(s.paths == std::vector<std::string>{"from-config"});
    CHECK(s.fail_on == Severity::warning);
    CHECK(s.min_coverage == 50.0);
  }
  SUBCASE("request over configuration") {
    Request request;
    request.paths = {"a.yaml", "b"};
    request.fail_on = "info";
    request.min_coverage = 75;
    const Settings s = resolved(request, config);
    CHECK(s.paths == std::vector<std::string>{"a.yaml", "b"});
    CHECK(s.fail_on == Severity::info);
    CHECK(s.min_coverage == 75.0);
  }
  SUBCASE("a request of 0 is a value, not absence") {
    Request request;
    request.min_coverage = 0;
    CHECK(resolved(request, config).min_coverage == 0.0);
  }
}

TEST_CASE("resolve_settings: fail-on words") {
  auto fail_on = [](const char* word) {
    Request request;
    request.fail_on = word;
    return resolved(request).fail_on;
  };
  CHECK(fail_on("error") == Severity::error);
  CHECK(fail_on("warning") == Severity::warning);
  CHECK(fail_on("info") == Severity::info);
  CHECK_FALSE(fail_on("never"));
  ProjectConfig config;
  config.fail_on = "never";
  CHECK_FALSE(resolved({}, config).fail_on);
}

TEST_CASE("resolve_settings: what only the configuration sets") {
  ProjectConfig config;
  config.include = {"**/*.yaml"};
  config.exclude = {"**/drafts/*"};
  config.require = {12, 1};
  config.rules = {{RuleId::RK301, std::nullopt}, {RuleId::RK102, Severity::error}};
  const Settings s = resolved({}, config);
  CHECK(s.include == std::vector<std::string>{"**/*.yaml"});
  CHECK(s.exclude == std::vector<std::string>{"**/drafts/*"});
  CHECK(s.required == Numbers{12, 1});
  CHECK(s.rules == config.rules);
}

TEST_CASE("resolve_settings: what only the request sets") {
  Request request;
  request.strict = true;
  request.follow_symlinks = true;
  request.max_file_size = 4096;
  const Settings s = resolved(request);
  CHECK(s.strict);
  CHECK(s.follow_symlinks);
  CHECK(s.limits.max_file_bytes == 4096);
  CHECK(s.limits.max_nodes == Limits{}.max_nodes);
}

TEST_CASE("resolve_settings: the selection of signposts") {
  SUBCASE("a list and ranges") {
    Request request;
    request.signposts = "12,1-3";
    CHECK(resolved(request).selected == Numbers{1, 2, 3, 12});
  }
  SUBCASE("a selection that is not one is a problem") {
    Request request;
    request.signposts = "1-15";
    SettingsResult r = resolve_settings(request, {}, embedded_catalogue(), Mode::check);
    CHECK_FALSE(r.settings);
    REQUIRE(r.problem);
    REQUIRE(r.hint);
    CHECK(words(*r.problem) == "'1-15' is not a valid signpost selection");
    CHECK(tr(Lang::nl, *r.problem) == "'1-15' is geen geldige selectie van wegwijzers");
    CHECK(words(*r.hint) == "use numbers 1-14 and ranges, e.g. --signposts 1,2,5-7");
  }
}

TEST_CASE("resolve_settings: the audience narrows the selection") {
  SUBCASE("managers: signposts 11-14") {
    Request request;
    request.audience = "managers";
    CHECK(resolved(request).selected == Numbers{11, 12, 13, 14});
  }
  SUBCASE("practitioners: signposts 1-12") {
    Request request;
    request.audience = "practitioners";
    request.signposts = "10-14";
    CHECK(resolved(request).selected == Numbers{10, 11, 12});
  }
  SUBCASE("an audience that empties the selection is a problem") {
    Request request;
    request.audience = "managers";
    request.signposts = "1,2,5-7";
    SettingsResult r = resolve_settings(request, {}, embedded_catalogue(), Mode::check);
    CHECK_FALSE(r.settings);
    REQUIRE(r.problem);
    REQUIRE(r.hint);
    CHECK(words(*r.problem) == "no signpost of the selection '1,2,5-7' is for managers");
    CHECK(tr(Lang::nl, *r.problem) == "geen wegwijzer uit de selectie '1,2,5-7' is voor managers");
    CHECK(words(*r.hint) ==
          "signposts 1-12 are for practitioners, 11-14 for managers (see: routekaart list)");
    CHECK(tr(Lang::nl, *r.hint) ==
          "wegwijzers 1-12 zijn voor uitvoerende professionals, 11-14 "
          "voor managers (zie: routekaart list)");
  }
  SUBCASE("an audience no signpost has") {
    Request request;
    request.audience = "ouders";
    SettingsResult r = resolve_settings(request, {}, embedded_catalogue(), Mode::check);
    CHECK_FALSE(r.settings);
    CHECK(r.problem);
  }
}

TEST_CASE("parse_selection: numbers and ranges, ascending and once each") {
  SUBCASE("valid selections") {
    CHECK(parse_selection("1") == Numbers{1});
    CHECK(parse_selection("14") == Numbers{14});
    CHECK(parse_selection("1,2,5-7") == Numbers{1, 2, 5, 6, 7});
    CHECK(parse_selection("5-7,1,2") == Numbers{1, 2, 5, 6, 7});
    CHECK(parse_selection("3,3,2-4") == Numbers{2, 3, 4});
    CHECK(parse_selection("1-14") == all_numbers());
    CHECK(parse_selection("7-7") == Numbers{7});
    CHECK(parse_selection("07") == Numbers{7});
  }
  SUBCASE("outside 1..14") {
    CHECK_FALSE(parse_selection("0"));
    CHECK_FALSE(parse_selection("15"));
    CHECK_FALSE(parse_selection("1-15"));
    CHECK_FALSE(parse_selection("0-3"));
  }
  SUBCASE("not a selection") {
    CHECK_FALSE(parse_selection(""));
    CHECK_FALSE(parse_selection("7-5"));
    CHECK_FALSE(parse_selection("1,"));
    CHECK_FALSE(parse_selection(",1"));
    CHECK_FALSE(parse_selection("1,,2"));
    CHECK_FALSE(parse_selection("1-"));
    CHECK_FALSE(parse_selection("-3"));
    CHECK_FALSE(parse_selection("1-2-3"));
    CHECK_FALSE(parse_selection("1--2"));
    CHECK_FALSE(parse_selection(" 1"));
    CHECK_FALSE(parse_selection("1 "));
    CHECK_FALSE(parse_selection("+1"));
    CHECK_FALSE(parse_selection("een"));
    CHECK_FALSE(parse_selection("1;2"));
    CHECK_FALSE(parse_selection("99999999999"));
  }
}
