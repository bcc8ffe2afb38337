#include <doctest/doctest.h>

#include "render/style.hpp"

using routekaart::render::pad;
using routekaart::render::Style;

using namespace routekaart;

TEST_CASE("Style: no escape codes without colour") {
  const Style plain(false);
  CHECK(plain.bold("Bevindingen") == "Bevindingen");
  CHECK(plain.status("partial", Status::partial) == "partial");
  CHECK(plain.severity(Severity::warning) == "warning");
}

TEST_CASE("Style: ANSI colours per status and severity") {
  const Style color(true);
  CHECK(color.bold("Findings") == "\033[1mFindings\033[0m");
  CHECK(color.status("addressed", Status::addressed) == "\033[32maddressed\033[0m");
  CHECK(color.status("partial", Status::partial) == "\033[33mpartial\033[0m");
  CHECK(color.status("n/a", Status::not_applicable) == "\033[2mn/a\033[0m");
  for (Status open : {Status::planned, Status::not_addressed, Status::not_described})
    CHECK(color.status("x", open) == "\033[31mx\033[0m");
  CHECK(color.severity(Severity::error) == "\033[1;31merror\033[0m");
  CHECK(color.severity(Severity::warning) == "\033[1;33mwarning\033[0m");
  CHECK(color.severity(Severity::info) == "\033[1;36minfo\033[0m");
}

TEST_CASE("pad: display columns, not bytes; never cut") {
  CHECK(pad("ab", 4) == "ab  ");
  CHECK(pad("één", 5) == "één  ");  // 3 columns, 5 bytes
  CHECK(pad("Wegwijzer", 4) == "Wegwijzer");
  CHECK(pad("", 3) == "   ");
}
