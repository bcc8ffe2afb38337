// src/catalogue/catalogue.cpp: the 14 signposts, loaded from YAML and checked.
#include <doctest/doctest.h>

#include "helpers.hpp"

#include <algorithm>
#include <set>

#include "catalogue/catalogue.hpp"
#include "catalogue/embedded.hpp"

using routekaart::catalogue::Catalogue;
using routekaart::catalogue::CatalogueLoad;
using routekaart::catalogue::load_catalogue;
using routekaart::catalogue::load_catalogue_directory;
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
  auto has = [&](int from, int to, const char* kind, const char* evidence = "stated") {
    for (const auto& r : c.find(from)->related)
      if (r.number == to && r.kind == kind && r.evidence == evidence) return true;
    return false;
  };
  CHECK(has(10, 6, "builds-on"));
  CHECK(has(6, 10, "basis-for"));
  CHECK(has(3, 4, "supports"));
  CHECK(has(4, 3, "supported-by"));
  for (int n : {3, 4, 5}) {
    CHECK(has(6, n, "supports", "inferred"));
    CHECK(has(n, 6, "supported-by", "inferred"));
  }
  for (int n : {2, 3, 5, 9, 10}) {
    CHECK(has(13, n, "supports"));
    CHECK(has(n, 13, "supported-by"));
  }
  // The article's text for signpost 14 names no other signpost.
  CHECK(c.find(14)->related.empty());
}

TEST_CASE("catalogue: every link is mirrored with the inverse kind and the same evidence") {
  const Catalogue c = *load_embedded_catalogue().catalogue;
  int links = 0;
  for (const auto& s : c.signposts)
    for (const auto& r : s.related) {
      ++links;
      CAPTURE(s.number);
      CAPTURE(r.number);
      bool back = false;
      for (const auto& o : c.find(r.number)->related)
        back = back ||
               (o.number == s.number && o.kind == routekaart::catalogue::inverse_kind(r.kind) &&
                o.evidence == r.evidence);
      CHECK(back);
    }
  CHECK(links == 20);
}

