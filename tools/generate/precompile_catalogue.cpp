// routekaart_precompile OUTPUT: loads the embedded signpost catalogue with the checking loader
// and writes it as C++ (catalogue/precompiled.hpp). Exits 1, with the diagnostics, when the
// catalogue is broken, so a broken catalogue fails the build.
#include <cstdio>
#include <fstream>
#include <iostream>

#include "catalogue/catalogue.hpp"
#include "catalogue/precompiled.hpp"
#include "render/format.hpp"

int main(int argc, char** argv) {
  namespace rk = routekaart;
  if (argc != 2) {
    std::fprintf(stderr, "usage: routekaart_precompile OUTPUT.cpp\n");
    return 2;
  }
  rk::catalogue::CatalogueLoad load = rk::catalogue::load_embedded_catalogue();
  if (!load.catalogue) {  // reported as `routekaart --catalogue DIR` reports them
    rk::sort_diagnostics(load.diagnostics);
    rk::render::render_findings_text(load.diagnostics, rk::render::RenderOptions{}, std::cerr);
    return 1;
  }
  std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
  out << rk::catalogue::precompiled_source(*load.catalogue);
  out.close();
  if (!out) {
    std::fprintf(stderr, "routekaart_precompile: cannot write %s\n", argv[1]);
    return 1;
  }
  return 0;
}
