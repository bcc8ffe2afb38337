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
    temp = path + ".routekaart-";
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
  std::vector<char> name(path.begin(), path.end());
  const char suffix[] = ".routekaart-XXXXXX";
  name.insert(name.end(), suffix, suffix + sizeof suffix);
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return errno;
  temp = name.data();
  // mkstemp creates the file 0600; give it the usual permissions for a document.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
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
