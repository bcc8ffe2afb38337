#include "app.hpp"

int main(int argc, char** argv) {
  return routekaart::run(argc, argv);
}
