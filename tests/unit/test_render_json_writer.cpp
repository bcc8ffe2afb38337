// src/render/json_writer.cpp: JSON with a stable layout (two spaces, one member per line).
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <sstream>
#include <string>

#include "render/json_writer.hpp"

using routekaart::render::JsonWriter;

namespace {

// What `write` writes, once the writer is done (its destructor ends the text with a newline).
template <typename F>
std::string json(F&& write) {
  std::ostringstream out;
  {
    JsonWriter w(out);
    write(w);
  }
  return out.str();
}

// The text one double becomes.
std::string number(double x) {
  return json([&](JsonWriter& w) { w.value(x); });
}

}  // namespace

TEST_CASE("JsonWriter: empty object and array") {
  CHECK(json([](JsonWriter& w) { w.begin_object().end_object(); }) == "{}\n");
  CHECK(json([](JsonWriter& w) { w.begin_array().end_array(); }) == "[]\n");
}

TEST_CASE("JsonWriter: one member per line, two spaces per level") {
  const std::string text = json([](JsonWriter& w) {
    w.begin_object();
    w.field("name", "De Brug");
    w.key("scores").begin_array().value(1).value(2).end_array();
    w.key("empty").begin_object().end_object();
    w.key("nested").begin_object().field("ok", true).end_object();
    w.end_object();
  });
  CHECK(text ==
        "{\n"
        "  \"name\": \"De Brug\",\n"
        "  \"scores\": [\n"
        "    1,\n"
        "    2\n"
        "  ],\n"
        "  \"empty\": {},\n"
        "  \"nested\": {\n"
        "    \"ok\": true\n"
        "  }\n"
        "}\n");
}

TEST_CASE("JsonWriter: an array of objects") {
  CHECK(json([](JsonWriter& w) {
          w.begin_array();
          w.begin_object().field("n", 1).end_object();
          w.begin_object().end_object();
          w.end_array();
        }) == "[\n  {\n    \"n\": 1\n  },\n  {}\n]\n");
}

TEST_CASE("JsonWriter: keys and texts are escaped") {
  CHECK(json([](JsonWriter& w) {
          w.begin_object().field("a\"b", "regel 1\nregel \"2\"\t\\").end_object();
        }) == "{\n  \"a\\\"b\": \"regel 1\\nregel \\\"2\\\"\\t\\\\\"\n}\n");
  CHECK(json([](JsonWriter& w) { w.value("\x01 één"); }) == "\"\\u0001 één\"\n");
}

TEST_CASE("JsonWriter: every kind of value") {
  SUBCASE("texts of every type") {
    const std::string s = "s";
    const std::string_view v = "v";
    CHECK(json([&](JsonWriter& w) { w.begin_array().value(s).value(v).value("c").end_array(); }) ==
          "[\n  \"s\",\n  \"v\",\n  \"c\"\n]\n");
  }
  SUBCASE("whole numbers") {
    CHECK(json([](JsonWriter& w) { w.value(-42); }) == "-42\n");
    CHECK(json([](JsonWriter& w) { w.value(std::size_t{7}); }) == "7\n");
    CHECK(json([](JsonWriter& w) { w.value(9000000000L); }) == "9000000000\n");
  }
  SUBCASE("booleans and null") {
    CHECK(json([](JsonWriter& w) {
            w.begin_array().value(true).value(false).null().end_array();
          }) == "[\n  true,\n  false,\n  null\n]\n");
  }
  SUBCASE("optional values: the value, or null") {
    CHECK(json([](JsonWriter& w) {
            w.begin_object()
                .field("some", std::optional<int>(3))
                .field("none", std::optional<int>())
                .field("pct", std::optional<double>(12.5))
                .end_object();
          }) == "{\n  \"some\": 3,\n  \"none\": null,\n  \"pct\": 12.5\n}\n");
  }
}

TEST_CASE("JsonWriter: decimals, at most two, without trailing zeros") {
  CHECK(number(1.5) == "1.5\n");
  CHECK(number(2.0) == "2\n");
  CHECK(number(100.0) == "100\n");
  CHECK(number(12.50) == "12.5\n");
  CHECK(number(3.14159) == "3.14\n");
  CHECK(number(2.999) == "3\n");
  CHECK(number(0.1) == "0.1\n");
  CHECK(number(100.0 * 1.5 / 13) == "11.54\n");
  CHECK(number(0.0) == "0\n");
  SUBCASE("a negative number that rounds to zero is 0, not -0") {
    CHECK(number(-0.001) == "0\n");
    CHECK(number(-0.0) == "0\n");
    CHECK(number(-2.5) == "-2.5\n");
  }
  SUBCASE("what JSON cannot hold is null") {
    CHECK(number(std::nan("")) == "null\n");
    CHECK(number(std::numeric_limits<double>::infinity()) == "null\n");
    CHECK(number(-std::numeric_limits<double>::infinity()) == "null\n");
  }
}
