#include <doctest/doctest.h>

#include "helpers.hpp"

#include "yaml/load.hpp"

using routekaart::io::Source;
using routekaart::yaml::parse_yaml;
using routekaart::yaml::ParsedYaml;

using namespace routekaart;

static ParsedYaml parse(const std::string& text, Limits limits = {}) {
  return parse_yaml(Source{"f.yaml", text}, limits);
}

TEST_CASE("parse_yaml: keeps line and column of every node") {
  ParsedYaml p = parse("a: 1\nb:\n  c: [x, y]\n");
  REQUIRE(p.root);
  const yaml::Node* c = p.root->find("b")->find("c");
  REQUIRE(c);
  CHECK(c->mark.line == 3);
  CHECK(c->mark.column == 6);
  CHECK(c->items[1].value == "y");
  CHECK(c->items[1].mark.column == 10);
}

TEST_CASE("parse_yaml: quoted scalars are marked as text") {
  ParsedYaml p = parse("a: '12'\nb: 12\n");
  CHECK(p.root->find("a")->quoted);
  CHECK_FALSE(p.root->find("b")->quoted);
}

TEST_CASE("parse_yaml: duplicate keys are reported, not silently merged") {
  ParsedYaml p = parse("a: 1\nb: 2\na: 3\n");
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].rule == RuleId::RK004);
  CHECK(p.diagnostics[0].location.line == 3);
  CHECK(routekaart::testing::words(p.diagnostics[0].message) ==
        "duplicate key 'a' (first on line 1)");
}

TEST_CASE("parse_yaml: syntax errors name the place") {
  ParsedYaml p = parse("a: [1, 2\nb: 3\n");
  CHECK_FALSE(p.root);
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].rule == RuleId::RK001);
  CHECK(p.diagnostics[0].location.line >= 1);
}

TEST_CASE("parse_yaml: nesting deeper than the limit is refused") {
  std::string deep(100, '[');
  ParsedYaml p = parse(deep);
  CHECK_FALSE(p.root);
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].rule == RuleId::RK010);
  CHECK(routekaart::testing::words(p.diagnostics[0].message) == "nesting deeper than 64 levels");
  CHECK(p.diagnostics[0].location.line == 1);
  CHECK(p.diagnostics[0].location.column > 1);
}

TEST_CASE("parse_yaml: an alias bomb is refused quickly") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'k'; ++c, ++prev) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + prev;
    bomb += "]\n";
  }
  ParsedYaml p = parse(bomb);
  CHECK_FALSE(p.root);
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].rule == RuleId::RK010);
}

TEST_CASE("parse_yaml: a second document is an error") {
  ParsedYaml p = parse("a: 1\n---\nb: 2\n");
  CHECK_FALSE(p.root);
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].rule == RuleId::RK012);
  CHECK(p.diagnostics[0].location.line == 2);
}

TEST_CASE("parse_yaml: a file with only comments has no root and no error") {
  ParsedYaml p = parse("# nothing\n");
  CHECK_FALSE(p.root);
  CHECK(p.diagnostics.empty());
}
