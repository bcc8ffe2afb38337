#pragma once
// The catalogue and the rule table compiled to C++ at build time.
// tools/generate/precompile_catalogue.cpp loads the embedded YAML with the same loader and
// validator as `--catalogue DIR` (a broken catalogue fails the build with file:line:column) and
// writes precompiled_data.cpp; the binary installs that data before it runs, so start-up does not
// parse YAML that was checked when it was built. Where nothing is installed (the unit tests, the
// fuzzer) the embedded YAML is parsed as before.
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "catalogue/rules.hpp"

namespace routekaart::catalogue {

struct PrecompiledData {
  const Catalogue* catalogue = nullptr;
  const std::vector<Rule>* rules = nullptr;
};

/// Makes load_embedded_catalogue() and rules() use `data` instead of parsing the YAML.
void install_precompiled(const PrecompiledData& data);
/// What install_precompiled() installed; null pointers when nothing was.
const PrecompiledData& installed_precompiled();

/// `text` as a C++ string literal, every byte outside printable ASCII as an octal escape.
std::string cpp_string_literal(std::string_view text);
/// The C++ source of precompiled_data.cpp: defines routekaart::precompiled_data().
std::string precompiled_source(const Catalogue& catalogue, const std::vector<Rule>& rules);

/// Defined in the generated precompiled_data.cpp (target routekaart_precompiled), which the
/// binary and the unit tests link.
const PrecompiledData& precompiled_data();

}  // namespace routekaart::catalogue
