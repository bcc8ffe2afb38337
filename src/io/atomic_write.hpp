#pragma once
// Writing a file so that it is either fully written or untouched, never half-written.
#include <string>
#include <string_view>

namespace routekaart::io {

enum class WriteResult {
  written,
  exists,      // something is at `path` and `overwrite` was not given
  not_a_file,  // `path` is a folder, a device, a pipe or the like: nothing was written
  failed,
};

/// Writes `content` to `path` through a temporary file in the same folder, flushed to disk and
/// renamed into place. Without `overwrite` anything at `path` (even a dangling symbolic link) is
/// left alone (result `exists`), checked atomically. With it a symbolic link is written through:
/// the link stays and the file it leads to is replaced, keeping its permissions (and, where the
/// system allows, its owner). Only a regular file is ever replaced. On `failed`, `error` says why
/// and the old file, if any, is intact.
WriteResult write_file_atomically(const std::string& path, std::string_view content, bool overwrite,
                                  std::string& error);

}  // namespace routekaart::io
