#pragma once
// The intervention file format (version 1) as data: one table drives validation and the schema.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "common/message.hpp"

namespace routekaart::schema {

enum class Type {
  map,           // fields: known keys
  list,          // item: each entry
  text,          // any scalar, kept as text
  integer,       // whole number within [min, max]
  number,        // decimal number within [min, max]
  boolean,       // true or false
  choice,        // one of `choices`
  date,          // YYYY-MM-DD
  version,       // the `routekaart:` format version
  signpost_map,  // keys 1..14, values `item`
  element_map,   // keys: catalogue element ids of the enclosing signpost; values `item`
  status_entry,  // a status word, or a map {status, practice}
  age_range,     // [min, max] with both in [min, max] and min <= max
  rule_map,      // keys: rule ids (RK103); values `item`
};

struct Spec;

struct Field {
  std::string_view key;
  const Spec* spec;
  bool required = false;
  std::optional<TextId> doc;  // one line (texts/fields.yaml): the JSON Schema, the missing-key hint
};

struct Spec {
  Type type = Type::text;
  std::vector<Field> fields;   // map
  const Spec* item = nullptr;  // list, signpost_map, element_map
  std::int64_t min = 0;        // integer, number, age_range
  std::int64_t max = 0;
  std::vector<std::string_view> choices;  // choice, status_entry
  bool non_empty = false;                 // text that may not be empty
};

/// The whole intervention file.
const Spec& intervention_spec();
/// One rating file (the shape of one entry of `ratings:`).
const Spec& rating_spec();

/// One catalogue file, signposts/NN-slug.yaml.
const Spec& catalogue_entry_spec();
/// The project configuration, .routekaart.yaml.
const Spec& config_spec();
/// A baseline file (check/baseline.hpp): accepted findings, written by `check --write-baseline`.
const Spec& baseline_spec();

/// The status words, in scoring order: addressed, partial, planned, not-addressed, not-applicable.
const std::vector<std::string_view>& status_words();

/// Newest format version this build reads.
inline constexpr int kFormatVersion = 1;
/// Newest baseline file version this build reads and the one it writes.
inline constexpr int kBaselineVersion = 1;

}  // namespace routekaart::schema
