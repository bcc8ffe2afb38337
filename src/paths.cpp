#include "paths.hpp"

#include <algorithm>
#include <filesystem>

#include "messages.hpp"

namespace routekaart {
namespace fs = std::filesystem;
namespace {

bool is_yaml(const fs::path& p) {
  return p.extension() == ".yaml" || p.extension() == ".yml";
}

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Whether `path` (canonical) lies inside the folder `root` (canonical).
bool inside(const fs::path& path, const fs::path& root) {
  return std::mismatch(root.begin(), root.end(), path.begin(), path.end()).first == root.end();
}

void walk(const fs::path& dir, const fs::path& root, std::vector<std::string>& files,
          Diagnostics& problems, Lang lang) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec), end;
  if (ec) {
    problems.push_back(Diagnostic{"RK002", Severity::error, Location{dir.string(), 0, 0},
                                  msg(lang, "read.open", dir.string(), ec.message()),
                                  msg(lang, "read.open.hint"), 0});
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
      // A link to a file inside the tree is checked; a link to a folder, or to anything outside
      // the folder that was named, is not followed.
      if (is_yaml(entry.path()) && fs::is_regular_file(entry.path(), type_ec)) {
        const fs::path target = fs::canonical(entry.path(), type_ec);
        if (!type_ec && inside(target, root)) files.push_back(entry.path().string());
      }
      continue;
    }
    if (entry.is_directory(type_ec))
      walk(entry.path(), root, files, problems, lang);
    else if (is_yaml(entry.path()))
      files.push_back(entry.path().string());
  }
}

}  // namespace

ExpandedPaths expand_paths(const std::vector<std::string>& paths, Lang lang) {
  ExpandedPaths out;
  for (const auto& path : paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec))
      walk(path, fs::canonical(path, ec), out.files, out.problems, lang);
    else
      out.files.push_back(path);
  }
  return out;
}

}  // namespace routekaart
