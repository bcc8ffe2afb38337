// src/io/atomic_write.cpp: a file is either fully written or left as it was.
#include <doctest/doctest.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "io/atomic_write.hpp"

using routekaart::io::write_file_atomically;
using routekaart::io::WriteResult;
using routekaart::testing::read_file;
using routekaart::testing::TempDir;

namespace fs = std::filesystem;

namespace {

// The names in `dir`, sorted: shows that no temporary file was left behind.
std::vector<std::string> names(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& entry : fs::directory_iterator(dir)) out.push_back(entry.path().filename());
  std::sort(out.begin(), out.end());
  return out;
}

mode_t mode_of(const std::string& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_mode & 07777;
}

// Sets the umask for one test and puts the old one back.
struct Umask {
  mode_t old;
  explicit Umask(mode_t mask) : old(::umask(mask)) {}
  ~Umask() { ::umask(old); }
};

}  // namespace

TEST_CASE("write_file_atomically: a new file") {
  TempDir dir;
  Umask umask(022);
  const std::string path = dir / "report.md";
  std::string error = "untouched";
  CHECK(write_file_atomically(path, "# Rapport\néén regel\n", false, error) ==
        WriteResult::written);
  CHECK(read_file(path) == "# Rapport\néén regel\n");
  CHECK(error == "untouched");
  CHECK(names(dir.path()) == std::vector<std::string>{"report.md"});
  SUBCASE("with the usual permissions of a document, not mkstemp's 0600") {
    CHECK(mode_of(path) == 0644);
  }
}

TEST_CASE("write_file_atomically: the umask decides a new file's permissions") {
  TempDir dir;
  Umask umask(077);
  const std::string path = dir / "private.md";
  std::string error;
  REQUIRE(write_file_atomically(path, "x", false, error) == WriteResult::written);
  CHECK(mode_of(path) == 0600);
}

TEST_CASE("write_file_atomically: empty and binary content") {
  TempDir dir;
  std::string error;
  REQUIRE(write_file_atomically(dir / "empty", "", false, error) == WriteResult::written);
  CHECK(fs::file_size(dir / "empty") == 0);
  const std::string bytes("a\0b\xff", 4);
  REQUIRE(write_file_atomically(dir / "bytes", bytes, false, error) == WriteResult::written);
  CHECK(read_file(dir / "bytes") == bytes);
}

TEST_CASE("write_file_atomically: an existing file without overwrite") {
  TempDir dir;
  const std::string path = dir.write("mine.md", "the team's own notes");
  std::string error;
  SUBCASE("is left alone") {
    CHECK(write_file_atomically(path, "new", false, error) == WriteResult::exists);
    CHECK(read_file(path) == "the team's own notes");
    CHECK(error.empty());
    CHECK(names(dir.path()) == std::vector<std::string>{"mine.md"});
  }
  SUBCASE("a dangling link counts as existing: nothing is written through it") {
    fs::create_symlink(dir / "nowhere.md", dir / "link.md");
    CHECK(write_file_atomically(dir / "link.md", "new", false, error) == WriteResult::exists);
    CHECK_FALSE(fs::exists(dir / "nowhere.md"));
  }
}

TEST_CASE("write_file_atomically: overwrite replaces the whole file") {
  TempDir dir;
  const std::string path = dir.write("out.json", "a much longer old content than the new one");
  std::string error;
  CHECK(write_file_atomically(path, "{}", true, error) == WriteResult::written);
  CHECK(read_file(path) == "{}");
  CHECK(names(dir.path()) == std::vector<std::string>{"out.json"});
}

// Bug: overwriting gave the new file the umask's permissions (0644), not those of the file it
// replaces: a report the user made private (0600) became readable for everyone after
// `--output FILE --force`.
TEST_CASE("write_file_atomically: overwrite keeps the mode of the file it replaces") {
  TempDir dir;
  Umask umask(022);
  const std::string path = dir.write("private.md", "old");
  std::string error;
  for (const mode_t mode : {0600u, 0640u, 0444u, 0755u}) {
    CAPTURE(mode);
    REQUIRE(::chmod(path.c_str(), mode) == 0);
    REQUIRE(write_file_atomically(path, "new", true, error) == WriteResult::written);
    CHECK(mode_of(path) == mode);
    CHECK(read_file(path) == "new");
  }
}

