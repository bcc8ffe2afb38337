#pragma once
// How much input routekaart accepts: the bounds that keep any file from exhausting memory or time.
#include <cstddef>

namespace routekaart {

struct Limits {
  std::size_t max_file_bytes = 1024 * 1024;  // 1 MiB
  int max_depth = 64;                        // nesting of maps and lists
  std::size_t max_nodes = 250000;            // nodes after alias expansion
};

}  // namespace routekaart
