// src/yaml/tree.cpp: the plain tree a YAML document becomes.
#include <doctest/doctest.h>

#include <string>

#include "helpers.hpp"
#include "yaml/load.hpp"
#include "yaml/tree.hpp"

using routekaart::io::Source;
using routekaart::yaml::Kind;
using routekaart::yaml::kind_name;
using routekaart::yaml::Node;

using namespace routekaart;

namespace {

Node scalar(std::string value) {
  Node n;
  n.kind = Kind::scalar;
  n.value = std::move(value);
  return n;
}

}  // namespace

TEST_CASE("Node::find: the value of the first entry with that plain key") {
  Node map;
  map.kind = Kind::map;
  map.entries.emplace_back(scalar("a"), scalar("first"));
  map.entries.emplace_back(scalar("b"), scalar("other"));
  map.entries.emplace_back(scalar("a"), scalar("second"));
  SUBCASE("a key that is there") {
    REQUIRE(map.find("b"));
    CHECK(map.find("b")->value == "other");
  }
  SUBCASE("a duplicate key: the first one") {
    REQUIRE(map.find("a"));
    CHECK(map.find("a")->value == "first");
    CHECK(map.find("a") == &map.entries[0].second);
  }
  SUBCASE("absent keys") {
    CHECK(map.find("c") == nullptr);
    CHECK(map.find("") == nullptr);
    CHECK(map.find("A") == nullptr);
  }
  SUBCASE("keys that are not scalars never match") {
    Node list_key;
    list_key.kind = Kind::sequence;
    list_key.value = "x";  // a value a sequence should not have: still no match
    map.entries.emplace_back(list_key, scalar("hidden"));
    CHECK(map.find("x") == nullptr);
  }
}

TEST_CASE("Node::find: on anything but a map, nothing") {
  CHECK(scalar("a").find("a") == nullptr);
  CHECK(Node{}.find("a") == nullptr);
}

TEST_CASE("Node::find: as the loader builds the tree") {
  auto parsed = yaml::parse_yaml(Source{"f.yaml", "? [a, b]\n: 1\nc: 2\n"}, Limits{});
  REQUIRE(parsed.root);
  CHECK(parsed.root->entries.size() == 2);
  CHECK(parsed.root->find("c")->value == "2");
  CHECK(parsed.root->find("[a, b]") == nullptr);
}

TEST_CASE("Node: kind predicates") {
  Node n;
  CHECK(n.is_null());
  CHECK_FALSE(n.is_scalar());
  n.kind = Kind::scalar;
  CHECK(n.is_scalar());
  CHECK_FALSE(n.is_null());
  n.kind = Kind::sequence;
  CHECK(n.is_sequence());
  CHECK_FALSE(n.is_map());
  n.kind = Kind::map;
  CHECK(n.is_map());
  CHECK_FALSE(n.is_sequence());
}

TEST_CASE("kind_name: how messages name a kind") {
  CHECK(std::string(kind_name(Kind::null)) == "empty");
  CHECK(std::string(kind_name(Kind::scalar)) == "text");
  CHECK(std::string(kind_name(Kind::sequence)) == "list");
  CHECK(std::string(kind_name(Kind::map)) == "map");
  CHECK(std::string(kind_name(static_cast<Kind>(99))) == "empty");
}
