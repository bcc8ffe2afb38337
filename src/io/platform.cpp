#include "io/platform.hpp"

#include <cerrno>
#include <cstring>
#include <vector>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <windows.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <limits>
#else
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace routekaart::io::platform {

std::string error_text(int error) {
  return std::strerror(error);
}

int error_number(const std::error_code& error) {
  const std::error_condition condition = error.default_error_condition();
  return condition.category() == std::generic_category() ? condition.value() : EIO;
}

namespace {

// What the name of a temporary file next to `path` starts with: PATH.routekaart-, the last part
// of PATH cut (at a character boundary) so that with the six letters mkstemp adds it stays within
// the 255 bytes a file name may have on common file systems (Windows counts UTF-16 units, never
// more than bytes).
std::string temporary_prefix(const std::string& path) {
  constexpr std::size_t kNameMax = 255;
  constexpr std::string_view kSuffix = ".routekaart-";
  constexpr std::size_t kRandom = 6;
#ifdef _WIN32
  const std::size_t start = path.find_last_of("/\\") + 1;  // npos + 1 == 0
#else
  const std::size_t start = path.find_last_of('/') + 1;  // npos + 1 == 0
#endif
  std::size_t end = path.size();
  if (end - start + kSuffix.size() + kRandom > kNameMax) {
    end = start + kNameMax - kSuffix.size() - kRandom;
    while (end > start && (static_cast<unsigned char>(path[end]) & 0xC0) == 0x80) --end;
  }
  return path.substr(0, end) + std::string(kSuffix);
}

}  // namespace

#ifdef _WIN32
// Windows: every path goes through the wide-character calls, converted from UTF-8, so that names
// with non-ASCII characters open whatever the system's code page is.
namespace {

std::wstring wide(const std::string& utf8) {
  if (utf8.empty()) return {};
  const int size = static_cast<int>(utf8.size());
  const int length = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), size, nullptr, 0);
  std::wstring out(static_cast<std::size_t>(length), L'\0');
  MultiByteToWideChar(CP_UTF8, 0, utf8.data(), size, out.data(), length);
  return out;
}

// The errno value for a Win32 error code.
int errno_of(DWORD error) {
  switch (error) {
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_NAME:
    case ERROR_BAD_NETPATH:
    case ERROR_INVALID_DRIVE:
      return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
    case ERROR_WRITE_PROTECT:
      return EACCES;
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS:
      return EEXIST;
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
      return ENOSPC;
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY:
      return ENOMEM;
    case ERROR_FILENAME_EXCED_RANGE:
      return ENAMETOOLONG;
    case ERROR_DIRECTORY:
      return ENOTDIR;
    default:
      return EIO;
  }
}

int last_error() {
  return errno_of(GetLastError());
}

class Handle {
 public:
  explicit Handle(HANDLE h) : h_(h) {}
  ~Handle() {
    if (ok()) CloseHandle(h_);
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  bool ok() const { return h_ != INVALID_HANDLE_VALUE; }
  HANDLE get() const { return h_; }

 private:
  HANDLE h_;
};

constexpr DWORD kShareAll = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;

bool write_all(HANDLE h, std::string_view content) {
  while (!content.empty()) {
    const DWORD chunk = static_cast<DWORD>(
        std::min<std::size_t>(content.size(), std::numeric_limits<DWORD>::max() / 2));
    DWORD written = 0;
    if (!WriteFile(h, content.data(), chunk, &written, nullptr)) return false;
    content.remove_prefix(written);
  }
  return true;
}

}  // namespace

int file_info(const std::string& path, FileInfo& info) {
  Handle h(CreateFileW(wide(path).c_str(), FILE_READ_ATTRIBUTES, kShareAll, nullptr, OPEN_EXISTING,
                       FILE_FLAG_BACKUP_SEMANTICS, nullptr));
  if (!h.ok()) return last_error();
  const DWORD type = GetFileType(h.get());
  if (type == FILE_TYPE_PIPE) {
    info = {FileKind::pipe, 0};
  } else if (type != FILE_TYPE_DISK) {
    info = {FileKind::other, 0};  // a device such as NUL or CON
  } else {
    BY_HANDLE_FILE_INFORMATION data{};
    if (!GetFileInformationByHandle(h.get(), &data)) return last_error();
    if (data.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY)
      info = {FileKind::directory, 0};
    else
      info = {FileKind::regular,
              (std::uint64_t{data.nFileSizeHigh} << 32) | std::uint64_t{data.nFileSizeLow}};
  }
  return 0;
}

bool exists_no_follow(const std::string& path) {
  return GetFileAttributesW(wide(path).c_str()) != INVALID_FILE_ATTRIBUTES;
}

namespace {

int id_of_handle(HANDLE h, FileId& id) {
  BY_HANDLE_FILE_INFORMATION data{};
  if (h == INVALID_HANDLE_VALUE || h == nullptr || !GetFileInformationByHandle(h, &data))
    return EIO;  // a console or a pipe has no file index
  id = {data.dwVolumeSerialNumber,
        (std::uint64_t{data.nFileIndexHigh} << 32) | std::uint64_t{data.nFileIndexLow}};
  return 0;
}

}  // namespace

