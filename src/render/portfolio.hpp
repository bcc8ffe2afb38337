#pragma once
// The portfolio matrix: interventions x signposts, for a region's overview (tip 2c).
#include <ostream>

#include "render/format.hpp"

namespace routekaart::render {

/// A one-character mark per status: + addressed, ~ partial, . planned, - not-addressed,
/// ? not described, / not applicable.
const char* status_mark(Status status);

/// Number of files that address (fully or partly) signpost `number`.
int covering_files(const check::Report& report, int number, bool partly);

void render_portfolio_text(const check::Report& report, const RenderOptions& options,
                           std::ostream& out);
void render_portfolio_markdown(const check::Report& report, const RenderOptions& options,
                               std::ostream& out);

}  // namespace routekaart::render
