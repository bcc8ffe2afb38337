#pragma once
// `routekaart init`: a commented template of an intervention file.
#include <ostream>
#include <string_view>

#include "catalogue/catalogue.hpp"
#include "common/lang.hpp"

namespace routekaart::render {

/// An intervention file named `name` (a default name in `lang` when empty) with every signpost of
/// `catalogue` planned and essential, and comments in `lang` that say what goes where. It is
/// valid as it stands.
void render_template(const catalogue::Catalogue& catalogue, Lang lang, std::string_view name,
                     std::ostream& out);

}  // namespace routekaart::render
