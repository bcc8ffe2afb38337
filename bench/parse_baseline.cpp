// The parse-only baseline of the benchmark: loads every *.yaml file under the given folders (or
// the given files) with yaml-cpp's YAML::LoadFile and does nothing else, so that bench/run.sh can
// say how much routekaart adds to parsing alone. Prints the number of files and of parse errors.
//   routekaart_parse_baseline PATH...
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::error_code ec;
    if (fs::is_directory(argv[i], ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(argv[i], ec))
        if (entry.path().extension() == ".yaml") files.push_back(entry.path().string());
    } else {
      files.emplace_back(argv[i]);
    }
  }
  std::sort(files.begin(), files.end());
  std::size_t errors = 0;
  for (const auto& file : files) {
    try {
      const YAML::Node root = YAML::LoadFile(file);
      if (!root.IsDefined()) ++errors;
    } catch (const YAML::Exception&) {
      ++errors;
    }
  }
  std::printf("%zu files, %zu parse errors\n", files.size(), errors);
  return 0;
}
