// The catalogue and rule table compiled at build time equal what the YAML loaders read.
#include <doctest/doctest.h>

#include "catalogue/catalogue.hpp"
#include "catalogue/precompiled.hpp"
#include "catalogue/rules.hpp"

using routekaart::catalogue::Catalogue;
using routekaart::catalogue::CatalogueLoad;
using routekaart::catalogue::cpp_string_literal;
using routekaart::catalogue::install_precompiled;
using routekaart::catalogue::installed_precompiled;
using routekaart::catalogue::load_embedded_catalogue;
using routekaart::catalogue::precompiled_data;
using routekaart::catalogue::rules;

using namespace routekaart;

TEST_CASE("precompiled: the compiled catalogue equals the parsed YAML, field by field") {
  REQUIRE(installed_precompiled().catalogue == nullptr);  // the tests parse the YAML
  const CatalogueLoad parsed = load_embedded_catalogue(Lang::en);
  REQUIRE(parsed.catalogue);
  const Catalogue& compiled = *precompiled_data().catalogue;
  REQUIRE(compiled.signposts.size() == parsed.catalogue->signposts.size());
  for (std::size_t i = 0; i < compiled.signposts.size(); ++i) {
    CAPTURE(compiled.signposts[i].file);
    CHECK(compiled.signposts[i] == parsed.catalogue->signposts[i]);
  }
  CHECK(compiled.signposts[11].elements.size() >= 3);
}

TEST_CASE("precompiled: the compiled rule table equals the parsed rules/rules.yaml") {
  REQUIRE(installed_precompiled().rules == nullptr);
  CHECK(*precompiled_data().rules == rules());
  CHECK(precompiled_data().rules->size() == rules().size());
}

TEST_CASE("precompiled: once installed, the loaders hand out the compiled data") {
  install_precompiled(precompiled_data());
  CHECK(&rules() == precompiled_data().rules);
  const CatalogueLoad load = load_embedded_catalogue(Lang::nl);
  REQUIRE(load.catalogue);
  CHECK(*load.catalogue == *precompiled_data().catalogue);
  install_precompiled({});
  CHECK(&rules() != precompiled_data().rules);
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
