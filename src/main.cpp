#include "cli/app.hpp"
#include "catalogue/precompiled.hpp"

int main(int argc, char** argv) {
  routekaart::install_precompiled(routekaart::precompiled_data());
  return routekaart::run(argc, argv);
}
