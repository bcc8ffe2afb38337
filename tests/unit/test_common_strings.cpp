// src/common/strings.cpp: small operations on UTF-8 text.
#include <doctest/doctest.h>

#include <string>

#include "common/strings.hpp"

using namespace routekaart;

namespace {
const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD
}

TEST_CASE("one_line: whitespace runs become one space, the ends are trimmed") {
  SUBCASE("spaces, tabs and line breaks") {
    CHECK(one_line("  a \n\t b\r\n c  ") == "a b c");
    CHECK(one_line("regel een\nregel twee") == "regel een regel twee");
  }
  SUBCASE("nothing to change") {
    CHECK(one_line("a") == "a");
    CHECK(one_line("a b") == "a b");
  }
  SUBCASE("empty and blank") {
    CHECK(one_line("") == "");
    CHECK(one_line(" \n\t\r ") == "");
  }
  SUBCASE("other characters are left alone") {
    CHECK(one_line("a\vb") == "a\vb");
    CHECK(one_line("a\xC2\xA0 b") == "a\xC2\xA0 b");  // a no-break space is no whitespace here
    CHECK(one_line("  één\n") == "één");
  }
}

TEST_CASE("is_blank: only spaces, tabs and line breaks") {
  CHECK(is_blank(""));
  CHECK(is_blank(" "));
  CHECK(is_blank(" \t\r\n"));
  CHECK_FALSE(is_blank("a"));
  CHECK_FALSE(is_blank("  .  "));
  CHECK_FALSE(is_blank("\v"));
  CHECK_FALSE(is_blank("\xC2\xA0"));
}

TEST_CASE("valid_utf8: every invalid sequence becomes U+FFFD") {
  SUBCASE("valid text is unchanged") {
    const std::string text = "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 geïnteresseerd";
    CHECK(valid_utf8(text) == text);
    CHECK(valid_utf8("") == "");
    CHECK(valid_utf8("\xF4\x8F\xBF\xBF") == "\xF4\x8F\xBF\xBF");  // U+10FFFF, the last one
  }
  SUBCASE("a stray byte") {
    CHECK(valid_utf8("a\xFF"
                     "b") == "a" + kReplacement + "b");
    CHECK(valid_utf8("\x80") == kReplacement);
  }
  SUBCASE("a sequence cut off at the end") {
    CHECK(valid_utf8("ab\xE2\x82") == "ab" + kReplacement + kReplacement);
    CHECK(valid_utf8("\xC3") == kReplacement);
  }
  SUBCASE("a lead byte followed by no continuation byte") {
    CHECK(valid_utf8("\xC3"
                     "a") == kReplacement + "a");
  }
  SUBCASE("overlong forms: one U+FFFD per byte") {
    CHECK(valid_utf8("\xC0\xAF") == kReplacement + kReplacement);
    CHECK(valid_utf8("\xE0\x80\x80") == kReplacement + kReplacement + kReplacement);
    CHECK(valid_utf8("\xF0\x80\x80\x80") ==
          kReplacement + kReplacement + kReplacement + kReplacement);
  }
  SUBCASE("surrogates and code points above U+10FFFF") {
    CHECK(valid_utf8("\xED\xA0\x80") == kReplacement + kReplacement + kReplacement);
    CHECK(valid_utf8("\xF4\x90\x80\x80") ==
          kReplacement + kReplacement + kReplacement + kReplacement);
    CHECK(valid_utf8("\xF5\x80") == kReplacement + kReplacement);
  }
  SUBCASE("control characters are valid UTF-8 and stay") {
    CHECK(valid_utf8(std::string("a\0b", 3)) == std::string("a\0b", 3));
  }
}

TEST_CASE("display_width: one column per code point") {
  CHECK(display_width("") == 0);
  CHECK(display_width("abc") == 3);
  CHECK(display_width("café") == 4);
  CHECK(display_width("€") == 1);
  CHECK(display_width("\xF0\x9F\x98\x80") == 1);
  CHECK(display_width("geïnteresseerd") == 14);
  CHECK(display_width("één wegwijzer") == 13);
}

TEST_CASE("did_you_mean: transpositions and small typos") {
  SUBCASE("the cases of the format") {
    CHECK(did_you_mean("stauts", {"status", "practice"}) == "status");
    CHECK(did_you_mean("practise", {"status", "practice"}) == "practice");
    CHECK(did_you_mean("xyz", {"status", "practice"}).empty());
    CHECK(did_you_mean("fail_on", {"fail-on", "min-coverage"}) == "fail-on");
    CHECK(did_you_mean("organization", {"organisation", "contact"}) == "organisation");
  }
  SUBCASE("case differences are typos too, however short the word") {
    CHECK(did_you_mean("Status", {"status"}) == "status");
    CHECK(did_you_mean("PO", {"po", "so", "vo"}) == "po");
    CHECK(did_you_mean("NL", {"nl", "en"}) == "nl");
    CHECK(did_you_mean("Stuats", {"status"}) == "status");
  }
  SUBCASE("an exact match is its own suggestion") {
    CHECK(did_you_mean("status", {"practice", "status"}) == "status");
  }
  SUBCASE("two edits are close enough, three are not") {
    CHECK(did_you_mean("statsu_", {"status"}) == "status");
    CHECK(did_you_mean("abcdefghij", {"abcdefgxyz"}).empty());
  }
  SUBCASE("short words need relatively fewer edits") {
    // One edit in three characters is enough; one in two is not.
    CHECK(did_you_mean("acb", {"abc"}) == "abc");
    CHECK(did_you_mean("ba", {"ab"}).empty());
    CHECK(did_you_mean("x", {"y"}).empty());
  }
  SUBCASE("the closest candidate wins; on a tie, the first") {
    CHECK(did_you_mean("planed", {"partial", "planned"}) == "planned");
    CHECK(did_you_mean("abcx", {"abcy", "abcz"}) == "abcy");
    CHECK(did_you_mean("abcx", {"abxy", "abcz"}) == "abcz");
  }
  SUBCASE("nothing to choose from") {
    CHECK(did_you_mean("status", {}).empty());
    CHECK(did_you_mean("", {"status"}).empty());
  }
  SUBCASE("rule ids") {
    CHECK(did_you_mean("RK10", {"RK101", "RK201"}) == "RK101");
    CHECK(did_you_mean("RK999", {"RK101", "RK201"}).empty());
  }
}
