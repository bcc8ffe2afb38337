#include "render/json_schema.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>

#include "common/status.hpp"
#include "generated/texts/json_schema.hpp"
#include "render/json_writer.hpp"
#include "schema/format.hpp"

namespace routekaart::render {
using catalogue::Catalogue;

namespace {

struct Writer {
  JsonWriter& w;
  const Catalogue& catalogue;
  Lang lang;

  // One spec as a schema object; `doc` is the description of the key it belongs to.
  void spec(const schema::Spec& spec, int signpost, std::optional<TextId> doc) {
    using schema::Type;
    w.begin_object();
    if (doc) w.field("description", tr(lang, Message{*doc, {}}));
    switch (spec.type) {
      case Type::map: {
        w.field("type", "object").field("additionalProperties", false);
        w.key("properties").begin_object();
        for (const auto& f : spec.fields) {
          w.key(f.key);
          this->spec(*f.spec, signpost, f.doc);
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
        this->spec(*spec.item, signpost, std::nullopt);
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
        for (auto c : spec.choices)  // the Dutch words files may use too (common/status.hpp)
          for (auto dutch : dutch_file_words(c)) w.value(dutch);
        w.end_array();
        break;
      case Type::date:
        if (!doc) w.field("description", tr(lang, texts::schema_date{}));
        break;
      case Type::signpost_map:
        // A signpost number is a plain number as a key (`3:`, also `03:` or `+3:`, as
        // yaml::parse_integer reads it). YAML-aware tools see a number, not the string "3", so
        // each signpost is a pattern: yaml-language-server (VS Code's YAML extension) rejects
        // every numeric key that only `properties` names.
        w.field("type", "object").field("additionalProperties", false);
        w.key("patternProperties").begin_object();
        for (int n = static_cast<int>(spec.min); n <= spec.max; ++n) {
          w.key(fmt::format("^\\+?0*{}$", n));
          this->spec(*spec.item, n, std::nullopt);
        }
        w.end_object();
        break;
      case Type::element_map:
        w.field("type", "object").field("additionalProperties", false);
        w.key("properties").begin_object();
        for (const auto& id : catalogue.element_ids(signpost)) {
          w.key(id);
          this->spec(*spec.item, signpost, std::nullopt);
        }
        w.end_object();
        break;
      case Type::status_entry:
        w.key("oneOf").begin_array();
        status_choice(spec.choices);
        w.begin_object().field("type", "object").field("additionalProperties", false);
        w.key("properties").begin_object().key("status");
        status_choice(spec.choices);
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

  void status_choice(const std::vector<std::string_view>& choices) {
    w.begin_object().field("type", "string").key("enum").begin_array();
    for (auto c : choices) w.value(c);
    for (auto c : choices)
      for (auto dutch : dutch_file_words(c)) w.value(dutch);
    w.end_array().end_object();
  }
};

}  // namespace

void render_json_schema(const Catalogue& catalogue, Lang lang, std::ostream& out) {
  JsonWriter w(out);
  w.begin_object()
      .field("$schema", "https://json-schema.org/draft/2020-12/schema")
      .field("$id", fmt::format("https://routekaart.invalid/schema/intervention-{}.json",
                                schema::kFormatVersion))
      .field("title", tr(lang, texts::schema_title{.version = schema::kFormatVersion}))
      .key("allOf")
      .begin_array();
  Writer{w, catalogue, lang}.spec(schema::intervention_spec(), 0, std::nullopt);
  w.end_array().end_object();
}

}  // namespace routekaart::render
