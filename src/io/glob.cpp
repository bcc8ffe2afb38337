#include "io/glob.hpp"

#include <fnmatch.h>

namespace routekaart::io {

bool glob_match(const std::string& pattern, const std::string& path) {
  if (fnmatch(pattern.c_str(), path.c_str(), 0) == 0) return true;
  // "**/" may also stand for no folder at all.
  for (std::size_t at = pattern.find("**/"); at != std::string::npos;
       at = pattern.find("**/", at + 1)) {
    std::string shorter = pattern.substr(0, at) + pattern.substr(at + 3);
    if (glob_match(shorter, path)) return true;
  }
  return false;
}

}  // namespace routekaart::io
