#include <doctest/doctest.h>

#include "render/escape.hpp"
#include "render/report_words.hpp"

using routekaart::render::audience_message;
using routekaart::render::coverage_message;
using routekaart::render::element_counts_message;
using routekaart::render::element_coverage_message;
using routekaart::render::escape_markdown;
using routekaart::render::summary_message;

using namespace routekaart;

TEST_CASE("summary_message: every count with its singular or plural, in both languages") {
  check::Summary one;
  one.files = 1;
  one.invalid = 1;
  one.errors = 1;
  one.warnings = 1;
  one.infos = 1;
  CHECK(tr(Lang::en, summary_message(one)) ==
        "1 file: 0 valid, 1 with problems; 1 error, 1 warning, 1 info message");
  CHECK(tr(Lang::nl, summary_message(one)) ==
        "1 bestand: 0 geldig, 1 met problemen; 1 fout, 1 waarschuwing, 1 infomelding");
  check::Summary many;
  many.files = 5;
  many.valid = 2;
  many.invalid = 1;
  many.unreadable = 2;  // unreadable files have problems too
  many.errors = 3;
  many.warnings = 12;
  many.infos = 0;
  CHECK(tr(Lang::en, summary_message(many)) ==
        "5 files: 2 valid, 3 with problems; 3 errors, 12 warnings, 0 info messages");
  CHECK(tr(Lang::nl, summary_message(many)) ==
        "5 bestanden: 2 geldig, 3 met problemen; 3 fouten, 12 waarschuwingen, 0 infomeldingen");
  CHECK(tr(Lang::nl, summary_message(check::Summary{})) ==
        "0 bestanden: 0 geldig, 0 met problemen; 0 fouten, 0 waarschuwingen, 0 infomeldingen");
}

TEST_CASE("coverage_message: the percentage and the signposts per status") {
  check::Coverage c;
  c.percent = 77.5;
  c.addressed = 9;
  c.partial = 2;
  c.open = 2;
  c.not_applicable = 1;
  CHECK(tr(Lang::en, coverage_message(c)) ==
        "Coverage 78%: 9 addressed, 2 partial, 2 open, 1 not applicable");
  CHECK(tr(Lang::nl, coverage_message(c)) ==
        "Dekking 78%: 9 aangepakt, 2 deels aangepakt, 2 open, 1 niet van toepassing");
  // No signpost applies: no percentage. The dash is a value, so Markdown escapes it.
  CHECK(tr(Lang::en, coverage_message({})) ==
        "Coverage -: 0 addressed, 0 partial, 0 open, 0 not applicable");
  CHECK(tr(Lang::en, coverage_message({}), escape_markdown) ==
        "Coverage \\-: 0 addressed, 0 partial, 0 open, 0 not applicable");
}

TEST_CASE(
    "element_counts_message: the described elements with their mean, the rest not described") {
  check::SignpostResult r;
  r.elements.resize(7);
  r.elements_addressed = 4;
  r.elements_partial = 1;
  r.elements_open = 1;
  r.elements_not_described = 1;
  r.element_coverage = 0.75;
  CHECK(tr(Lang::en, element_counts_message(r)) == "6 described (75%), 1 not described");
  CHECK(tr(Lang::nl, element_counts_message(r)) == "6 beschreven (75%), 1 niet beschreven");
  // Nothing listed: no mean.
  check::SignpostResult none;
  none.elements_not_described = 6;
  CHECK(tr(Lang::en, element_counts_message(none)) == "0 described (-), 6 not described");
}

TEST_CASE("element_coverage_message: the file's element detail") {
  check::ElementCoverage e{0.5 * 100, 2, 10, 1};
  CHECK(tr(Lang::en, element_coverage_message(e)) ==
        "Elements: 50% across the 2 described; 10 not described, 1 not applicable");
  CHECK(tr(Lang::nl, element_coverage_message(e)) ==
        "Elementen: 50% over 2 beschreven; 10 niet beschreven, 1 niet van toepassing");
}

TEST_CASE("audience_message: each audience with its signposts; an unknown one as written") {
  CHECK(tr(Lang::en, audience_message("practitioners")) == "practitioners (1-12)");
  CHECK(tr(Lang::nl, audience_message("practitioners")) == "uitvoerende professionals (1-12)");
  CHECK(tr(Lang::en, audience_message("managers")) == "managers (11-14)");
  CHECK(tr(Lang::nl, audience_message("managers")) == "managers (11-14)");
  CHECK(tr(Lang::nl, audience_message("parents")) == "parents");
  // The words of a known audience are ours and stay as they are in Markdown; an unknown one is
  // a value and is escaped.
  CHECK(tr(Lang::en, audience_message("managers"), escape_markdown) == "managers (11-14)");
  CHECK(tr(Lang::en, audience_message("a_b"), escape_markdown) == "a\\_b");
}
