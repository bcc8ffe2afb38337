// src/yaml/read.cpp: reading numbers and texts out of a parsed tree.
#include <doctest/doctest.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <random>
#include <sstream>
#include <string>

#include "helpers.hpp"
#include "yaml/load.hpp"
#include "yaml/read.hpp"

using routekaart::io::Source;
using routekaart::yaml::Node;
using routekaart::yaml::parse_integer;
using routekaart::yaml::parse_number;
using routekaart::yaml::parse_yaml;

using namespace routekaart;

namespace {

// The root of `text`, which must parse.
Node root(const std::string& text) {
  auto parsed = parse_yaml(Source{"f.yaml", text}, Limits{});
  REQUIRE(parsed.diagnostics.empty());
  REQUIRE(parsed.root);
  return *parsed.root;
}

// The value of `v` in "v: <value>".
Node value(const std::string& yaml_value) {
  Node r = root("v: " + yaml_value + "\n");
  REQUIRE(r.find("v"));
  return *r.find("v");
}

std::optional<long> integer(const std::string& yaml_value) {
  long out = 0;
  if (!parse_integer(value(yaml_value), out)) return std::nullopt;
  return out;
}

std::optional<double> number(const std::string& yaml_value) {
  double out = 123456;
  if (!parse_number(value(yaml_value), out)) {
    CHECK(out == 123456);  // written only on success
    return std::nullopt;
  }
  return out;
}

}  // namespace

TEST_CASE("parse_integer: whole numbers written plainly") {
  SUBCASE("with and without a sign") {
    CHECK(integer("12") == 12);
    CHECK(integer("-3") == -3);
    CHECK(integer("+3") == 3);
    CHECK(integer("0") == 0);
    CHECK(integer("-0") == 0);
  }
  SUBCASE("leading zeros are decimal") {
    CHECK(integer("007") == 7);
  }
  SUBCASE("the limits of long") {
    CHECK(integer("9223372036854775807") == 9223372036854775807L);
    CHECK_FALSE(integer("9223372036854775808"));
    CHECK_FALSE(integer("99999999999999999999"));
  }
  SUBCASE("anything else is no whole number") {
    CHECK_FALSE(integer("12abc"));
    CHECK_FALSE(integer("1.5"));
    CHECK_FALSE(integer("1e3"));
    CHECK_FALSE(integer("0x10"));
    CHECK_FALSE(integer("1_000"));
    CHECK_FALSE(integer("twaalf"));
    CHECK_FALSE(integer("+"));
    long out = 0;
    yaml::Node dash;  // "v: -" would be a list item; the scalar itself, made by hand
    dash.kind = yaml::Kind::scalar;
    dash.value = "-";
    CHECK_FALSE(parse_integer(dash, out));
    CHECK_FALSE(integer("++3"));
  }
  SUBCASE("quoted numbers are text") {
    CHECK_FALSE(integer("'12'"));
    CHECK_FALSE(integer("\"12\""));
    CHECK_FALSE(integer("|\n  12"));
  }
  SUBCASE("no scalar, no number") {
    CHECK_FALSE(integer("[12]"));
    CHECK_FALSE(integer("{a: 12}"));
    CHECK_FALSE(integer(""));  // null
    CHECK_FALSE(integer("''"));
  }
}

// Bug: parse_integer and parse_number skip a leading '+' and then let std::from_chars read the
// rest, which accepts a '-': "+-3" is read as -3, though it is no number in YAML (it is text).
TEST_CASE("parse_integer: +- is no sign") {
  CHECK_FALSE(integer("+-3"));
  CHECK_FALSE(number("+-3"));
}

TEST_CASE("parse_number: finite decimal numbers written plainly") {
  SUBCASE("whole and decimal") {
    CHECK(number("16") == 16.0);
    CHECK(number("7.5") == 7.5);
    CHECK(number("-0.25") == -0.25);
    CHECK(number("+3") == 3.0);
    CHECK(number("0") == 0.0);
  }
  SUBCASE("exponents and a leading or trailing point") {
    CHECK(number("1e3") == 1000.0);
    CHECK(number("2.5E-1") == 0.25);
    CHECK(number(".5") == 0.5);
    CHECK(number("5.") == 5.0);
  }
  SUBCASE("a subnormal value is still a value") {
    const auto tiny = number("1e-310");
    REQUIRE(tiny);
    CHECK(*tiny > 0.0);
    CHECK(*tiny < 1e-300);
  }
  SUBCASE("too large or too small to represent") {
    CHECK_FALSE(number("1e400"));
    CHECK_FALSE(number("-1e400"));
    CHECK_FALSE(number("1e-400"));
  }
  SUBCASE("not finite") {
    CHECK_FALSE(number("nan"));
    CHECK_FALSE(number("inf"));
    CHECK_FALSE(number("-inf"));
    CHECK_FALSE(number(".nan"));
    CHECK_FALSE(number(".inf"));
  }
  SUBCASE("anything else is no number") {
    CHECK_FALSE(number("12abc"));
    CHECK_FALSE(number("7,5"));
    CHECK_FALSE(number("0x10"));
    CHECK_FALSE(number("1_000"));
    CHECK_FALSE(number("e3"));
    CHECK_FALSE(number("+"));
    CHECK_FALSE(number("zestien"));
  }
  SUBCASE("quoted numbers are text") {
    CHECK_FALSE(number("'7.5'"));
    CHECK_FALSE(number("\"16\""));
  }
  SUBCASE("no scalar, no number") {
    CHECK_FALSE(number("[16]"));
    CHECK_FALSE(number(""));
  }
}

