// src/common/lang.cpp: the report language, its code and how the environment chooses it.
#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <string>

#include "common/lang.hpp"

using namespace routekaart;

namespace {

// The environment lang_from_environment sees in these tests.
std::map<std::string, std::string> environment;

const char* fake_getenv(const char* name) {
  auto it = environment.find(name);
  return it == environment.end() ? nullptr : it->second.c_str();
}

Lang from(std::map<std::string, std::string> variables) {
  environment = std::move(variables);
  return lang_from_environment(fake_getenv);
}

}  // namespace

TEST_CASE("lang_code: nl and en") {
  CHECK(std::string(lang_code(Lang::nl)) == "nl");
  CHECK(std::string(lang_code(Lang::en)) == "en");
}

TEST_CASE("parse_lang: nl or en in any case") {
  SUBCASE("the two codes") {
    CHECK(parse_lang("nl") == Lang::nl);
    CHECK(parse_lang("en") == Lang::en);
  }
  SUBCASE("any case") {
    CHECK(parse_lang("NL") == Lang::nl);
    CHECK(parse_lang("En") == Lang::en);
  }
  SUBCASE("everything else") {
    CHECK_FALSE(parse_lang(""));
    CHECK_FALSE(parse_lang("n"));
    CHECK_FALSE(parse_lang("de"));
    CHECK_FALSE(parse_lang("nl_NL"));
    CHECK_FALSE(parse_lang("nederlands"));
    CHECK_FALSE(parse_lang(" nl"));
  }
}

TEST_CASE("lang_from_environment: ROUTEKAART_LANG, then LC_ALL, LC_MESSAGES, LANG") {
  SUBCASE("nothing set: English") {
    CHECK(from({}) == Lang::en);
  }
  SUBCASE("ROUTEKAART_LANG wins over the locale") {
    CHECK(from({{"ROUTEKAART_LANG", "nl"}, {"LC_ALL", "en_GB.UTF-8"}}) == Lang::nl);
    CHECK(from({{"ROUTEKAART_LANG", "en"}, {"LC_ALL", "nl_NL.UTF-8"}}) == Lang::en);
    CHECK(from({{"ROUTEKAART_LANG", "NL"}}) == Lang::nl);
  }
  SUBCASE("an empty or unknown ROUTEKAART_LANG falls through to the locale") {
    CHECK(from({{"ROUTEKAART_LANG", ""}, {"LANG", "nl_NL.UTF-8"}}) == Lang::nl);
    CHECK(from({{"ROUTEKAART_LANG", "de"}, {"LANG", "nl_BE.UTF-8"}}) == Lang::nl);
    CHECK(from({{"ROUTEKAART_LANG", "de"}}) == Lang::en);
  }
  SUBCASE("a Dutch locale") {
    CHECK(from({{"LC_ALL", "nl_NL.UTF-8"}}) == Lang::nl);
    CHECK(from({{"LC_MESSAGES", "nl_BE"}}) == Lang::nl);
    CHECK(from({{"LANG", "nl"}}) == Lang::nl);
  }
  SUBCASE("the first locale variable that is set decides, even when it is not Dutch") {
    CHECK(from({{"LC_ALL", "en_US.UTF-8"}, {"LANG", "nl_NL.UTF-8"}}) == Lang::en);
    CHECK(from({{"LC_MESSAGES", "C"}, {"LANG", "nl_NL.UTF-8"}}) == Lang::en);
    CHECK(from({{"LC_ALL", "nl_NL.UTF-8"}, {"LC_MESSAGES", "en_US"}}) == Lang::nl);
  }
  SUBCASE("an empty locale variable counts as not set") {
    CHECK(from({{"LC_ALL", ""}, {"LC_MESSAGES", "nl_NL"}}) == Lang::nl);
    CHECK(from({{"LC_ALL", ""}, {"LC_MESSAGES", ""}, {"LANG", "nl_NL"}}) == Lang::nl);
  }
  SUBCASE("any other locale is English") {
    CHECK(from({{"LANG", "C"}}) == Lang::en);
    CHECK(from({{"LANG", "POSIX"}}) == Lang::en);
    CHECK(from({{"LANG", "de_DE.UTF-8"}}) == Lang::en);
    CHECK(from({{"LANG", "n"}}) == Lang::en);
  }
  environment.clear();
}

TEST_CASE("Bilingual: the text in the language asked for") {
  const Bilingual b{"wegwijzer", "signpost"};
  CHECK(b.in(Lang::nl) == "wegwijzer");
  CHECK(b.in(Lang::en) == "signpost");
  CHECK(b == Bilingual{"wegwijzer", "signpost"});
  CHECK_FALSE(b == Bilingual{"wegwijzer", "signposts"});
  CHECK_FALSE(b == Bilingual{"Wegwijzer", "signpost"});
}

namespace {

LangChoice decide(std::map<std::string, std::string> variables, std::string_view option = "",
                  std::optional<std::string_view> project = std::nullopt,
                  std::optional<Lang> file = std::nullopt,
                  std::optional<Lang> system = std::nullopt) {
  environment = std::move(variables);
  const LangChoice choice = decide_lang(option, fake_getenv, project, file, system);
  environment.clear();
  return choice;
}

bool is(const LangChoice& c, Lang lang, LangSource source) {
  return c.lang == lang && c.source == source;
}

}  // namespace

TEST_CASE("decide_lang: option, environment, project, file, locale, system, English") {
  const std::map<std::string, std::string> nl_locale{{"LANG", "nl_NL.UTF-8"}};
  SUBCASE("each step wins over the ones after it") {
    CHECK(is(decide({{"ROUTEKAART_LANG", "en"}}, "nl", "en", Lang::en), Lang::nl,
             LangSource::option));
    CHECK(is(decide({{"ROUTEKAART_LANG", "nl"}}, "", "en", Lang::en), Lang::nl,
             LangSource::environment));
    CHECK(is(decide(nl_locale, "", "en", Lang::nl), Lang::en, LangSource::project));
    CHECK(is(decide(nl_locale, "", std::nullopt, Lang::en), Lang::en, LangSource::file));
    CHECK(is(decide(nl_locale, "", std::nullopt, std::nullopt, Lang::en), Lang::nl,
             LangSource::locale));
    CHECK(is(decide({}, "", std::nullopt, std::nullopt, Lang::nl), Lang::nl, LangSource::locale));
    CHECK(is(decide({}), Lang::en, LangSource::fallback));
  }
  SUBCASE("values that are no language are passed over") {
    CHECK(
        is(decide({{"ROUTEKAART_LANG", "de"}}, "fr", "xx", Lang::nl), Lang::nl, LangSource::file));
    CHECK(is(decide({{"ROUTEKAART_LANG", ""}}, "", "NL"), Lang::nl, LangSource::project));
  }
}
