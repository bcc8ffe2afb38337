// src/io/paths.cpp: expanding the paths given to `check` into files.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "io/paths.hpp"

using routekaart::io::expand_paths;
using routekaart::io::ExpandedPaths;
using routekaart::testing::TempDir;

using namespace routekaart;
namespace fs = std::filesystem;

namespace {

// The files found, relative to `dir`, joined by spaces.
std::string relative(const ExpandedPaths& found, const TempDir& dir) {
  std::string out;
  for (const auto& file : found.files) {
    if (!out.empty()) out += ' ';
    out += file.rfind(dir.path() + "/", 0) == 0 ? file.substr(dir.path().size() + 1) : file;
  }
  return out;
}

}  // namespace

TEST_CASE("expand_paths: files stay as given, even when they do not exist") {
  ExpandedPaths found = expand_paths({"nope.yaml", "-", "x.txt", "nope.yaml"});
  CHECK(found.files == std::vector<std::string>{"nope.yaml", "-", "x.txt", "nope.yaml"});
  CHECK(found.problems.empty());
  CHECK(expand_paths({}).files.empty());
}

TEST_CASE("expand_paths: a folder gives its YAML files, sorted, recursively") {
  TempDir dir;
  dir.write("b.yaml", "");
  dir.write("a.yml", "");
  dir.write("c.txt", "");
  dir.write("C.YAML", "");
  dir.write("sub/d.yaml", "");
  dir.write("sub/deeper/e.yaml", "");
  dir.write("aa/z.yaml", "");
  ExpandedPaths found = expand_paths({dir.path()});
  CHECK(found.problems.empty());
  // Each folder's entries are sorted by name; a subfolder is searched where its name sorts.
  CHECK(relative(found, dir) == "a.yml aa/z.yaml b.yaml sub/d.yaml sub/deeper/e.yaml");
}

TEST_CASE("expand_paths: hidden files and folders are skipped") {
  TempDir dir;
  dir.write(".hidden.yaml", "");
  dir.write(".git/config.yaml", "");
  dir.write("sub/.draft.yaml", "");
  dir.write("sub/kept.yaml", "");
  CHECK(relative(expand_paths({dir.path()}), dir) == "sub/kept.yaml");
  SUBCASE("but a hidden folder named on the command line is searched") {
    CHECK(relative(expand_paths({dir / ".git"}), dir) == ".git/config.yaml");
  }
  SUBCASE("and a hidden file named on the command line is taken") {
    CHECK(relative(expand_paths({dir / ".hidden.yaml"}), dir) == ".hidden.yaml");
  }
}

TEST_CASE("expand_paths: paths keep the spelling they were given") {
  TempDir dir;
  dir.write("a.yaml", "");
  CHECK(expand_paths({dir.path() + "/"}).files == std::vector<std::string>{dir / "a.yaml"});
  CHECK(expand_paths({dir.path() + "/./"}).files ==
        std::vector<std::string>{dir.path() + "/./a.yaml"});
}

TEST_CASE("expand_paths: several paths keep their order") {
  TempDir dir;
  dir.write("z/a.yaml", "");
  dir.write("a/b.yaml", "");
  ExpandedPaths found = expand_paths({dir / "z", "single.yaml", dir / "a"});
  CHECK(relative(found, dir) == "z/a.yaml single.yaml a/b.yaml");
}

TEST_CASE("expand_paths: symbolic links") {
  TempDir outside;
  outside.write("elsewhere.yaml", "");
  outside.write("folder/in-linked-folder.yaml", "");
  TempDir dir;
  dir.write("real.yaml", "");
  dir.write("sub/target.yaml", "");
  fs::create_symlink(dir / "real.yaml", dir / "link-inside.yaml");
  fs::create_symlink(outside / "elsewhere.yaml", dir / "link-outside.yaml");
  fs::create_symlink(outside / "folder", dir / "link-folder");
  fs::create_symlink(dir / "missing.yaml", dir / "link-dangling.yaml");
  fs::create_symlink(dir / "real.yaml", dir / "link-not-yaml.txt");

  SUBCASE("by default: links to files inside the folder only") {
    ExpandedPaths found = expand_paths({dir.path()});
    CHECK(relative(found, dir) == "link-inside.yaml real.yaml sub/target.yaml");
    CHECK(found.problems.empty());
  }
  SUBCASE("with --follow-symlinks: links to files anywhere and to folders") {
    ExpandedPaths found = expand_paths({dir.path()}, true);
    CHECK(relative(found, dir) ==
          "link-folder/in-linked-folder.yaml link-inside.yaml link-outside.yaml real.yaml "
          "sub/target.yaml");
    CHECK(found.problems.empty());
  }
}

TEST_CASE("expand_paths: link loops end when links are followed") {
  TempDir dir;
  dir.write("a/one.yaml", "");
  dir.write("b/two.yaml", "");
  fs::create_symlink(dir.path(), dir / "a/up");        // a/up -> the root
  fs::create_symlink(dir / "b", dir / "a/to-b");       // a/to-b -> b, also reached as b
  fs::create_symlink(dir / "a", dir / "b/back-to-a");  // b/back-to-a -> a

  SUBCASE("without following: no link to a folder is entered") {
    CHECK(relative(expand_paths({dir.path()}), dir) == "a/one.yaml b/two.yaml");
  }
  SUBCASE("following: every folder once, under the first name met") {
    ExpandedPaths found = expand_paths({dir.path()}, true);
    CHECK(relative(found, dir) == "a/one.yaml a/to-b/two.yaml");
    CHECK(found.problems.empty());
  }
}

TEST_CASE("expand_paths: a folder that cannot be read is a problem, not an end") {
  if (routekaart::testing::running_as_root()) {
    MESSAGE("running as root, who may read any folder");
    return;
  }
  TempDir dir;
  dir.write("closed/a.yaml", "");
  dir.write("open/b.yaml", "");
  REQUIRE(::chmod((dir / "closed").c_str(), 0) == 0);
  ExpandedPaths found = expand_paths({dir.path()});
  ::chmod((dir / "closed").c_str(), 0700);
  CHECK(relative(found, dir) == "open/b.yaml");
  REQUIRE(found.problems.size() == 1);
  CHECK(found.problems[0].rule == RuleId::RK002);
  CHECK(found.problems[0].location.file == dir / "closed");
  CHECK(routekaart::testing::words(found.problems[0].message) ==
        "cannot read the file: permission denied");
}
