#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "catalogue/rules.hpp"
#include "common/lang.hpp"
#include "common/messages.hpp"

using routekaart::catalogue::rules;

using namespace routekaart;

TEST_CASE("messages: every message exists in both languages with the same placeholders") {
  std::set<std::string_view> seen;
  for (auto id : message_ids()) {
    CAPTURE(id);
    CHECK(seen.insert(id).second);
    auto nl = message_template(Lang::nl, id);
    auto en = message_template(Lang::en, id);
    CHECK_FALSE(nl.empty());
    CHECK_FALSE(en.empty());
    CHECK(std::count(nl.begin(), nl.end(), '{') == std::count(en.begin(), en.end(), '{'));
  }
}

TEST_CASE("rules: the table is complete, sorted and bilingual") {
  const auto& table = rules();
  REQUIRE(table.size() >= 25);
  for (std::size_t i = 0; i < table.size(); ++i) CHECK(table[i].id == static_cast<RuleId>(i));
  CHECK(parse_rule_id("rk103") == RuleId::RK103);
  CHECK_FALSE(parse_rule_id("RK999").has_value());
  CHECK(routekaart::catalogue::rule(RuleId::RK104).severity == Severity::error);
  CHECK(routekaart::catalogue::rule(RuleId::RK301).severity == Severity::info);
  for (const auto& r : table) {
    CAPTURE(rule_name(r.id));
    CHECK_FALSE(r.title.nl.empty());
    CHECK_FALSE(r.description.en.empty());
    CHECK_FALSE(r.remedy.nl.empty());
  }
}

TEST_CASE("lang_from_environment: ROUTEKAART_LANG, then the locale") {
  static std::string rk, lc_all, lang;
  auto env = [](const char* name) -> const char* {
    std::string n = name;
    if (n == "ROUTEKAART_LANG") return rk.empty() ? nullptr : rk.c_str();
    if (n == "LC_ALL") return lc_all.empty() ? nullptr : lc_all.c_str();
    if (n == "LANG") return lang.empty() ? nullptr : lang.c_str();
    return nullptr;
  };
  rk = "", lc_all = "", lang = "nl_NL.UTF-8";
  CHECK(lang_from_environment(env) == Lang::nl);
  lc_all = "C.UTF-8";
  CHECK(lang_from_environment(env) == Lang::en);
  rk = "nl";
  CHECK(lang_from_environment(env) == Lang::nl);
  rk = "", lc_all = "", lang = "";
  CHECK(lang_from_environment(env) == Lang::en);
}
