#pragma once
// The method specification of signpost 12 as a Markdown document: filled from an intervention
// file where it says something, with `> TODO: hint` placeholders where it does not.
#include <string>
#include <string_view>

#include "catalogue/catalogue.hpp"
#include "common/diagnostic.hpp"
#include "common/lang.hpp"
#include "model/intervention.hpp"

namespace routekaart::render {

struct SpecDocument {
  std::string markdown;  // the whole document, ending in one newline
  int todos = 0;         // placeholders: lines that start with "> TODO:"
};

/// The document for `intervention`, read from `source` (the path as given), with `integrity`
/// (see method_findings) listed under the logic model. Never fails.
SpecDocument build_spec_document(const model::Intervention& intervention, const std::string& source,
                                 const Diagnostics& integrity,
                                 const catalogue::Catalogue& catalogue, Lang lang);

/// The empty skeleton: every section a placeholder.
SpecDocument build_blank_spec_document(const catalogue::Catalogue& catalogue, Lang lang);

/// The GitHub-style anchor of a heading's text: lower case, punctuation dropped, spaces as
/// hyphens ("Logic model" -> "logic-model").
std::string heading_anchor(std::string_view heading);

/// Text from a file as Markdown inline text on one line: escape_markdown, and also what would
/// start a list or heading at the start of a line, and bare URLs and e-mail addresses.
std::string markdown_inline(std::string_view text);

/// Multi-line text from a file as Markdown paragraphs: each line escaped as markdown_inline,
/// blank lines kept as paragraph breaks.
std::string markdown_paragraphs(std::string_view text);

}  // namespace routekaart::render
