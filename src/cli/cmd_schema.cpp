// `schema`: the JSON Schema (draft 2020-12) of the file format, generated from format_spec.
#include <fmt/format.h>

#include <sstream>

#include "cli/commands.hpp"
#include "render/json_writer.hpp"
#include "schema/format.hpp"

namespace routekaart::cli {
using catalogue::Catalogue;
using render::JsonWriter;

namespace {

void write_spec(JsonWriter& w, const schema::Spec& spec, const Catalogue& catalogue, int signpost);

void write_signpost_map(JsonWriter& w, const schema::Spec& spec, const Catalogue& catalogue) {
  w.field("type", "object").field("additionalProperties", false);
  w.key("properties").begin_object();
  for (int n = static_cast<int>(spec.min); n <= spec.max; ++n) {
    w.key(std::to_string(n));
    write_spec(w, *spec.item, catalogue, n);
  }
  w.end_object();
}

void write_status_choice(JsonWriter& w, const std::vector<std::string_view>& choices) {
  w.begin_object().field("type", "string").key("enum").begin_array();
  for (auto c : choices) w.value(c);
  w.end_array().end_object();
}

void write_spec(JsonWriter& w, const schema::Spec& spec, const Catalogue& catalogue, int signpost) {
  using schema::Type;
  w.begin_object();
  switch (spec.type) {
    case Type::map: {
      w.field("type", "object").field("additionalProperties", false);
      w.key("properties").begin_object();
      for (const auto& f : spec.fields) {
        w.key(f.key);
        write_spec(w, *f.spec, catalogue, signpost);
      }
      w.end_object();
      w.key("required").begin_array();
      for (const auto& f : spec.fields)
        if (f.required) w.value(f.key);
      w.end_array();
      break;
    }
    case Type::boolean:
      w.field("type", "boolean");
      break;
    case Type::list:
      w.field("type", "array").key("items");
      write_spec(w, *spec.item, catalogue, signpost);
      break;
    case Type::text:
      w.key("type").begin_array().value("string").value("number").value("boolean");
      if (!spec.non_empty) w.value("null");
      w.end_array();
      if (spec.non_empty) w.field("minLength", 1);
      break;
    case Type::integer:
      w.field("type", "integer").field("minimum", spec.min).field("maximum", spec.max);
      break;
    case Type::number:
      w.field("type", "number").field("minimum", spec.min).field("maximum", spec.max);
      break;
    case Type::version:
      w.field("const", spec.max);
      break;
    case Type::choice:
      w.field("type", "string").key("enum").begin_array();
      for (auto c : spec.choices) w.value(c);
      w.end_array();
      break;
    case Type::date:
      w.field("description", "ISO date, YYYY-MM-DD");
      break;
    case Type::signpost_map:
      write_signpost_map(w, spec, catalogue);
      break;
    case Type::element_map: {
      w.field("type", "object").field("additionalProperties", false);
      w.key("properties").begin_object();
      for (const auto& id : catalogue.element_ids(signpost)) {
        w.key(id);
        write_spec(w, *spec.item, catalogue, signpost);
      }
      w.end_object();
      break;
    }
    case Type::status_entry:
      w.key("oneOf").begin_array();
      write_status_choice(w, spec.choices);
      w.begin_object().field("type", "object").field("additionalProperties", false);
      w.key("properties").begin_object().key("status");
      write_status_choice(w, spec.choices);
      w.key("practice").begin_object().key("type").begin_array().value("string").value("null");
      w.end_array().end_object().end_object();
      w.key("required").begin_array().value("status").end_array().end_object();
      w.end_array();
      break;
    case Type::rule_map:
      w.field("type", "object");
      break;
    case Type::age_range:
      w.field("type", "array").field("minItems", 2).field("maxItems", 2);
      w.key("items").begin_object().field("type", "integer").field("minimum", spec.min);
      w.field("maximum", spec.max).end_object();
      break;
  }
  w.end_object();
}

}  // namespace

int cmd_schema(Context& ctx, const Options& opt) {
  std::ostringstream out;
  {
    JsonWriter w(out);
    w.begin_object()
        .field("$schema", "https://json-schema.org/draft/2020-12/schema")
        .field("$id", "https://routekaart.invalid/schema/intervention-1.json")
        .field("title", "routekaart intervention file, format version 1")
        .key("allOf")
        .begin_array();
    write_spec(w, schema::intervention_spec(), ctx.catalogue, 0);
    w.end_array().end_object();
  }
  return emit(ctx, opt, out.str());
}

}  // namespace routekaart::cli
