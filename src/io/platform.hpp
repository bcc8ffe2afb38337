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

/// What makes a file itself, whatever name reaches it: its device and its number on that device
/// (on Windows the volume serial number and the file index).
struct FileId {
  std::uint64_t device = 0, number = 0;
  bool operator==(const FileId&) const = default;
};

/// The identity of what `path` names, symbolic links followed ("-" is standard input); 0, or why
/// it cannot be examined.
int file_id(const std::string& path, FileId& id);

/// The identity of what standard output writes to (a file, a pipe, a terminal); 0, or why not.
int standard_output_id(FileId& id);

/// The path that `path` leads to once the symbolic links of its last part are followed (a link
/// to a link to a file: the file), so that writing replaces the target and keeps the links. A
/// dangling link leads to the name it points to. Returns 0, or why not (ELOOP for a cycle). On
/// Windows `target` is `path`.
int follow_links(const std::string& path, std::string& target);

/// Whether a new file could be created at `path` (links already followed): its folder exists,
/// is a folder and may be written to, and its name fits the file system. Returns 0, or why not
/// (ENOENT, ENOTDIR, EACCES, ENAMETOOLONG...), so that a command can refuse before its work.
int creatable(const std::string& path);

/// Whether a project configuration may be trusted: it belongs to the user running routekaart or
/// to the administrator (root), and no other user may change it. Always `trusted` on Windows.
enum class Trust { trusted, other_owner, writable_by_others };
Trust trust(const std::string& path);

/// Reads the file `path` ("-" is standard input, read as bytes) into `out`, stopping once
/// `limit` + 1 bytes are in, so that an over-long stream is detected without reading it all.
/// Returns 0, or why the file cannot be opened or read.
int read_file(const std::string& path, std::size_t limit, std::string& out);

/// Creates a new file with a unique name next to `path` (in the same folder:
/// PATH.routekaart-XXXXXX, the name of PATH shortened when that would be too long for the file
/// system), writes `content`, flushes it to disk and closes it; `temp` is its name. It gets the
/// permissions (and, where the system allows, the owner) of the regular file at `path` if there is
/// one, else the usual permissions of a new document. Returns 0, or why it failed (the temporary
/// file is then removed).
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
