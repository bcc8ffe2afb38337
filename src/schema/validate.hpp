#pragma once
// Checks a YAML tree against a format::Spec and reports every problem, not only the first.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "schema/format.hpp"
#include "common/lang.hpp"
#include "yaml/tree.hpp"

namespace routekaart {

/// The catalogue element ids of signpost `number` (for `elements:` keys); empty when unknown.
using ElementIds = std::function<std::vector<std::string>(int number)>;

/// Validates `root` against `spec`; appends diagnostics (RK003, RK005, RK006, RK007, RK008,
/// RK011, RK013, RK014) located at the offending key or value of `path`.
void validate_tree(const yaml::Node& root, const format::Spec& spec, const std::string& path,
                   Lang lang, const ElementIds& element_ids, Diagnostics& out);

/// The candidate closest to `word` (Damerau-Levenshtein), if it is close enough to be a typo.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

/// Parses a whole number written plainly ("12", "-3"); false for anything else.
bool parse_integer(const yaml::Node& node, long& out);

}  // namespace routekaart
