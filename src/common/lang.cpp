#include "common/lang.hpp"

#include <cctype>

namespace routekaart {

const char* lang_code(Lang lang) {
  return lang == Lang::nl ? "nl" : "en";
}

std::optional<Lang> parse_lang(std::string_view text) {
  std::string lower;
  for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "nl") return Lang::nl;
  if (lower == "en") return Lang::en;
  return std::nullopt;
}

Lang lang_from_environment(const char* (*getenv)(const char*)) {
  if (const char* value = getenv("ROUTEKAART_LANG"); value && *value)
    if (auto lang = parse_lang(value)) return *lang;
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = getenv(name);
    if (!value || !*value) continue;
    std::string_view v(value);
    return v.substr(0, 2) == "nl" ? Lang::nl : Lang::en;
  }
  return Lang::en;
}

}  // namespace routekaart
