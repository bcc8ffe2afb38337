#include "cli/language.hpp"

#include <cstdlib>
#include <string_view>

namespace routekaart::cli {

Lang early_language(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) {
      if (auto lang = parse_lang(argv[i + 1])) return *lang;
    } else if (arg.rfind("--lang=", 0) == 0) {
      if (auto lang = parse_lang(arg.substr(7))) return *lang;
    }
  }
  return lang_from_environment([](const char* name) -> const char* { return std::getenv(name); });
}

}  // namespace routekaart::cli
