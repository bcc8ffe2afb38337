#include <doctest/doctest.h>

#include "io/glob.hpp"

using routekaart::io::glob_match;

TEST_CASE("glob_match: * and ? match any character, '/' included, as fnmatch without flags") {
  CHECK(glob_match("*", ""));
  CHECK(glob_match("*.yaml", "docs/sub/a.yaml"));
  CHECK(glob_match("a?c", "a/c"));
  CHECK(glob_match("*a*b*", "xxaxxbxx"));
  CHECK_FALSE(glob_match("*a*b", "xxaxxbxx"));
  CHECK_FALSE(glob_match("?", ""));
  CHECK_FALSE(glob_match("a", "ab"));
  CHECK(glob_match(".*", ".routekaart.yaml"));
}

TEST_CASE("glob_match: bracket expressions, negated, with ranges and a leading ]") {
  CHECK(glob_match("r[0-9].yaml", "r7.yaml"));
  CHECK_FALSE(glob_match("r[0-9].yaml", "rx.yaml"));
  CHECK(glob_match("r[!0-9].yaml", "rx.yaml"));
  CHECK(glob_match("r[^0-9].yaml", "rx.yaml"));
  CHECK_FALSE(glob_match("r[!0-9].yaml", "r7.yaml"));
  CHECK(glob_match("[]x]", "]"));
  CHECK(glob_match("[a-]", "-"));
  CHECK(glob_match("[ab", "[ab"));  // not closed: an ordinary '['
  CHECK_FALSE(glob_match("[ab", "a"));
}

TEST_CASE("glob_match: a backslash makes the next character ordinary") {
  CHECK(glob_match("a\\*", "a*"));
  CHECK_FALSE(glob_match("a\\*", "ab"));
  CHECK(glob_match("[\\]]", "]"));
}

TEST_CASE("glob_match: **/ may stand for no folder") {
  CHECK(glob_match("**/x.yaml", "x.yaml"));
  CHECK(glob_match("docs/**/x.yaml", "docs/x.yaml"));
  CHECK(glob_match("docs/**/x.yaml", "docs/a/b/x.yaml"));
  CHECK_FALSE(glob_match("docs/**/x.yaml", "other/x.yaml"));
}