TEST_CASE("write_file_atomically: overwrite keeps the owner where the system allows it") {
  if (!routekaart::testing::running_as_root()) {
    MESSAGE("only root may give a file to another user");
    return;
  }
  TempDir dir;
  const std::string path = dir.write("theirs.md", "old");
  REQUIRE(::chown(path.c_str(), 65534, 65534) == 0);
  std::string error;
  REQUIRE(write_file_atomically(path, "new", true, error) == WriteResult::written);
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  CHECK(info.st_uid == 65534);
  CHECK(info.st_gid == 65534);
}

// Bug: `-o LINK --force` renamed over the symbolic link, replacing it with a file; the file it
// pointed to kept its old content.
TEST_CASE("write_file_atomically: overwrite writes through symbolic links") {
  TempDir dir;
  Umask umask(022);
  const std::string target = dir.write("reports/real.md", "old");
  REQUIRE(::chmod(target.c_str(), 0600) == 0);
  fs::create_symlink("reports/real.md", dir / "link.md");
  std::string error;
  SUBCASE("the link stays, the file it leads to is replaced in its own folder") {
    REQUIRE(write_file_atomically(dir / "link.md", "new", true, error) == WriteResult::written);
    CHECK(fs::is_symlink(dir / "link.md"));
    CHECK(fs::read_symlink(dir / "link.md") == "reports/real.md");
    CHECK(read_file(target) == "new");
    CHECK(mode_of(target) == 0600);
    CHECK(names(dir / "reports") == std::vector<std::string>{"real.md"});
    CHECK(names(dir.path()) == std::vector<std::string>{"link.md", "reports"});
  }
  SUBCASE("a chain of links, relative to each link's folder") {
    fs::create_directory(dir / "other");
    fs::create_symlink("../link.md", dir / "other/second.md");
    REQUIRE(write_file_atomically(dir / "other/second.md", "new", true, error) ==
            WriteResult::written);
    CHECK(fs::is_symlink(dir / "other/second.md"));
    CHECK(fs::is_symlink(dir / "link.md"));
    CHECK(read_file(target) == "new");
  }
  SUBCASE("a dangling link: the file it names is made") {
    fs::create_symlink("reports/new.md", dir / "dangling.md");
    REQUIRE(write_file_atomically(dir / "dangling.md", "made", true, error) ==
            WriteResult::written);
    CHECK(fs::is_symlink(dir / "dangling.md"));
    CHECK(read_file(dir / "reports/new.md") == "made");
  }
  SUBCASE("without overwrite a link to a file is an existing file") {
    CHECK(write_file_atomically(dir / "link.md", "new", false, error) == WriteResult::exists);
    CHECK(read_file(target) == "old");
  }
  SUBCASE("a loop of links is an error, not a hang") {
    fs::create_symlink("loop-b.md", dir / "loop-a.md");
    fs::create_symlink("loop-a.md", dir / "loop-b.md");
    CHECK(write_file_atomically(dir / "loop-a.md", "x", true, error) == WriteResult::failed);
    CHECK(error == std::strerror(ELOOP));
  }
}

