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

/// A name a signpost goes by (a title, short title or slug, in either language), so that a file
/// that uses it as a key under `signposts:` is told the number to write.
struct SignpostName {
  int number = 0;
  std::string name;
  const Bilingual* short_title = nullptr;  // how the hint names the signpost
};

/// Validates `root` against `spec`; appends diagnostics (RK003, RK005, RK006, RK007, RK008,
/// RK011, RK013, RK014) located at the offending key or value of `path`. A key or value that is
/// nearly right (another case, a typo, a Dutch word where an English one belongs, a signpost's
/// name for its number, an odd space or curly quotes copied from Word) gets a hint that says so.
void validate_tree(const yaml::Node& root, const schema::Spec& spec, const std::string& path,
                   const ElementIds& element_ids, Diagnostics& out,
                   const std::vector<SignpostName>& signpost_names = {});

}  // namespace routekaart::schema
