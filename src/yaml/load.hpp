#pragma once
// Parses YAML text into a yaml::Node tree, within limits, reporting problems as diagnostics.
#include <optional>
#include <string>

#include "common/diagnostic.hpp"
#include "io/source.hpp"
#include "yaml/tree.hpp"

namespace routekaart::yaml {

struct ParsedYaml {
  std::optional<yaml::Node> root;  // absent on a syntax error or exceeded limit
  Diagnostics diagnostics;  // RK001 syntax, RK004 duplicate key, RK010 limit, RK012 documents
};

/// Parses one YAML document. Duplicate keys are kept in the tree and reported; a second document,
/// nesting deeper than limits.max_depth and more than limits.max_nodes nodes (counting aliases
/// expanded) are errors. A document with only comments gives a null root.
ParsedYaml parse_yaml(const io::Source& source, const Limits& limits);

}  // namespace routekaart::yaml