// parse_decimal is what parse_number uses where std::from_chars cannot read decimals (the
// browser edition's libc++): it must accept exactly what from_chars accepts, with the same value.
TEST_CASE("parse_decimal: the same numbers and values as std::from_chars") {
  const auto same = [](const std::string& text) {
    double expected = 0, got = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, expected);
    const bool accepted = ec == std::errc() && ptr == end && std::isfinite(expected);
    INFO("text: '" << text << "'");
    REQUIRE(routekaart::yaml::parse_decimal(text, got) == accepted);
    if (accepted) CHECK(std::memcmp(&got, &expected, sizeof got) == 0);  // bit for bit, -0 too
  };
  // Edge cases of range and form, separated by spaces.
  std::istringstream texts(
      "16 7.5 -0.25 0 -0 1e3 2.5E-1 .5 5. -.5 1e-310 4.9e-324 2e-324 1e400 -1e400 1e-400 0e-400 "
      "0.0e999 1.7976931348623157e308 1.7976931348623159e308 0.1 0.30000000000000004 "
      "123456789012345678901234567890 1e 1e+ e3 . - +3 --3 1.2.3 1e3.5 inf nan 0x10 7,5 00012 "
      "1_000");
  for (std::string text; texts >> text;) same(text);
  same("");
  same(" 1");
  same("1 ");
  // Random short strings over the characters a number is made of (a fixed seed: the same run
  // every time).
  std::mt19937 random(20260101);
  const std::string alphabet = "0123456789.eE-+";
  for (int n = 0; n < 100000; ++n) {
    std::string text(random() % 8, ' ');
    for (char& c : text) c = alphabet[random() % alphabet.size()];
    same(text);
  }
}

TEST_CASE("text: the scalar at a key, else empty") {
  const Node map = root("a: x\nn: 12\nq: 'y'\nlist: [1]\nmap: {b: c}\nleeg:\n");
  CHECK(yaml::text(map, "a") == "x");
  CHECK(yaml::text(map, "n") == "12");
  CHECK(yaml::text(map, "q") == "y");
  CHECK(yaml::text(map, "list") == "");
  CHECK(yaml::text(map, "map") == "");
  CHECK(yaml::text(map, "leeg") == "");
  CHECK(yaml::text(map, "absent") == "");
  CHECK(yaml::text(value("[a]"), "a") == "");  // not a map at all
}

TEST_CASE("bilingual: the {nl, en} pair at a key") {
  const Node map = root(
      "t: {nl: wegwijzer, en: signpost}\nhalf: {nl: alleen}\nflat: tekst\nextra: {nl: a, en: "
      "b, de: c}\n");
  CHECK(yaml::bilingual(map, "t") == Bilingual{"wegwijzer", "signpost"});
  CHECK(yaml::bilingual(map, "half") == Bilingual{"alleen", ""});
  CHECK(yaml::bilingual(map, "flat") == Bilingual{});
  CHECK(yaml::bilingual(map, "absent") == Bilingual{});
  CHECK(yaml::bilingual(map, "extra") == Bilingual{"a", "b"});
}

TEST_CASE("integer: the whole number at a key, or the fallback") {
  const Node map = root("n: 12\nneg: -4\nq: '12'\nx: twaalf\nf: 1.5\n");
  CHECK(yaml::integer(map, "n", 0) == 12);
  CHECK(yaml::integer(map, "neg", 0) == -4);
  CHECK(yaml::integer(map, "q", -1) == -1);
  CHECK(yaml::integer(map, "x", -1) == -1);
  CHECK(yaml::integer(map, "f", -1) == -1);
  CHECK(yaml::integer(map, "absent", 99) == 99);
}

TEST_CASE("text_list: the scalar items of a list") {
  const Node map = root("l: [a, {b: 1}, 12, [c], 'd']\nempty: []\nflat: a\nleeg:\n");
  CHECK(yaml::text_list(map, "l") == std::vector<std::string>{"a", "12", "d"});
  CHECK(yaml::text_list(map, "empty").empty());
  CHECK(yaml::text_list(map, "flat").empty());
  CHECK(yaml::text_list(map, "leeg").empty());
  CHECK(yaml::text_list(map, "absent").empty());
}

TEST_CASE("items: the items of a list, or none") {
  const Node map = root("l: [a, {b: 1}]\nflat: a\nm: {a: 1}\n");
  REQUIRE(yaml::items(map, "l").size() == 2);
  CHECK(yaml::items(map, "l")[0].value == "a");
  CHECK(yaml::items(map, "l")[1].is_map());
  CHECK(&yaml::items(map, "l") == &map.find("l")->items);  // no copy
  CHECK(yaml::items(map, "flat").empty());
  CHECK(yaml::items(map, "m").empty());
  CHECK(yaml::items(map, "absent").empty());
}
