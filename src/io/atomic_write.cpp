#include "io/atomic_write.hpp"

#include <cerrno>

#include "io/platform.hpp"

namespace routekaart::io {

WriteResult write_file_atomically(const std::string& path, std::string_view content, bool overwrite,
                                  std::string& error) {
  if (!overwrite && platform::exists_no_follow(path)) return WriteResult::exists;
  std::string temp;
  if (const int failed = platform::write_temporary(path, content, temp); failed != 0) {
    error = platform::error_text(failed);
    return WriteResult::failed;
  }
  if (const int failed = platform::rename_file(temp, path, overwrite); failed != 0) {
    platform::remove_file(temp);
    if (failed == EEXIST) return WriteResult::exists;
    error = platform::error_text(failed);
    return WriteResult::failed;
  }
  return WriteResult::written;
}

}  // namespace routekaart::io
