#pragma once
// The operating system's file calls behind one small interface: POSIX on Linux, the Win32 API
// (wide-character calls) on Windows. Paths are UTF-8 text on every system; errors are errno
// values (ENOENT, EACCES, EEXIST, ...), 0 meaning success.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

namespace routekaart::io::platform {

enum class FileKind { regular, directory, pipe, other };

struct FileInfo {
  FileKind kind = FileKind::other;
  std::uint64_t size = 0;  // bytes, for regular files
};

/// Kind and size of what `path` names (symbolic links followed); 0, or why it cannot be examined.
int file_info(const std::string& path, FileInfo& info);

/// True when anything, even a dangling symbolic link, exists at `path`.
bool exists_no_follow(const std::string& path);

/// Reads the file `path` ("-" is standard input, read as bytes) into `out`, stopping once
/// `limit` + 1 bytes are in, so that an over-long stream is detected without reading it all.
/// Returns 0, or why the file cannot be opened or read.
int read_file(const std::string& path, std::size_t limit, std::string& out);

/// Creates a new file with a unique name next to `path` (in the same folder), with the usual
/// permissions for a document, writes `content`, flushes it to disk and closes it; `temp` is its
/// name. Returns 0, or why it failed (the temporary file is then removed).
int write_temporary(const std::string& path, std::string_view content, std::string& temp);

/// Renames `from` to `to` in one step. With `replace` an existing `to` is replaced; without it the
/// result is EEXIST when `to` exists, checked atomically.
int rename_file(const std::string& from, const std::string& to, bool replace);

/// Removes the file `path`, if it can.
void remove_file(const std::string& path);

/// The system's message for an errno value.
std::string error_text(int error);

/// The errno value for an error of std::filesystem (whose codes are Win32 codes on Windows).
int error_number(const std::error_code& error);

/// A std::filesystem path for UTF-8 text, and back (on Windows with '/' as separator, so that
/// reports name files the same way on every system). On POSIX both keep the bytes as they are.
std::filesystem::path to_path(const std::string& utf8);
std::string from_path(const std::filesystem::path& path);

}  // namespace routekaart::io::platform
