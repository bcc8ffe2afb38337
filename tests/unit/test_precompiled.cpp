// The catalogue and rule table compiled at build time equal what the YAML loaders read.
#include <doctest/doctest.h>

#include "catalogue/catalogue.hpp"
#include "catalogue/precompiled.hpp"

using routekaart::catalogue::Catalogue;
using routekaart::catalogue::CatalogueLoad;
using routekaart::catalogue::cpp_string_literal;
using routekaart::catalogue::load_embedded_catalogue;
using routekaart::catalogue::precompiled_catalogue;

using namespace routekaart;

TEST_CASE("precompiled: the compiled catalogue equals the parsed YAML, field by field") {
  const CatalogueLoad parsed = load_embedded_catalogue();
  REQUIRE(parsed.catalogue);
  const Catalogue& compiled = precompiled_catalogue();
  REQUIRE(compiled.signposts.size() == parsed.catalogue->signposts.size());
  for (std::size_t i = 0; i < compiled.signposts.size(); ++i) {
    CAPTURE(compiled.signposts[i].file);
    CHECK(compiled.signposts[i] == parsed.catalogue->signposts[i]);
  }
  CHECK(compiled.signposts[11].elements.size() >= 3);
}

TEST_CASE("precompiled: string literals escape quotes, backslashes and every non-ASCII byte") {
  CHECK(cpp_string_literal("") == "\"\"");
  CHECK(cpp_string_literal("De \"Brug\"") == "\"De \\\"Brug\\\"\"");
  CHECK(cpp_string_literal("a\\b") == "\"a\\\\b\"");
  CHECK(cpp_string_literal("r1\nr2\t") == "\"r1\\012r2\\011\"");
  CHECK(cpp_string_literal("\xc3\xa9") == "\"\\303\\251\"");  // é
  CHECK(cpp_string_literal("?\?=") == "\"\\077\\077=\"");     // no trigraph
  CHECK(cpp_string_literal(std::string_view("\0"
                                            "1",
                                            2)) == "\"\\0001\"");
}
