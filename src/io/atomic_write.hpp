#pragma once
// Writing a file so that it is either fully written or untouched, never half-written.
#include <string>
#include <string_view>

namespace routekaart::io {

enum class WriteResult { written, exists, failed };

/// Writes `content` to `path` through a temporary file in the same folder, flushed to disk and
/// renamed into place. Without `overwrite` an existing file is left alone (result `exists`),
/// checked atomically. On `failed`, `error` says why and the old file, if any, is intact.
WriteResult write_file_atomically(const std::string& path, std::string_view content, bool overwrite,
                                  std::string& error);

}  // namespace routekaart::io
