// Writes rules/README.md, the reference of every rule in English and Dutch, from the rule table
// (rules/rules.yaml, compiled into the core): to standard output, or to the file named.
//   routekaart_rules_readme [FILE]
// `cmake --build build --target rules-readme` rewrites rules/README.md; the CTest check
// docs/rules-readme fails when the committed file differs from what this writes.
#include <fstream>
#include <iostream>
#include <sstream>

#include "render/catalogue.hpp"

int main(int argc, char** argv) {
  std::ostringstream text;
  routekaart::render::render_rules_reference(text);
  if (argc < 2) {
    std::cout << text.str();
    return std::cout.good() ? 0 : 1;
  }
  std::ofstream file(argv[1], std::ios::binary);
  file << text.str();
  file.close();
  if (!file) {
    std::cerr << "routekaart_rules_readme: cannot write " << argv[1] << '\n';
    return 1;
  }
  return 0;
}
