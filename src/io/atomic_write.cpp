#include "io/atomic_write.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace routekaart::io {
namespace {

bool write_all(int fd, std::string_view content) {
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace

WriteResult write_file_atomically(const std::string& path, std::string_view content, bool overwrite,
                                  std::string& error) {
  struct stat info {};
  if (!overwrite && ::lstat(path.c_str(), &info) == 0) return WriteResult::exists;
  std::vector<char> temp(path.begin(), path.end());
  const char suffix[] = ".routekaart-XXXXXX";
  temp.insert(temp.end(), suffix, suffix + sizeof suffix);
  int fd = ::mkstemp(temp.data());
  if (fd < 0) {
    error = std::strerror(errno);
    return WriteResult::failed;
  }
  // mkstemp creates the file 0600; give it the usual permissions for a document.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  const bool ok = write_all(fd, content) && ::fsync(fd) == 0;
  const int write_errno = errno;
  if (::close(fd) != 0 || !ok) {
    error = std::strerror(ok ? errno : write_errno);
    ::unlink(temp.data());
    return WriteResult::failed;
  }
  int renamed = overwrite
                    ? ::rename(temp.data(), path.c_str())
                    : ::renameat2(AT_FDCWD, temp.data(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE);
  if (renamed != 0) {
    const int rename_errno = errno;
    ::unlink(temp.data());
    if (rename_errno == EEXIST) return WriteResult::exists;
    error = std::strerror(rename_errno);
    return WriteResult::failed;
  }
  return WriteResult::written;
}

}  // namespace routekaart::io