int file_id(const std::string& path, FileId& id) {
  if (path == "-") return id_of_handle(GetStdHandle(STD_INPUT_HANDLE), id);
  Handle h(CreateFileW(wide(path).c_str(), FILE_READ_ATTRIBUTES, kShareAll, nullptr, OPEN_EXISTING,
                       FILE_FLAG_BACKUP_SEMANTICS, nullptr));
  if (!h.ok()) return last_error();
  return id_of_handle(h.get(), id);
}

int standard_output_id(FileId& id) {
  return id_of_handle(GetStdHandle(STD_OUTPUT_HANDLE), id);
}

int follow_links(const std::string& path, std::string& target) {
  target = path;
  return 0;
}

int creatable(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  const std::string folder = slash == std::string::npos ? "." : path.substr(0, slash + 1);
  const DWORD attributes = GetFileAttributesW(wide(folder).c_str());
  if (attributes == INVALID_FILE_ATTRIBUTES) return last_error();
  if (!(attributes & FILE_ATTRIBUTE_DIRECTORY)) return ENOTDIR;
  // NTFS and FAT allow 255 UTF-16 units in a name.
  if (wide(path.substr(slash == std::string::npos ? 0 : slash + 1)).size() > 255)
    return ENAMETOOLONG;
  return 0;
}

Trust trust(const std::string&) {
  return Trust::trusted;
}

int read_file(const std::string& path, std::size_t limit, std::string& out) {
  char buffer[65536];
  if (path == "-") {
    _setmode(_fileno(stdin), _O_BINARY);
    while (out.size() <= limit) {
      const int n = _read(_fileno(stdin), buffer, sizeof buffer);
      if (n < 0) return errno;
      if (n == 0) break;
      out.append(buffer, static_cast<std::size_t>(n));
    }
    return 0;
  }
  Handle h(CreateFileW(wide(path).c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE,
                       nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr));
  if (!h.ok()) return last_error();
  while (out.size() <= limit) {
    DWORD n = 0;
    if (!ReadFile(h.get(), buffer, sizeof buffer, &n, nullptr)) {
      if (GetLastError() == ERROR_BROKEN_PIPE) break;  // a pipe's writer has finished
      return last_error();
    }
    if (n == 0) break;
    out.append(buffer, n);
  }
  return 0;
}

