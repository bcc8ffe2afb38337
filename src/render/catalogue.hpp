#pragma once
// `routekaart list`, `explain` and `rules`: the signpost catalogue and the rule table in text,
// Markdown or JSON. Each writes only to `out`; a format the output does not accept (see
// render/format.hpp) is written as text.
#include <ostream>

#include "catalogue/catalogue.hpp"
#include "catalogue/rules.hpp"
#include "common/lang.hpp"
#include "render/format.hpp"

namespace routekaart::render {

/// Every signpost: number, title, audience and number of elements.
void render_list(const catalogue::Catalogue& catalogue, Lang lang, bool color, Format format,
                 std::ostream& out);

/// One signpost in full: summary, elements, questions, related signposts (their short titles from
/// `catalogue`) and source.
void render_signpost(const catalogue::Catalogue& catalogue, const catalogue::Signpost& signpost,
                     Lang lang, bool color, Format format, std::ostream& out);

/// One rule of the rule table: severity, description and remedy.
void render_rule(const catalogue::Rule& rule, Lang lang, bool color, Format format,
                 std::ostream& out);

/// Every rule of the rule table: id, severity and title.
void render_rules(Lang lang, bool color, Format format, std::ostream& out);

/// rules/README.md: every rule in English and Dutch (severity, whether it is fixed, what it
/// finds, the remedy) under a heading "RK101", whose anchor "#rk101" SARIF's helpUri names.
void render_rules_reference(std::ostream& out);

}  // namespace routekaart::render
