#pragma once
// Small helpers shared by the unit tests.
#include <cstddef>
#include <string>

#include "catalogue/catalogue.hpp"

namespace routekaart::testing {

/// The embedded catalogue, loaded once.
inline const catalogue::Catalogue& embedded_catalogue() {
  static const catalogue::Catalogue c = *catalogue::load_embedded_catalogue(Lang::en).catalogue;
  return c;
}

/// How often `part` occurs in `text`, overlapping occurrences included.
inline std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto pos = text.find(part); pos != std::string::npos; pos = text.find(part, pos + 1)) ++n;
  return n;
}

}  // namespace routekaart::testing