int write_temporary(const std::string& path, std::string_view content, std::string& temp) {
  // path.routekaart-XXXXXX as on POSIX, with six letters or digits made from a counter, the
  // process id and the clock; CREATE_NEW never opens a file that exists, so a clash retries.
  static std::atomic<unsigned long long> counter{0};
  const char digits[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (int attempt = 0; attempt < 100; ++attempt) {
    unsigned long long seed = static_cast<unsigned long long>(
                                  std::chrono::steady_clock::now().time_since_epoch().count()) ^
                              (static_cast<unsigned long long>(GetCurrentProcessId()) << 20) ^
                              (counter++ * 7919);
    temp = temporary_prefix(path);
    for (int i = 0; i < 6; ++i, seed /= 36) temp += digits[seed % 36];
    const std::wstring name = wide(temp);
    int error = 0;
    {
      Handle h(CreateFileW(name.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                           FILE_ATTRIBUTE_NORMAL, nullptr));
      if (!h.ok()) {
        error = last_error();
        if (error == EEXIST) continue;
        return error;
      }
      if (!write_all(h.get(), content) || !FlushFileBuffers(h.get())) error = last_error();
    }  // closed here
    if (error != 0) DeleteFileW(name.c_str());
    return error;
  }
  return EEXIST;
}

int rename_file(const std::string& from, const std::string& to, bool replace) {
  const DWORD flags = MOVEFILE_WRITE_THROUGH | (replace ? MOVEFILE_REPLACE_EXISTING : 0);
  return MoveFileExW(wide(from).c_str(), wide(to).c_str(), flags) ? 0 : last_error();
}

void remove_file(const std::string& path) {
  DeleteFileW(wide(path).c_str());
}

std::filesystem::path to_path(const std::string& utf8) {
  return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

std::string from_path(const std::filesystem::path& path) {
  const std::u8string text = path.generic_u8string();
  return std::string(text.begin(), text.end());
}

#else
// POSIX.
namespace {

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    const ssize_t n = ::write(fd, content.data(), content.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

int file_info(const std::string& path, FileInfo& info) {
  struct stat data {};
  if (::stat(path.c_str(), &data) != 0) return errno;
  if (S_ISDIR(data.st_mode))
    info = {FileKind::directory, 0};
  else if (S_ISREG(data.st_mode))
    info = {FileKind::regular, static_cast<std::uint64_t>(data.st_size)};
  else if (S_ISFIFO(data.st_mode))
    info = {FileKind::pipe, 0};
  else
    info = {FileKind::other, 0};
  return 0;
}

bool exists_no_follow(const std::string& path) {
  struct stat data {};
  return ::lstat(path.c_str(), &data) == 0;
}

namespace {

FileId id_of(const struct stat& data) {
  return {static_cast<std::uint64_t>(data.st_dev), static_cast<std::uint64_t>(data.st_ino)};
}

}  // namespace

int file_id(const std::string& path, FileId& id) {
  struct stat data {};
  if ((path == "-" ? ::fstat(0, &data) : ::stat(path.c_str(), &data)) != 0) return errno;
  id = id_of(data);
  return 0;
}

int standard_output_id(FileId& id) {
  struct stat data {};
  if (::fstat(1, &data) != 0) return errno;
  id = id_of(data);
  return 0;
}

int follow_links(const std::string& path, std::string& target) {
  target = path;
  for (int hops = 0; hops < 40; ++hops) {  // Linux's own limit for a chain of links
    struct stat data {};
    if (::lstat(target.c_str(), &data) != 0) return errno == ENOENT ? 0 : errno;
    if (!S_ISLNK(data.st_mode)) return 0;
    std::vector<char> buffer(PATH_MAX);
    const ssize_t length = ::readlink(target.c_str(), buffer.data(), buffer.size());
    if (length < 0) return errno;
    if (length == 0) return ENOENT;
    if (static_cast<std::size_t>(length) == buffer.size()) return ENAMETOOLONG;
    std::string link(buffer.data(), static_cast<std::size_t>(length));
    // A relative link is relative to the folder the link is in.
    if (link.front() != '/')
      if (const std::size_t slash = target.rfind('/'); slash != std::string::npos)
        link.insert(0, target, 0, slash + 1);
    target = std::move(link);
  }
  return ELOOP;
}

int creatable(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  const std::string folder = slash == std::string::npos ? "." : path.substr(0, slash + 1);
  const std::string name = path.substr(slash == std::string::npos ? 0 : slash + 1);
  struct stat data {};
  if (::stat(folder.c_str(), &data) != 0) return errno;
  if (!S_ISDIR(data.st_mode)) return ENOTDIR;
  const long longest = ::pathconf(folder.c_str(), _PC_NAME_MAX);
  if (name.size() > static_cast<std::size_t>(longest > 0 ? longest : NAME_MAX)) return ENAMETOOLONG;
  if (::faccessat(AT_FDCWD, folder.c_str(), W_OK | X_OK, AT_EACCESS) != 0) return errno;
  return 0;
}

Trust trust(const std::string& path) {
  struct stat data {};
  if (::stat(path.c_str(), &data) != 0) return Trust::trusted;  // reading it will say why
  if (data.st_uid != ::geteuid() && data.st_uid != 0) return Trust::other_owner;
  if (data.st_mode & S_IWOTH) return Trust::writable_by_others;
  return Trust::trusted;
}

int read_file(const std::string& path, std::size_t limit, std::string& out) {
  const bool stdin_input = path == "-";
  const int fd = stdin_input ? 0 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  char buffer[65536];
  int error = 0;
  while (out.size() <= limit) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = errno;
      break;
    }
    if (n == 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
  }
  if (!stdin_input) ::close(fd);
  return error;
}

int write_temporary(const std::string& path, std::string_view content, std::string& temp) {
  const std::string prefix = temporary_prefix(path);
  std::vector<char> name(prefix.begin(), prefix.end());
  const char random[] = "XXXXXX";
  name.insert(name.end(), random, random + sizeof random);
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return errno;
  temp = name.data();
  // mkstemp creates the file 0600: give it the mode and owner of the file it will replace, or the
  // usual permissions for a new document. Only root may give a file to another user; when the
  // owner cannot be kept, neither can a set-user-ID or set-group-ID bit.
  struct stat old {};
  if (::stat(path.c_str(), &old) == 0 && S_ISREG(old.st_mode)) {
    const bool owner_kept = ::fchown(fd, old.st_uid, old.st_gid) == 0;
    ::fchmod(fd, old.st_mode & (owner_kept ? 07777 : 0777));
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  const bool ok = write_all(fd, content) && ::fsync(fd) == 0;
  const int write_errno = errno;
  if (::close(fd) != 0 || !ok) {
    const int error = ok ? errno : write_errno;
    ::unlink(temp.c_str());
    return error;
  }
  return 0;
}

int rename_file(const std::string& from, const std::string& to, bool replace) {
#ifdef __EMSCRIPTEN__
  // The browser edition's in-memory file system has no renameat2, and nothing else writes to it
  // while the page runs: a check for the target, then a rename.
  struct stat target;
  if (!replace && ::lstat(to.c_str(), &target) == 0) return EEXIST;
  const int result = ::rename(from.c_str(), to.c_str());
#else
  const int result =
      replace ? ::rename(from.c_str(), to.c_str())
              : ::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE);
#endif
  return result == 0 ? 0 : errno;
}

void remove_file(const std::string& path) {
  ::unlink(path.c_str());
}

std::filesystem::path to_path(const std::string& utf8) {
  return std::filesystem::path(utf8);
}

std::string from_path(const std::filesystem::path& path) {
  return path.string();
}
#endif

}  // namespace routekaart::io::platform