TEST_CASE("catalogue: elements that hold in one setting carry their condition") {
  const Catalogue c = *load_embedded_catalogue().catalogue;
  auto condition = [&](int n, const std::string& id) {
    for (const auto& e : c.find(n)->elements)
      if (e.id == id) return e.condition;
    return routekaart::catalogue::Condition::always;
  };
  CHECK(condition(5, "5b") == routekaart::catalogue::Condition::alternative_programme);
  CHECK(condition(5, "5d") == routekaart::catalogue::Condition::clinical_setting);
  CHECK(condition(8, "8g") == routekaart::catalogue::Condition::alternative_programme);
  CHECK(condition(5, "5a") == routekaart::catalogue::Condition::always);
  CHECK(routekaart::catalogue::parse_condition("clinical-setting") ==
        routekaart::catalogue::Condition::clinical_setting);
  CHECK_FALSE(routekaart::catalogue::parse_condition("clinical").has_value());
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

TEST_CASE("Catalogue::find: numbers 1..14 only") {
  const Catalogue& c = routekaart::testing::embedded_catalogue();
  REQUIRE(c.find(1));
  CHECK(c.find(1)->number == 1);
  CHECK(c.find(14)->number == 14);
  CHECK(c.find(0) == nullptr);
  CHECK(c.find(15) == nullptr);
  CHECK(c.find(-1) == nullptr);
  CHECK(Catalogue{}.find(1) == nullptr);
}

TEST_CASE("Catalogue::lookup: a number, a number with one leading zero, or a slug") {
  const Catalogue& c = routekaart::testing::embedded_catalogue();
  SUBCASE("numbers") {
    CHECK(c.lookup("1") == c.find(1));
    CHECK(c.lookup("14") == c.find(14));
    CHECK(c.lookup("01") == c.find(1));
    CHECK(c.lookup("09") == c.find(9));
  }
  SUBCASE("slugs, exactly as written") {
    CHECK(c.lookup("ritme-en-structuur") == c.find(7));
    CHECK(c.lookup("integrale-aanpak") == c.find(1));
    CHECK(c.lookup("Werkwijze") == nullptr);
    CHECK(c.lookup("werkwijz") == nullptr);
  }
  SUBCASE("nothing else") {
    CHECK(c.lookup("") == nullptr);
    CHECK(c.lookup("0") == nullptr);
    CHECK(c.lookup("00") == nullptr);
    CHECK(c.lookup("007") == nullptr);
    CHECK(c.lookup("012") == nullptr);
    CHECK(c.lookup("010") == nullptr);
    CHECK(c.lookup("-1") == nullptr);
    CHECK(c.lookup("+7") == nullptr);
    CHECK(c.lookup(" 7") == nullptr);
    CHECK(c.lookup("7 ") == nullptr);
  }
}

TEST_CASE("Catalogue::element_ids: in order, none for an unknown signpost") {
  const Catalogue& c = routekaart::testing::embedded_catalogue();
  CHECK(c.element_ids(3) == std::vector<std::string>{"3a", "3b", "3c", "3d", "3e", "3f", "3g"});
  CHECK(c.element_ids(0).empty());
  CHECK(c.element_ids(15).empty());
}

TEST_CASE("Signpost::for_audience: exact audience names") {
  const Catalogue& c = routekaart::testing::embedded_catalogue();
  CHECK(c.find(11)->for_audience("managers"));
  CHECK(c.find(11)->for_audience("practitioners"));
  CHECK_FALSE(c.find(11)->for_audience("Managers"));
  CHECK_FALSE(c.find(11)->for_audience(""));
}

// ---- broken catalogues -------------------------------------------------------------------------

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

// The embedded signpost files, to break one at a time.
Files embedded() {
  Files files;
  for (const auto& f : catalogue::embedded_files())
    if (f.name.rfind("signposts/", 0) == 0) files.emplace_back(f.name, f.data);
  return files;
}

// Replaces the first `from` in `text` by `to`; the text must contain it.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

// "RK020 file:line:col message | hint" for each diagnostic.
std::vector<std::string> problems(const CatalogueLoad& load, Lang lang = Lang::en) {
  std::vector<std::string> out;
  for (const auto& d : load.diagnostics)
    out.push_back(std::string(rule_name(d.rule)) + " " + d.location.file + ":" +
                  std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + " " +
                  tr(lang, d.message) + " | " + hint_text(d, lang));
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("load_catalogue: the embedded files load into the embedded catalogue") {
  CatalogueLoad load = load_catalogue(embedded());
  CHECK(load.diagnostics.empty());
  REQUIRE(load.catalogue);
  CHECK(*load.catalogue == routekaart::testing::embedded_catalogue());
  CHECK(load.catalogue->find(1)->file == "signposts/01-integrale-aanpak.yaml");
}

TEST_CASE("load_catalogue: the order of the files does not matter") {
  Files files = embedded();
  std::reverse(files.begin(), files.end());
  CatalogueLoad load = load_catalogue(files);
  REQUIRE(load.catalogue);
  CHECK(*load.catalogue == routekaart::testing::embedded_catalogue());
}

TEST_CASE("load_catalogue: broken catalogues (RK020), and no catalogue from them") {
  Files files = embedded();
  REQUIRE(files.size() == 14);
  SUBCASE("a file name that does not match number and slug") {
    files[0].first = "signposts/01-other.yaml";
    CatalogueLoad load = load_catalogue(files);
    CHECK_FALSE(load.catalogue);
    CHECK(problems(load) ==
          Lines{"RK020 signposts/01-other.yaml:2:1 file name 01-other.yaml does not match its "
                "number and slug (expected 01-integrale-aanpak.yaml) | fix the catalogue file "
                "(see signposts/README.md)"});
    CHECK(problems(load, Lang::nl) ==
          Lines{"RK020 signposts/01-other.yaml:2:1 bestandsnaam 01-other.yaml past niet bij "
                "nummer en slug (verwacht: 01-integrale-aanpak.yaml) | herstel het "
                "catalogusbestand (zie signposts/README.md)"});
  }
  SUBCASE("an element id out of order, at the element") {
    files[0].second = replaced(files[0].second, "id: 1b", "id: 1x");
    CHECK(problems(load_catalogue(files)) ==
          Lines{"RK020 signposts/01-integrale-aanpak.yaml:23:5 element id '1x' should be '1b' "
                "(number, then a, b, c... in order) | fix the catalogue file (see "
                "signposts/README.md)"});
  }
  SUBCASE("a signpost related to itself") {
    files[9].second = replaced(files[9].second, "  - number: 6\n", "  - number: 10\n");
    const Lines got = problems(load_catalogue(files));
    // The link to itself, and the link 6 -> 10 that now has no way back.
    REQUIRE(got.size() == 3);
    CHECK(std::count(got.begin(), got.end(),
                     "RK020 signposts/10-beweging.yaml:57:5 a signpost cannot be related to "
                     "itself | fix the catalogue file (see signposts/README.md)") == 1);
  }
  SUBCASE("a number twice, one missing: the first such number is reported") {
    files[4] = files[3];  // 04-bereidwilligheid-en-betrokkenheid.yaml twice, no 5
    // The catalogue as a whole is located at its first file.
    CHECK(problems(load_catalogue(files)) ==
          Lines{"RK020 signposts/01-integrale-aanpak.yaml:0:0 signpost 4 must appear exactly "
                "once, not 2 times | fix the catalogue file (see signposts/README.md)"});
  }
  SUBCASE("a missing file") {
    files.erase(files.begin() + 6);
    CHECK(problems(load_catalogue(files), Lang::nl) ==
          Lines{"RK020 signposts/01-integrale-aanpak.yaml:0:0 wegwijzer 7 moet precies één keer "
                "voorkomen, niet 0 keer | herstel het catalogusbestand (zie signposts/README.md)"});
  }
  SUBCASE("no files at all") {
    CHECK(problems(load_catalogue({})) ==
          Lines{"RK020 signposts:0:0 signpost 1 must appear exactly once, not 0 times | fix the "
                "catalogue file (see signposts/README.md)"});
  }
  SUBCASE("invalid UTF-8 (RK009), and the rest is still checked") {
    files[2].second += "\xff";
    files[3].first = "signposts/04-x.yaml";
    const Lines got = problems(load_catalogue(files));
    REQUIRE(got.size() == 2);
    CHECK(got[0].substr(0, 47) == "RK009 signposts/03-beschikbaarheid-en-contact.y");
    CHECK(got[1].substr(0, 40) == "RK020 signposts/04-x.yaml:2:1 file name ");
  }
  SUBCASE("a YAML error (RK001)") {
    files[1].second = "number: [2\n";
    const CatalogueLoad load = load_catalogue(files);
    CHECK_FALSE(load.catalogue);
    REQUIRE(load.diagnostics.size() == 1);
    CHECK(load.diagnostics[0].rule == RuleId::RK001);
    CHECK(load.diagnostics[0].location.file == "signposts/02-integratief-beeld.yaml");
  }
  SUBCASE("a format error: an audience that does not exist") {
    files[0].second = replaced(files[0].second, "audience: [practitioners]",
                               "audience: [practitioners, parents]");
    CHECK(problems(load_catalogue(files)) ==
          Lines{"RK006 signposts/01-integrale-aanpak.yaml:11:27 'parents' is not allowed for "
                "audience[2] | use one of: practitioners, managers"});
  }
  SUBCASE("too few elements") {
    // Signpost 14 with only its first two elements.
    std::string& text = files[13].second;
    const auto third = text.find("  - id: 14c");
    const auto questions = text.find("questions:");
    REQUIRE(third != std::string::npos);
    REQUIRE(questions != std::string::npos);
    text.erase(third, questions - third);
    const Lines got = problems(load_catalogue(files));
    REQUIRE(got.size() == 1);
    CHECK(got[0] ==
          "RK020 signposts/14-middelen.yaml:2:1 a signpost has 3 to 8 elements, not 2 | fix the "
          "catalogue file (see signposts/README.md)");
  }
}

TEST_CASE("load_catalogue_directory: the same catalogue from a folder") {
  routekaart::testing::TempDir dir;
  for (const auto& [name, text] : embedded()) dir.write(name.substr(10), text);
  dir.write("README.md", "not a signpost");
  dir.write("notes.yaml", "not a signpost either: no number first");
  CatalogueLoad load = load_catalogue_directory(dir.path());
  CHECK(load.diagnostics.empty());
  REQUIRE(load.catalogue);
  REQUIRE(load.catalogue->signposts.size() == 14);
  for (std::size_t i = 0; i < 14; ++i) {
    Signpost s = load.catalogue->signposts[i];
    CHECK(s.file == dir.path() + "/" +
                        routekaart::testing::embedded_catalogue().signposts[i].file.substr(10));
    s.file = routekaart::testing::embedded_catalogue().signposts[i].file;
    CHECK(s == routekaart::testing::embedded_catalogue().signposts[i]);
  }
}

TEST_CASE("load_catalogue_directory: a folder that is not there") {
  routekaart::testing::TempDir dir;
  CatalogueLoad load = load_catalogue_directory(dir / "nope");
  CHECK_FALSE(load.catalogue);
  CHECK(problems(load) == Lines{"RK002 " + (dir / "nope") +
                                ":0:0 cannot read the file: it does not exist | check the path "
                                "and that you may read the file"});
}

TEST_CASE("load_catalogue_directory: a file that cannot be read ends the loading") {
  routekaart::testing::TempDir dir;
  for (const auto& [name, text] : embedded()) dir.write(name.substr(10), text);
  dir.write("05-veilige-omgeving.yaml", "number: 5\n\xff\n");
  CatalogueLoad load = load_catalogue_directory(dir.path());
  CHECK_FALSE(load.catalogue);
  REQUIRE(load.diagnostics.size() == 1);
  CHECK(load.diagnostics[0].rule == RuleId::RK009);
  CHECK(load.diagnostics[0].location.file == dir / "05-veilige-omgeving.yaml");
  CHECK(load.diagnostics[0].location.line == 2);
}
