#pragma once
// Small accessors for reading an already validated yaml::Node tree into plain structs.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/lang.hpp"
#include "yaml/tree.hpp"

namespace routekaart::yaml {

/// Parses a whole number written plainly (`12`, `-3`, `+3`; not quoted); false for anything else.
bool parse_integer(const Node& node, std::int64_t& out);
/// Parses a finite decimal number written plainly (`16`, `7.5`; not quoted); false for anything
/// else, also for values too large or too small to represent.
bool parse_number(const Node& node, double& out);
/// What parse_number uses where std::from_chars cannot read decimals (emscripten's libc++ 14):
/// `text` in the form from_chars accepts for a finite number (`-7.5`, `.5`, `1e3`; no '+'),
/// checked first and then converted with strtod. Gives what from_chars gives
/// (tests/unit/test_yaml_read.cpp compares them).
bool parse_decimal(std::string_view text, double& out);

/// Parses `true` or `false` written plainly (not quoted); false for anything else.
bool parse_bool(const Node& node, bool& out);

/// The scalar value at `key`, or "" when absent or not a scalar.
std::string text(const Node& map, std::string_view key);
/// The {nl, en} pair at `key`.
Bilingual bilingual(const Node& map, std::string_view key);
/// The whole number at `key`, or `fallback`.
std::int64_t integer(const Node& map, std::string_view key, std::int64_t fallback);
/// The scalar items of the list at `key`.
std::vector<std::string> text_list(const Node& map, std::string_view key);
/// The items of the list at `key` (empty when absent or not a list).
const std::vector<Node>& items(const Node& map, std::string_view key);

}  // namespace routekaart::yaml
