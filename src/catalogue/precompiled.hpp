#pragma once
// The signpost catalogue compiled to C++ at build time. tools/generate/precompile_catalogue.cpp
// loads the embedded YAML with the same loader and validator as `--catalogue DIR` (a broken
// catalogue fails the build with file:line:column) and writes precompiled_data.cpp, so the
// binary does not parse at start-up what was checked when it was built.
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"

namespace routekaart::catalogue {

/// `text` as a C++ string literal, every byte outside printable ASCII as an octal escape.
std::string cpp_string_literal(std::string_view text);
/// The C++ source of precompiled_data.cpp: defines precompiled_catalogue().
std::string precompiled_source(const Catalogue& catalogue);

/// The embedded catalogue, checked and compiled to C++ at build time. Defined in the generated
/// precompiled_data.cpp (target routekaart_precompiled), which the binary links: it starts
/// without parsing YAML. The core itself does not define it (see load_embedded_catalogue).
const Catalogue& precompiled_catalogue();

}  // namespace routekaart::catalogue
