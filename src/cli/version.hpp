#pragma once
// What `routekaart --version` prints.
#include <string>

namespace routekaart::cli {

/// "routekaart VERSION (commit COMMIT)": the project version and the commit the binary was built
/// from (the first 12 hex digits, found by git when the build was configured; "unknown" when the
/// source was not a git checkout).
std::string version_line();

}  // namespace routekaart::cli
