#include "catalogue/precompiled.hpp"
#include "cli/app.hpp"

int main(int argc, char** argv) {
  routekaart::catalogue::install_precompiled(routekaart::catalogue::precompiled_data());
  return routekaart::cli::run(argc, argv);
}
