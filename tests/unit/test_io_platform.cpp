#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/platform.hpp"

namespace platform = routekaart::io::platform;
namespace fs = std::filesystem;

namespace {

// A fresh, empty folder for one test.
std::string fresh_folder(const std::string& name) {
  const fs::path folder = fs::temp_directory_path() / ("routekaart-test-" + name);
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder.string();
}

std::string contents(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("file_info: kind and size of a file, a folder and a missing path") {
  const std::string folder = fresh_folder("info");
  std::ofstream(folder + "/a.yaml", std::ios::binary) << "12345";
  platform::FileInfo info;
  CHECK(platform::file_info(folder + "/a.yaml", info) == 0);
  CHECK(info.kind == platform::FileKind::regular);
  CHECK(info.size == 5);
  CHECK(platform::file_info(folder, info) == 0);
  CHECK(info.kind == platform::FileKind::directory);
  CHECK(platform::file_info(folder + "/missing.yaml", info) == ENOENT);
  fs::remove_all(folder);
}

TEST_CASE("read_file: reads bytes unchanged and stops after limit + 1 bytes") {
  const std::string folder = fresh_folder("read");
  std::ofstream(folder + "/crlf.yaml", std::ios::binary) << "a: 1\r\nb: 2\r\n";
  std::string text;
  CHECK(platform::read_file(folder + "/crlf.yaml", 100, text) == 0);
  CHECK(text == "a: 1\r\nb: 2\r\n");
  std::ofstream(folder + "/big", std::ios::binary) << std::string(200000, 'x');
  text.clear();
  CHECK(platform::read_file(folder + "/big", 10, text) == 0);
  CHECK(text.size() > 10);
  CHECK(text.size() < 200000);
  text.clear();
  CHECK(platform::read_file(folder + "/missing", 10, text) == ENOENT);
  fs::remove_all(folder);
}

TEST_CASE("write_temporary and rename_file: a new file, and no replacing without asking") {
  const std::string folder = fresh_folder("write");
  const std::string target = folder + "/\xC3\xA9\xC3\xA9n.md";  // "één.md"
  std::string temp;
  REQUIRE(platform::write_temporary(target, "first", temp) == 0);
  CHECK(temp.rfind(target + ".routekaart-", 0) == 0);
  CHECK(contents(temp) == "first");
  CHECK(platform::rename_file(temp, target, false) == 0);
  CHECK(contents(target) == "first");
  CHECK_FALSE(platform::exists_no_follow(temp));

  REQUIRE(platform::write_temporary(target, "second", temp) == 0);
  CHECK(platform::rename_file(temp, target, false) == EEXIST);
  CHECK(contents(target) == "first");
  CHECK(platform::rename_file(temp, target, true) == 0);
  CHECK(contents(target) == "second");

  platform::remove_file(target);
  CHECK_FALSE(platform::exists_no_follow(target));
  CHECK(platform::write_temporary(folder + "/no/such/folder/x", "", temp) == ENOENT);
  fs::remove_all(folder);
}

TEST_CASE("to_path and from_path: UTF-8 names survive the round trip") {
  const std::string name = "docs/\xC3\xA9\xC3\xA9n \xC3\xBC.yaml";
  CHECK(platform::from_path(platform::to_path(name)) == name);
  CHECK(platform::from_path(platform::to_path(name).filename()) ==
        "\xC3\xA9\xC3\xA9n \xC3\xBC.yaml");
}

TEST_CASE("write_temporary: the temporary name is cut to fit the file system's 255 bytes") {
  const std::string folder = fresh_folder("long");
  const std::string name(250, 'n');
  std::string temp;
  REQUIRE(platform::write_temporary(folder + "/" + name, "x", temp) == 0);
  const std::string temp_name = temp.substr(folder.size() + 1);
  CHECK(temp_name.size() == 255);
  CHECK(temp_name.rfind(std::string(237, 'n') + ".routekaart-", 0) == 0);
  SUBCASE("never inside a character") {
    std::string accented = std::string(236, 'a') + "\xC3\xA9";  // é at bytes 236-237
    REQUIRE(platform::write_temporary(folder + "/" + accented, "x", temp) == 0);
    CHECK(temp.substr(folder.size() + 1).rfind(std::string(236, 'a') + ".routekaart-", 0) == 0);
  }
  SUBCASE("a short name is kept whole") {
    REQUIRE(platform::write_temporary(folder + "/short.md", "x", temp) == 0);
    CHECK(temp.rfind(folder + "/short.md.routekaart-", 0) == 0);
  }
  fs::remove_all(folder);
}

TEST_CASE("file_id: the same file under every name, another file apart") {
  const std::string folder = fresh_folder("id");
  std::ofstream(folder + "/a.yaml") << "a";
  std::ofstream(folder + "/b.yaml") << "a";
  fs::create_symlink("a.yaml", folder + "/link.yaml");
  fs::create_hard_link(folder + "/a.yaml", folder + "/hard.yaml");
  platform::FileId a, b, link, hard, dotted;
  REQUIRE(platform::file_id(folder + "/a.yaml", a) == 0);
  REQUIRE(platform::file_id(folder + "/b.yaml", b) == 0);
  REQUIRE(platform::file_id(folder + "/link.yaml", link) == 0);
  REQUIRE(platform::file_id(folder + "/hard.yaml", hard) == 0);
  REQUIRE(platform::file_id(folder + "/./../" + fs::path(folder).filename().string() + "/a.yaml",
                            dotted) == 0);
  CHECK(a == link);
  CHECK(a == hard);
  CHECK(a == dotted);
  CHECK_FALSE(a == b);
  CHECK(platform::file_id(folder + "/missing.yaml", a) == ENOENT);
  fs::remove_all(folder);
}

TEST_CASE("standard_output_id: what /dev/stdout names") {
  platform::FileId out, named;
  REQUIRE(platform::standard_output_id(out) == 0);
  REQUIRE(platform::file_id("/dev/stdout", named) == 0);
  CHECK(out == named);
}

TEST_CASE("follow_links: the file a chain of links leads to") {
  const std::string folder = fresh_folder("links");
  fs::create_directories(folder + "/sub");
  std::ofstream(folder + "/sub/real.md") << "x";
  fs::create_symlink("sub/real.md", folder + "/one.md");
  fs::create_symlink("../one.md", folder + "/sub/two.md");
  fs::create_symlink(folder + "/sub/two.md", folder + "/absolute.md");
  fs::create_symlink("gone.md", folder + "/dangling.md");
  fs::create_symlink("self.md", folder + "/self.md");
  std::string target;
  CHECK(platform::follow_links(folder + "/sub/real.md", target) == 0);
  CHECK(target == folder + "/sub/real.md");
  CHECK(platform::follow_links(folder + "/one.md", target) == 0);
  CHECK(target == folder + "/sub/real.md");
  CHECK(platform::follow_links(folder + "/absolute.md", target) == 0);
  CHECK(target == folder + "/sub/../sub/real.md");
  CHECK(platform::follow_links(folder + "/dangling.md", target) == 0);
  CHECK(target == folder + "/gone.md");
  CHECK(platform::follow_links(folder + "/missing.md", target) == 0);
  CHECK(target == folder + "/missing.md");
  CHECK(platform::follow_links(folder + "/self.md", target) == ELOOP);
  fs::remove_all(folder);
}

TEST_CASE("trust: a file of another user, or one others may change, is not trusted") {
  const std::string folder = fresh_folder("trust");
  const std::string path = folder + "/.routekaart.yaml";
  std::ofstream(path) << "fail-on: never\n";
  REQUIRE(::chmod(path.c_str(), 0644) == 0);
  CHECK(platform::trust(path) == platform::Trust::trusted);
  REQUIRE(::chmod(path.c_str(), 0666) == 0);
  CHECK(platform::trust(path) == platform::Trust::writable_by_others);
  REQUIRE(::chmod(path.c_str(), 0664) == 0);  // the group: a shared team folder
  CHECK(platform::trust(path) == platform::Trust::trusted);
  if (::geteuid() == 0) {  // only root may give the file away
    REQUIRE(::chown(path.c_str(), 65534, 65534) == 0);
    CHECK(platform::trust(path) == platform::Trust::other_owner);
  }
  CHECK(platform::trust(folder + "/missing.yaml") == platform::Trust::trusted);
  fs::remove_all(folder);
}

TEST_CASE("creatable: the folder must exist and be a folder, and the name must fit") {
  const std::string folder = fresh_folder("creatable");
  std::ofstream(folder + "/file.md") << "x";
  CHECK(platform::creatable(folder + "/new.md") == 0);
  CHECK(platform::creatable(folder + "/file.md") == 0);  // replacing it is for --force to say
  CHECK(platform::creatable(folder + "/missing/new.md") == ENOENT);
  CHECK(platform::creatable(folder + "/file.md/new.md") == ENOTDIR);
  CHECK(platform::creatable(folder + "/" + std::string(255, 'a')) == 0);
  CHECK(platform::creatable(folder + "/" + std::string(256, 'a')) == ENAMETOOLONG);
  const std::string cwd = fs::current_path().string();
  fs::current_path(folder);
  CHECK(platform::creatable("new.md") == 0);  // no folder in the name: the working folder
  CHECK(platform::creatable("missing/new.md") == ENOENT);
  fs::current_path(cwd);
  fs::remove_all(folder);
}
