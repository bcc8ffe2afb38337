#pragma once
// The stylesheet and status colours of the HTML report (inline, no external resources).
#include <string_view>

#include "model/intervention.hpp"

namespace routekaart::render {

/// The report's CSS: phone-friendly (max-width, tables scroll sideways) with a print stylesheet.
std::string_view html_stylesheet();

/// The CSS class of a status cell: "st st-addressed", "st st-not-described", ...
std::string_view status_class(Status status);

}  // namespace routekaart::render
