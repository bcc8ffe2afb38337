#pragma once
// `routekaart schema`: the JSON Schema (draft 2020-12) of the intervention file, written from the
// format table (schema/format.hpp), so that validation and the schema cannot disagree.
#include <ostream>

#include "catalogue/catalogue.hpp"
#include "common/lang.hpp"

namespace routekaart::render {

/// The schema: every key of the format with its one-line description (texts/fields.yaml) in
/// `lang`, the signpost numbers and, per signpost, the element ids of `catalogue`.
void render_json_schema(const catalogue::Catalogue& catalogue, Lang lang, std::ostream& out);

}  // namespace routekaart::render
