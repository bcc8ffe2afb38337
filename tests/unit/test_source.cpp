#include <doctest/doctest.h>

#include "io/source.hpp"

using routekaart::io::check_encoding;
using routekaart::io::normalise_text;
using routekaart::io::read_source;
using routekaart::io::ReadResult;

using namespace routekaart;

TEST_CASE("check_encoding: invalid UTF-8 is located by line and column") {
  auto d = check_encoding("f", "ab\ncd\xff");
  REQUIRE(d);
  CHECK(d->rule == RuleId::RK009);
  CHECK(d->location.line == 2);
  CHECK(d->location.column == 3);
  CHECK(tr(Lang::en, d->message) == "the text is not valid UTF-8");
}

TEST_CASE("check_encoding: overlong forms and surrogates are invalid") {
  CHECK(check_encoding("f", "\xC0\xAF"));
  CHECK(check_encoding("f", "\xED\xA0\x80"));
  CHECK_FALSE(check_encoding("f", "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));
}

TEST_CASE("check_encoding: a NUL byte, in Dutch words too") {
  auto d = check_encoding("f", std::string("a\0b", 3));
  REQUIRE(d);
  CHECK(d->location.column == 2);
  CHECK(tr(Lang::nl, d->message) == "het bestand bevat een NUL-teken");
}

TEST_CASE("normalise_text: removes a BOM and CRLF line ends") {
  CHECK(normalise_text("\xEF\xBB\xBF"
                       "a: 1\r\nb: 2\r\n") == "a: 1\nb: 2\n");
  CHECK(normalise_text("a\rb") == "a\rb");
}

TEST_CASE("read_source: refuses a device and a folder") {
  ReadResult zero = read_source("/dev/zero", Limits{});
  REQUIRE(zero.error);
  CHECK(zero.error->rule == RuleId::RK002);
  CHECK(tr(Lang::en, zero.error->message) ==
        "this is not a regular file (but a device, FIFO or socket)");
  ReadResult dir = read_source("/", Limits{});
  REQUIRE(dir.error);
  CHECK(tr(Lang::en, dir.error->message) == "this is a folder, not a file");
}
