#pragma once
// Escaping of text from files (keys, values, names, paths) for each output medium: one function
// per medium, used for every value that medium shows.
//
// What every medium guarantees (README, "Safe in any terminal and CI log"): a value never starts
// a new line, never emits a control character (C0, DEL, C1), an escape sequence or a bidi
// control (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069; also U+2028, U+2029), and can
// never be read as a GitHub Actions workflow command (`::name::` at the start of a line, after
// the runner trims it; the legacy `##[name]` anywhere in a line) or as a `file:line:` location
// for a problem matcher. Where the medium can say a character losslessly (JSON, XML, Markdown)
// it does; the terminal shows it visibly escaped: \n, \t, \x1b, \u202e.
#include <string>
#include <string_view>

namespace routekaart::render {

/// Hidden characters made visible and nothing else: \n \r \t, \xNN for the other C0 controls,
/// DEL and bytes that are not UTF-8, \uNNNN for C1 controls, bidi controls, U+2028, U+2029,
/// U+FFFE and U+FFFF. A backslash stays as it is (Windows paths stay readable). The base of the
/// terminal escaping, and what GitHub annotations show.
std::string escape_visible(std::string_view text);

/// A value in a text report, a terminal or a CI log line (text format, stderr, JUnit bodies):
/// escape_visible, and \x3a for a colon that starts the value (after white space, as the Actions
/// runner trims it) or that precedes a digit, and \x5b for the '[' of "##[".
std::string escape_terminal(std::string_view text);

/// JSON string contents (without the quotes): " and \, control characters, DEL, C1 and bidi
/// controls, U+2028, U+2029, U+FFFE, U+FFFF and the '[' of "##[" and a colon before a digit as
/// JSON escapes (lossless); bytes that are not UTF-8 become U+FFFD, so the document stays JSON.
std::string escape_json(std::string_view text);

/// XML/HTML text and attribute values: & < > " ' as entities, the '[' of "##[" and a colon
/// before a digit as character references; characters XML forbids or that are hidden (every
/// control character, line breaks and tabs included, bidi controls, U+FFFE, U+FFFF) visibly
/// escaped as escape_visible writes them; bytes that are not UTF-8 become U+FFFD.
std::string escape_xml(std::string_view text);
/// Like escape_xml, but keeps line breaks, colons and brackets: for a block of lines the program
/// wrote itself (a JUnit failure's body), whose values are escape_terminal()'d already.
std::string escape_xml_lines(std::string_view text);

/// Markdown inline text that stays inline: line breaks and tabs become spaces (as in a Markdown
/// paragraph), runs of spaces one, the ends trimmed; other hidden characters as escape_visible
/// writes them; the characters Markdown gives meaning (\ ` * _ { } [ ] < > ( ) # + - ! | ~)
/// backslash-escaped; a colon that starts the text or precedes a digit as "&#58;" (a "\:" would
/// still show ":1" to a problem matcher reading the raw text).
std::string escape_markdown(std::string_view text);
/// A Markdown table cell: like escape_markdown, never empty.
std::string escape_markdown_cell(std::string_view text);
/// A Mermaid node label in double quotes: quotes and special characters as #codes;, hidden
/// characters as escape_visible writes them.
std::string escape_mermaid(std::string_view text);

/// GitHub Actions workflow-command data (% \r \n) and properties (also : and ,); the runner
/// decodes these. Values are made visible (escape_visible) by the caller first.
std::string escape_github_data(std::string_view text);
std::string escape_github_property(std::string_view text);

/// A YAML double-quoted scalar, quotes included (files the program writes for people to edit).
std::string yaml_quote(std::string_view text);

}  // namespace routekaart::render
