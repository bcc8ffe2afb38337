#include "io/atomic_write.hpp"

#include <cerrno>

#include "io/platform.hpp"

namespace routekaart::io {

WriteResult write_file_atomically(const std::string& path, std::string_view content, bool overwrite,
                                  std::string& error) {
  std::string target;
  if (const int failed = platform::follow_links(path, target); failed != 0) {
    error = platform::error_text(failed);
    return WriteResult::failed;
  }
  platform::FileInfo info;
  const bool there = platform::file_info(target, info) == 0;
  if (there && info.kind != platform::FileKind::regular) return WriteResult::not_a_file;
  if (!overwrite && (there || platform::exists_no_follow(path))) return WriteResult::exists;
  std::string temp;
  if (const int failed = platform::write_temporary(target, content, temp); failed != 0) {
    error = platform::error_text(failed);
    return WriteResult::failed;
  }
  if (const int failed = platform::rename_file(temp, target, overwrite); failed != 0) {
    platform::remove_file(temp);
    if (failed == EEXIST) return WriteResult::exists;
    if (failed == EISDIR) return WriteResult::not_a_file;  // a folder appeared meanwhile
    error = platform::error_text(failed);
    return WriteResult::failed;
  }
  return WriteResult::written;
}

}  // namespace routekaart::io
