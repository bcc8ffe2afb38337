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

/// Where the language of a run was decided: the first of these that names one.
enum class LangSource {
  option,       // --lang
  environment,  // ROUTEKAART_LANG
  project,      // `language:` in the project configuration (.routekaart.yaml)
  file,         // `language:` of the one intervention file a command reads
  locale,       // LC_ALL, LC_MESSAGES, LANG; else the display language of the system (Windows)
  fallback,     // none of them: English
};

struct LangChoice {
  Lang lang = Lang::en;
  LangSource source = LangSource::fallback;
};

/// The language of everything a run says, in this order: `option` (--lang), ROUTEKAART_LANG,
/// `project` (the configuration's `language:`), `file` (the `language:` of the one file a
/// command reads), the locale (the first of LC_ALL, LC_MESSAGES, LANG that is set: Dutch when it
/// starts with "nl"), `system` (the display language Windows reports), English. Values that are
/// not "nl" or "en" (any case) are passed over. `getenv` is injectable for tests.
LangChoice decide_lang(std::string_view option, const char* (*getenv)(const char*),
                       std::optional<std::string_view> project, std::optional<Lang> file,
                       std::optional<Lang> system);

/// A text in both languages, as the catalogue and the rule table hold them.
struct Bilingual {
  std::string nl;
  std::string en;
  const std::string& in(Lang lang) const { return lang == Lang::nl ? nl : en; }
  bool operator==(const Bilingual&) const = default;
};

}  // namespace routekaart
