#pragma once
// The mistakes people make in YAML, recognised from the text and explained in plain words: a
// colon inside a text, a tab or a non-breaking space in the indentation, Word's curly quotes,
// a missing space after a colon, a line indented too far. The parser (yaml/load.cpp) says where
// it stopped; this says where the mistake is and how to fix it.
#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostic.hpp"
#include "common/message.hpp"
#include "yaml/tree.hpp"

namespace routekaart::yaml {

/// A character that looks like a space, or like nothing, but is none to YAML: the non-breaking
/// space that Word and web pages put in, and its kin.
struct OddSpace {
  std::size_t offset = 0;  // in bytes, into the text searched
  std::size_t length = 0;  // in bytes
  Message name;            // "a non-breaking space (U+00A0)"
};

/// The first odd space in `text`; nullopt when there is none.
std::optional<OddSpace> find_odd_space(std::string_view text);

/// The opening curly quote when `text` is enclosed in curly quotes as Word types them (“…”,
/// ‘…’, „…”): "“"; nullopt otherwise.
std::optional<std::string_view> curly_quote(std::string_view text);

/// `text` as a YAML text between straight quotes: double quotes, or single quotes (with ''
/// for ') when it holds a double quote or a backslash. Long texts are shortened with "…".
std::string quoted(std::string_view text);

/// The RK001 diagnostic for a syntax error the parser reported at `at` (1-based; the column in
/// bytes, the diagnostic's in characters) with its own
/// message `parser_message`; `parser_problem` is that message in words (texts/yaml.yaml). Where
/// the text around it shows the cause, the diagnostic names that cause, the place of the mistake
/// (which may be an earlier line) and a fix; otherwise the parser's words and a general hint.
Diagnostic syntax_error(const std::string& path, std::string_view text, Mark at,
                        std::string_view parser_message, Arg parser_problem);

}  // namespace routekaart::yaml
