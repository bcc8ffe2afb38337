#pragma once
// Checks a YAML tree against a schema::Spec and reports every problem, not only the first.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "schema/format.hpp"
#include "yaml/tree.hpp"

namespace routekaart::schema {

/// The catalogue element ids of signpost `number` (for `elements:` keys); empty when unknown.
using ElementIds = std::function<std::vector<std::string>(int number)>;

/// Validates `root` against `spec`; appends diagnostics (RK003, RK005, RK006, RK007, RK008,
/// RK011, RK013, RK014) located at the offending key or value of `path`.
void validate_tree(const yaml::Node& root, const schema::Spec& spec, const std::string& path,
                   const ElementIds& element_ids, Diagnostics& out);

}  // namespace routekaart::schema
