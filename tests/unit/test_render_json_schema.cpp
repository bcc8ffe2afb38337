#include <doctest/doctest.h>

#include "helpers.hpp"

#include <functional>
#include <sstream>

#include "render/json_schema.hpp"
#include "schema/format.hpp"

using routekaart::render::render_json_schema;
using routekaart::testing::count;
using routekaart::testing::embedded_catalogue;

using namespace routekaart;

namespace {

std::string schema_text(Lang lang) {
  std::ostringstream out;
  render_json_schema(embedded_catalogue(), lang, out);
  return out.str();
}

// Every documented key of the intervention file: the doc of each field, recursively.
std::vector<TextId> docs() {
  std::vector<TextId> out;
  std::function<void(const schema::Spec&)> walk = [&](const schema::Spec& spec) {
    for (const auto& f : spec.fields) {
      if (f.doc) out.push_back(*f.doc);
      walk(*f.spec);
    }
    if (spec.item) walk(*spec.item);
  };
  walk(schema::intervention_spec());
  return out;
}

}  // namespace

TEST_CASE("render_json_schema: draft 2020-12, the format version in $id and title") {
  const std::string s = schema_text(Lang::en);
  CHECK(s.starts_with(
      "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n"
      "  \"$id\": \"https://routekaart.invalid/schema/intervention-1.json\",\n"
      "  \"title\": \"routekaart intervention file, format version 1\",\n  \"allOf\": [\n    {\n"));
  CHECK(s.ends_with("\n    }\n  ]\n}\n"));
}

TEST_CASE("render_json_schema: every documented key has its description, in the language asked") {
  const std::string en = schema_text(Lang::en);
  const std::string nl = schema_text(Lang::nl);
  const std::vector<TextId> documented = docs();
  REQUIRE(documented.size() > 40);
  for (TextId id : documented) {
    INFO(text_key(id));
    CHECK(en.find("\"description\": \"" + tr(Lang::en, Message{id, {}}) + "\"") !=
          std::string::npos);
    CHECK(nl.find("\"description\": \"" + tr(Lang::nl, Message{id, {}}) + "\"") !=
          std::string::npos);
  }
  CHECK(en.find("            \"name\": {\n              \"description\": \"Name of the "
                "intervention\",\n              \"type\": [\n") != std::string::npos);
  CHECK(nl.find("\"description\": \"Naam van de interventie\"") != std::string::npos);
  CHECK(nl.find("\"title\": \"interventiebestand van routekaart, formaatversie 1\"") !=
        std::string::npos);
}

TEST_CASE("render_json_schema: a date's key describes it; ISO dates are not described twice") {
  const std::string s = schema_text(Lang::en);
  CHECK(count(s, "\"description\": \"Date of the rating, YYYY-MM-DD\"") == 1);
  CHECK(s.find("ISO date") == std::string::npos);
}

TEST_CASE("render_json_schema: signposts 1-14, each with the element ids of the catalogue") {
  const std::string s = schema_text(Lang::en);
  for (int n = 1; n <= 14; ++n)
    for (const auto& id : embedded_catalogue().element_ids(n)) {
      INFO(id);
      CHECK(count(s, "\"" + id + "\": {") == 1);
    }
  CHECK(s.find("\"15\": {") == std::string::npos);
  CHECK(count(s, "\"enum\": [\n") > 14);
  CHECK(s.find("\"minItems\": 2,") != std::string::npos);
}
