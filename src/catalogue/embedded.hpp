#pragma once
// Files embedded into the binary at build time (the catalogue and the rule table).
#include <string_view>
#include <vector>

namespace routekaart::catalogue {

struct EmbeddedFile {
  std::string_view
      name;  // path relative to the source tree, e.g. "signposts/01-integrale-aanpak.yaml"
  std::string_view data;
};

/// All embedded files, sorted by name as listed at build time.
const std::vector<EmbeddedFile>& embedded_files();

}  // namespace routekaart::catalogue
