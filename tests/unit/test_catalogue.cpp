#include <doctest/doctest.h>

#include "helpers.hpp"

#include <set>

#include "catalogue/catalogue.hpp"

using routekaart::catalogue::Catalogue;
using routekaart::catalogue::CatalogueLoad;
using routekaart::catalogue::load_catalogue;
using routekaart::catalogue::load_embedded_catalogue;
using routekaart::catalogue::Signpost;

using namespace routekaart;

TEST_CASE("catalogue: the embedded catalogue is complete and consistent") {
  CatalogueLoad load = load_embedded_catalogue();
  REQUIRE(load.diagnostics.empty());
  REQUIRE(load.catalogue);
  const Catalogue& c = *load.catalogue;
  REQUIRE(c.signposts.size() == 14);
  std::set<std::string> ids, slugs;
  for (int n = 1; n <= 14; ++n) {
    const Signpost& s = c.signposts[static_cast<std::size_t>(n - 1)];
    CAPTURE(n);
    CHECK(s.number == n);
    CHECK(slugs.insert(s.slug).second);
    for (const Bilingual* t : {&s.title, &s.short_title, &s.summary, &s.hint}) {
      CHECK_FALSE(t->nl.empty());
      CHECK_FALSE(t->en.empty());
    }
    CHECK(s.elements.size() >= 3);
    CHECK(s.elements.size() <= 8);
    for (std::size_t i = 0; i < s.elements.size(); ++i) {
      CHECK(s.elements[i].id == std::to_string(n) + static_cast<char>('a' + i));
      CHECK(ids.insert(s.elements[i].id).second);
      CHECK_FALSE(s.elements[i].text.nl.empty());
      CHECK_FALSE(s.elements[i].text.en.empty());
    }
    CHECK(s.questions.size() >= 2);
    for (const auto& q : s.questions) CHECK((!q.nl.empty() && !q.en.empty()));
    for (const auto& r : s.related) {
      CHECK(r.number >= 1);
      CHECK(r.number <= 14);
      CHECK(r.number != n);
      CHECK_FALSE(r.why.nl.empty());
      CHECK_FALSE(r.why.en.empty());
    }
  }
}

TEST_CASE("catalogue: audiences follow the article") {
  const Catalogue c = *load_embedded_catalogue().catalogue;
  for (int n = 1; n <= 14; ++n) {
    CAPTURE(n);
    CHECK(c.find(n)->for_audience("practitioners") == (n <= 12));
    CHECK(c.find(n)->for_audience("managers") == (n >= 11));
  }
}

TEST_CASE("catalogue: the links the article makes are present") {
  const Catalogue c = *load_embedded_catalogue().catalogue;
  auto has = [&](int from, int to, const char* kind) {
    for (const auto& r : c.find(from)->related)
      if (r.number == to && r.kind == kind) return true;
    return false;
  };
  CHECK(has(10, 6, "builds-on"));
  CHECK(has(4, 3, "builds-on"));
  CHECK(has(3, 4, "supports"));
  for (int n : {2, 3, 5, 9, 10}) CHECK(has(13, n, "supports"));
}

TEST_CASE("catalogue: titles as in table 1, with Steek corrected") {
  const Catalogue c = *load_embedded_catalogue().catalogue;
  CHECK(c.find(6)->title.nl == "Steek niet hoog in bij de start");
  CHECK(c.find(13)->title.nl ==
        "Stel een toegewijd team samen van professionals met kennis en ervaring");
  CHECK(c.lookup("werkwijze") == c.find(12));
  CHECK(c.lookup("07") == c.find(7));
  CHECK(c.lookup("15") == nullptr);
}

TEST_CASE("catalogue: a broken file is reported with file, line and column") {
  std::vector<std::pair<std::string, std::string>> files = {
      {"signposts/01-x.yaml", "number: 1\nslug: x\ntitel: {nl: a, en: b}\n"}};
  CatalogueLoad load = load_catalogue(files);
  CHECK_FALSE(load.catalogue);
  REQUIRE_FALSE(load.diagnostics.empty());
  const Diagnostic& d = load.diagnostics.front();
  CHECK(d.rule == RuleId::RK003);
  CHECK(d.location.file == "signposts/01-x.yaml");
  CHECK(d.location.line == 3);
  CHECK(d.location.column == 1);
  CHECK(routekaart::testing::words(d.message) == "unknown key 'titel' in /");
  CHECK(routekaart::testing::hint_words(d) == "did you mean 'title'?");
}
