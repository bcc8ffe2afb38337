#pragma once
// Matching paths against the glob patterns of a project configuration (include, exclude).
#include <string>

namespace routekaart::io {

/// True when `path` matches the glob `pattern` (`*` and `?` also match `/`; `**/` may match
/// nothing, so `**/x.yaml` matches `x.yaml`).
bool glob_match(const std::string& pattern, const std::string& path);

}  // namespace routekaart::io