// Bug: `-o /dev/null --force` renamed a file over the device (as root it replaced /dev/null), and
// a FIFO was replaced by a regular file.
TEST_CASE("write_file_atomically: only a regular file is ever replaced") {
  TempDir dir;
  std::string error;
  SUBCASE("a FIFO") {
    REQUIRE(::mkfifo((dir / "fifo").c_str(), 0600) == 0);
    CHECK(write_file_atomically(dir / "fifo", "x", true, error) == WriteResult::not_a_file);
    CHECK(fs::is_fifo(dir / "fifo"));
    CHECK(names(dir.path()) == std::vector<std::string>{"fifo"});
  }
  SUBCASE("a device, also through a link") {
    // As root, a null device of its own: a regression must not replace the system's /dev/null.
    std::string device = "/dev/null";
    if (::geteuid() == 0 && ::mknod((dir / "device").c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0)
      device = dir / "device";
    fs::create_symlink(device, dir / "null");
    CHECK(write_file_atomically(device, "x", true, error) == WriteResult::not_a_file);
    CHECK(write_file_atomically(dir / "null", "x", true, error) == WriteResult::not_a_file);
    CHECK(fs::is_character_file(device));
    CHECK(fs::is_symlink(dir / "null"));
  }
}

// Bug: a 240-byte name (legal: 255 is the limit) could not be written, because the temporary
// name added 18 bytes.
TEST_CASE("write_file_atomically: a long name, with a shortened temporary name") {
  TempDir dir;
  std::string error;
  const std::string name = std::string(237, 'r') + ".md";
  REQUIRE(write_file_atomically(dir / name, "long", false, error) == WriteResult::written);
  CHECK(read_file(dir / name) == "long");
  std::string utf8 = std::string(120, 'a');  // and 60 two-byte "é": 243 bytes
  for (int i = 0; i < 60; ++i) utf8 += "\xC3\xA9";
  utf8 += ".md";
  REQUIRE(write_file_atomically(dir / utf8, "é", false, error) == WriteResult::written);
  CHECK(read_file(dir / utf8) == "é");
  CHECK(names(dir.path()) == std::vector<std::string>{utf8, name});
}

TEST_CASE("write_file_atomically: failures leave nothing behind") {
  TempDir dir;
  std::string error;
  SUBCASE("the folder does not exist") {
    CHECK(write_file_atomically(dir / "no/such/folder.md", "x", false, error) ==
          WriteResult::failed);
    CHECK(error == std::strerror(ENOENT));
    CHECK(names(dir.path()).empty());
  }
  SUBCASE("the target is a folder: nothing is written") {
    dir.write("taken/inside.md", "keep me");
    CHECK(write_file_atomically(dir / "taken", "x", true, error) == WriteResult::not_a_file);
    CHECK(names(dir.path()) == std::vector<std::string>{"taken"});
    CHECK(read_file(dir / "taken/inside.md") == "keep me");
  }
  SUBCASE("without overwrite a folder is no file either") {
    fs::create_directory(dir / "taken");
    CHECK(write_file_atomically(dir / "taken", "x", false, error) == WriteResult::not_a_file);
    CHECK(names(dir.path()) == std::vector<std::string>{"taken"});
  }
}

TEST_CASE("write_file_atomically: a write that fails halfway leaves the old file intact") {
  // A file size limit of 10 bytes makes the write of 100 fail after 10 (EFBIG), as a full disk
  // would; root is bound by it too.
  TempDir dir;
  const std::string path = dir.write("kept.md", "old content");
  const std::string content(100, 'n');
  std::string error;
  struct rlimit old {};
  REQUIRE(::getrlimit(RLIMIT_FSIZE, &old) == 0);
  struct rlimit small = old;
  small.rlim_cur = 10;
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
  const WriteResult result = write_file_atomically(path, content, true, error);
  ::setrlimit(RLIMIT_FSIZE, &old);
  std::signal(SIGXFSZ, old_handler);
  CHECK(result == WriteResult::failed);
  CHECK(error == std::strerror(EFBIG));
  CHECK(read_file(path) == "old content");
  CHECK(names(dir.path()) == std::vector<std::string>{"kept.md"});
  SUBCASE("and a new file is not created at all") {
    error.clear();
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    std::signal(SIGXFSZ, SIG_IGN);
    const WriteResult fresh = write_file_atomically(dir / "new.md", content, false, error);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, old_handler);
    CHECK(fresh == WriteResult::failed);
    CHECK(error == std::strerror(EFBIG));
    CHECK(names(dir.path()) == std::vector<std::string>{"kept.md"});
  }
}

TEST_CASE("write_file_atomically: a folder the temporary file cannot be made in") {
  if (routekaart::testing::running_as_root()) {
    MESSAGE("running as root, who may write into any folder");
    return;
  }
  TempDir dir;
  const std::string path = dir.write("locked/kept.md", "old");
  REQUIRE(::chmod((dir / "locked").c_str(), 0500) == 0);
  std::string error;
  const WriteResult result = write_file_atomically(path, "new", true, error);
  ::chmod((dir / "locked").c_str(), 0700);
  CHECK(result == WriteResult::failed);
  CHECK(error == std::strerror(EACCES));
  CHECK(read_file(path) == "old");
  CHECK(names(dir / "locked") == std::vector<std::string>{"kept.md"});
}
