#pragma once
// Escaping of embedded text for each output language.
#include <string>
#include <string_view>

namespace routekaart::render {

/// JSON string contents (without the quotes): ", \, control characters.
std::string escape_json(std::string_view text);
/// XML/HTML text and attribute values: & < > " '.
std::string escape_xml(std::string_view text);
/// Markdown inline text that stays inline: newlines become spaces and the characters Markdown
/// gives meaning (\ ` * _ { } [ ] < > ( ) # + - ! | ~) are backslash-escaped.
std::string escape_markdown(std::string_view text);
/// A Markdown table cell: like escape_markdown, never empty.
std::string escape_markdown_cell(std::string_view text);
/// A Mermaid node label in double quotes: quotes and special characters as #codes;.
std::string escape_mermaid(std::string_view text);
/// GitHub Actions workflow-command data (% \r \n) and properties (also : and ,).
std::string escape_github_data(std::string_view text);
std::string escape_github_property(std::string_view text);
/// A YAML double-quoted scalar, quotes included.
std::string yaml_quote(std::string_view text);

}  // namespace routekaart::render
