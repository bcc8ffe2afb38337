// routekaart_precompile OUTPUT: loads the embedded catalogue and rule table with the checking
// loaders and writes them as C++ (precompiled.hpp). Exit 1, with the diagnostics, when either
// is broken, so a broken catalogue fails the build.
#include <cstdio>
#include <fstream>
#include <iostream>

#include "catalogue/catalogue.hpp"
#include "catalogue/precompiled.hpp"
#include "catalogue/rules.hpp"
#include "render/format.hpp"

int main(int argc, char** argv) {
  namespace rk = routekaart;
  if (argc != 2) {
    std::fprintf(stderr, "usage: routekaart_precompile OUTPUT.cpp\n");
    return 2;
  }
  const rk::catalogue::CatalogueLoad load = rk::catalogue::load_embedded_catalogue(rk::Lang::en);
  if (!load.catalogue) {  // reported as `routekaart --catalogue DIR` reports them
    rk::Diagnostics diagnostics = load.diagnostics;
    rk::sort_diagnostics(diagnostics);
    rk::render::render_findings_text(diagnostics, rk::render::RenderOptions{}, std::cerr);
    return 1;
  }
  std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
  out << rk::catalogue::precompiled_source(*load.catalogue, rk::catalogue::rules());
  out.close();
  if (!out) {
    std::fprintf(stderr, "routekaart_precompile: cannot write %s\n", argv[1]);
    return 1;
  }
  return 0;
}
