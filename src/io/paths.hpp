#pragma once
// Expanding the paths given to `check`: files, folders (recursively) and "-".
#include <string>
#include <vector>

#include "common/diagnostic.hpp"

namespace routekaart::io {

struct ExpandedPaths {
  std::vector<std::string> files;  // in a deterministic order
  Diagnostics problems;            // RK002 for folders that cannot be read
};

/// Files stay as given; folders yield their *.yaml and *.yml files, sorted, skipping hidden
/// entries. Symbolic links to folders, and links to files outside the folder that was named, are
/// not followed unless `follow_symlinks` (`check --follow-symlinks`); then every folder is
/// visited once, so link loops end.
ExpandedPaths expand_paths(const std::vector<std::string>& paths, bool follow_symlinks = false);

}  // namespace routekaart::io
