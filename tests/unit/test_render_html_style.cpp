#include <doctest/doctest.h>

#include <string>

#include "helpers.hpp"
#include "render/html_style.hpp"

using routekaart::render::html_stylesheet;
using routekaart::render::status_class;
using routekaart::testing::count;

using namespace routekaart;

TEST_CASE("html_stylesheet: loads nothing, fits a phone, prints") {
  const std::string css(html_stylesheet());
  CHECK(count(css, "url(") == 0);
  CHECK(count(css, "@import") == 0);
  CHECK(count(css, "\"") == 0);  // no quotes of either kind: safe inside <style>
  CHECK(count(css, "'") == 0);
  CHECK(count(css, "</") == 0);
  CHECK(count(css, "@media (max-width: 40rem)") == 1);
  CHECK(count(css, "@media print") == 1);
  CHECK(count(css, ".scroll { overflow-x: auto;") == 1);
}

TEST_CASE("status_class: one class per status, each styled") {
  const std::string css(html_stylesheet());
  for (Status s : {Status::addressed, Status::partial, Status::planned, Status::not_addressed,
                   Status::not_applicable, Status::not_described}) {
    const std::string cls(status_class(s));
    CAPTURE(cls);
    REQUIRE(cls.starts_with("st st-"));
    CHECK(count(css, "." + cls.substr(3) + " { background:") == 1);
  }
  CHECK(status_class(Status::addressed) == "st st-addressed");
  CHECK(status_class(Status::not_described) == "st st-not-described");
}
