#pragma once
// Expanding the paths given to `check`: files, folders (recursively) and "-".
#include <string>
#include <vector>

#include "diagnostic.hpp"
#include "lang.hpp"

namespace routekaart {

struct ExpandedPaths {
  std::vector<std::string> files;  // in a deterministic order
  Diagnostics problems;            // RK002 for folders that cannot be read
};

/// Files stay as given; folders yield their *.yaml and *.yml files, sorted, skipping hidden
/// entries and never following symbolic links to folders (so loops cannot occur) nor links to
/// files outside the folder that was named.
ExpandedPaths expand_paths(const std::vector<std::string>& paths, Lang lang);

}  // namespace routekaart
