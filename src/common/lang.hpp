#pragma once
// Report language (Dutch or English) and how it is chosen.
#include <optional>
#include <string>
#include <string_view>

namespace routekaart {

enum class Lang { nl, en };

/// "nl" or "en".
const char* lang_code(Lang lang);

/// Parses "nl" or "en" (case-insensitive); nullopt otherwise.
std::optional<Lang> parse_lang(std::string_view text);

/// The language from the environment: ROUTEKAART_LANG, else the first of LC_ALL, LC_MESSAGES,
/// LANG that is set; Dutch when it starts with "nl", else English. `getenv` is injectable for
/// tests.
Lang lang_from_environment(const char* (*getenv)(const char*));

/// A text in both languages, as the catalogue and the rule table hold them.
struct Bilingual {
  std::string nl;
  std::string en;
  const std::string& in(Lang lang) const { return lang == Lang::nl ? nl : en; }
  bool operator==(const Bilingual&) const = default;
};

}  // namespace routekaart
