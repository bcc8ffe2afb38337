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

LangChoice decide_lang(std::string_view option, const char* (*getenv)(const char*),
                       std::optional<std::string_view> project, std::optional<Lang> file,
                       std::optional<Lang> system) {
  if (auto lang = parse_lang(option)) return {*lang, LangSource::option};
  if (const char* value = getenv("ROUTEKAART_LANG"); value && *value)
    if (auto lang = parse_lang(value)) return {*lang, LangSource::environment};
  if (project)
    if (auto lang = parse_lang(*project)) return {*lang, LangSource::project};
  if (file) return {*file, LangSource::file};
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = getenv(name);
    if (!value || !*value) continue;
    return {std::string_view(value).substr(0, 2) == "nl" ? Lang::nl : Lang::en, LangSource::locale};
  }
  if (system) return {*system, LangSource::locale};
  return {Lang::en, LangSource::fallback};
}

}  // namespace routekaart
