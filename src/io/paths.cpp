#include "io/paths.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "generated/texts/read.hpp"
#include "io/platform.hpp"
#include "io/source.hpp"

namespace routekaart::io {
namespace fs = std::filesystem;
namespace {

bool is_yaml(const fs::path& p) {
  return p.extension() == ".yaml" || p.extension() == ".yml";
}

bool hidden(const fs::path& p) {
  const auto name = p.filename().native();
  return !name.empty() && name[0] == '.';
}

// Whether `path` (canonical) lies inside the folder `root` (canonical).
bool inside(const fs::path& path, const fs::path& root) {
  return std::mismatch(root.begin(), root.end(), path.begin(), path.end()).first == root.end();
}

struct Walk {
  fs::path root;            // canonical: the folder that was named
  bool follow = false;      // --follow-symlinks
  std::set<fs::path> seen;  // canonical folders visited (when following links)
  std::vector<std::string>& files;
  Diagnostics& problems;
};

void walk(const fs::path& dir, Walk& w) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    w.problems.push_back(Diagnostic{RuleId::RK002,
                                    Severity::error,
                                    Location{platform::from_path(dir), 0, 0},
                                    texts::read_open{.reason = reason(platform::error_number(ec))},
                                    {texts::read_open_hint{}},
                                    0});
    return;
  }
  std::vector<fs::directory_entry> entries;
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    entries.push_back(*it);
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path() < b.path(); });
  for (const auto& entry : entries) {
    if (hidden(entry.path())) continue;
    std::error_code type_ec;
    if (entry.is_symlink(type_ec)) {
      // By default a link to a file inside the tree is checked; a link to a folder, or to
      // anything outside the folder that was named, is not followed.
      const fs::path target = fs::canonical(entry.path(), type_ec);
      if (type_ec) continue;  // dangling
      if (w.follow && fs::is_directory(target, type_ec)) {
        if (w.seen.insert(target).second) walk(entry.path(), w);
      } else if (is_yaml(entry.path()) && fs::is_regular_file(target, type_ec) &&
                 (w.follow || inside(target, w.root))) {
        w.files.push_back(platform::from_path(entry.path()));
      }
      continue;
    }
    if (entry.is_directory(type_ec)) {
      if (!w.follow || w.seen.insert(fs::canonical(entry.path(), type_ec)).second)
        walk(entry.path(), w);
    } else if (is_yaml(entry.path())) {
      w.files.push_back(platform::from_path(entry.path()));
    }
  }
}

}  // namespace

ExpandedPaths expand_paths(const std::vector<std::string>& paths, bool follow_symlinks) {
  ExpandedPaths out;
  for (const auto& path : paths) {
    std::error_code ec;
    const fs::path folder = platform::to_path(path);
    if (path != "-" && fs::is_directory(folder, ec)) {
      Walk w{fs::canonical(folder, ec), follow_symlinks, {}, out.files, out.problems};
      w.seen.insert(w.root);
      walk(folder, w);
    } else {
      out.files.push_back(path);
    }
  }
  return out;
}

}  // namespace routekaart::io
