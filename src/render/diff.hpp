#pragma once
// The changes between two versions of an intervention file (check/diff.hpp) as text, Markdown or
// JSON.
#include <ostream>

#include "catalogue/catalogue.hpp"
#include "check/diff.hpp"

namespace routekaart::render {

void render_diff_text(const check::Diff& diff, const catalogue::Catalogue& catalogue, Lang lang,
                      std::ostream& out);
void render_diff_markdown(const check::Diff& diff, const catalogue::Catalogue& catalogue, Lang lang,
                          std::ostream& out);
void render_diff_json(const check::Diff& diff, Lang lang, std::ostream& out);

}  // namespace routekaart::render
