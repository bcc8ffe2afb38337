#include "cli/version.hpp"

// ROUTEKAART_COMMIT is set for this file alone (cmake/version.cmake), so that a new commit
// recompiles only this file.
#ifndef ROUTEKAART_COMMIT
#define ROUTEKAART_COMMIT "unknown"
#endif

namespace routekaart::cli {

std::string version_line() {
  return "routekaart " ROUTEKAART_VERSION " (commit " ROUTEKAART_COMMIT ")";
}

}  // namespace routekaart::cli
