#include <doctest/doctest.h>

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
