#include "cli/app.hpp"

int main(int argc, char** argv) {
  return routekaart::cli::main(argc, argv);
}
