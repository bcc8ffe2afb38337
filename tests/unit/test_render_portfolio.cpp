#include <doctest/doctest.h>

#include <sstream>

#include "helpers.hpp"
#include "render/portfolio.hpp"

using routekaart::check::FileReport;
using routekaart::check::Report;
using routekaart::render::covering_files;
using routekaart::render::render_portfolio_markdown;
using routekaart::render::render_portfolio_text;
using routekaart::render::RenderOptions;
using routekaart::render::status_mark;

using namespace routekaart;

namespace render_portfolio_test {

FileReport file(std::string name, std::vector<Status> statuses, std::optional<double> percent) {
  FileReport f;
  f.path = name + ".yaml";
  f.name = std::move(name);
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    check::SignpostResult r;
    r.number = static_cast<int>(i) + 1;
    r.status = statuses[i];
    f.signposts.push_back(r);
  }
  f.coverage.percent = percent;
  return f;
}

// Two interventions against signposts 1 to 3.
Report two() {
  Report report;
  report.selected = {1, 2, 3};
  report.files = {
      file("Kompas", {Status::addressed, Status::partial, Status::not_applicable}, 62.5),
      file("Anker", {Status::partial, Status::planned, Status::not_described}, 16.7)};
  return report;
}

std::string text(const Report& report, Lang lang) {
  RenderOptions o;
  o.lang = lang;
  std::ostringstream out;
  render_portfolio_text(routekaart::render::portfolio_of(report), o, out);
  return out.str();
}

std::string markdown(const Report& report, Lang lang) {
  RenderOptions o;
  o.lang = lang;
  std::ostringstream out;
  render_portfolio_markdown(routekaart::render::portfolio_of(report), o, out);
  return out.str();
}

TEST_CASE("status_mark: one character per status") {
  CHECK(std::string(status_mark(Status::addressed)) == "+");
  CHECK(std::string(status_mark(Status::partial)) == "~");
  CHECK(std::string(status_mark(Status::planned)) == ".");
  CHECK(std::string(status_mark(Status::not_addressed)) == "-");
  CHECK(std::string(status_mark(Status::not_applicable)) == "/");
  CHECK(std::string(status_mark(Status::not_described)) == "?");
}

TEST_CASE("covering_files: the files that address a signpost, partly ones on request") {
  const Report report = two();
  CHECK(covering_files(report, 1, false) == 1);
  CHECK(covering_files(report, 1, true) == 2);
  CHECK(covering_files(report, 2, true) == 1);
  CHECK(covering_files(report, 3, true) == 0);
  CHECK(covering_files(report, 9, true) == 0);  // not selected: no file has a result
}

TEST_CASE("render_portfolio_text: a matrix of marks, in English and in Dutch") {
  CHECK(
      text(two(), Lang::en) ==
      "Portfolio: interventions x signposts\n"
      "              1  2  3  coverage\n"
      "Kompas        +  ~  /  63%\n"
      "Anker         ~  .  ?  17%\n"
      "addressed by  1  0  0\n"
      "+ addressed  ~ partial  . planned  - not addressed  ? not described  / not applicable\n\n");
  // The first column is as wide as the Dutch label of the last row.
  CHECK(text(two(), Lang::nl) ==
        "Portfolio: interventies x wegwijzers\n"
        "                1  2  3  dekking\n"
        "Kompas          +  ~  /  63%\n"
        "Anker           ~  .  ?  17%\n"
        "aangepakt door  1  0  0\n"
        "+ aangepakt  ~ deels aangepakt  . gepland  - niet aangepakt  ? niet beschreven  / niet "
        "van toepassing\n\n");
}

TEST_CASE("render_portfolio_text: long names are cut at 40 columns, never inside a character") {
  Report report = two();
  report.files[0].name = std::string(39, 'x') + "éé";
  const std::string out = text(report, Lang::en);
  CHECK(testing::count(out, "\n" + std::string(39, 'x') + "é  +  ~  /  63%\n") == 1);
  CHECK(testing::count(out, "\naddressed by" + std::string(28, ' ') + "  1  0  0\n") == 1);
}

TEST_CASE("render_portfolio_markdown: a table; names and the legend escaped") {
  Report report = two();
  report.files[1].name = "Anker | *2*";
  CHECK(markdown(report, Lang::en) ==
        "## Portfolio: interventions x signposts\n\n"
        "| Intervention | 1 | 2 | 3 | coverage |\n"
        "|---|:-:|:-:|:-:|--:|\n"
        "| Kompas | \\+ | \\~ | / | 63% |\n"
        "| Anker \\| \\*2\\* | \\~ | . | ? | 17% |\n"
        "| addressed by | 1 | 0 | 0 |   |\n\n"
        "\\+ addressed \\~ partial . planned \\- not addressed ? not described / not "
        "applicable\n\n");
  const std::string nl = markdown(report, Lang::nl);
  CHECK(
      nl.starts_with("## Portfolio: interventies x wegwijzers\n\n"
                     "| Interventie | 1 | 2 | 3 | dekking |\n"));
  CHECK(testing::count(nl, "\n| aangepakt door | 1 | 0 | 0 |   |\n") == 1);
}

TEST_CASE("Portfolio: of each file a one-line label, a mark per selected signpost, coverage") {
  Report report = two();
  report.selected = {2, 3, 5};  // 5 was not scored: no mark
  report.files[0].name = "Kom\npas";
  const render::Portfolio p = render::portfolio_of(report);
  REQUIRE(p.rows().size() == 2);
  CHECK(p.rows()[0].label == "Kom pas");
  CHECK(p.rows()[0].marks ==
        std::vector<std::optional<Status>>{Status::partial, Status::not_applicable, std::nullopt});
  CHECK(p.rows()[1].percent == 16.7);
  CHECK(p.covering(0, false) == 0);
  CHECK(p.covering(0, true) == 1);  // Kompas partly; Anker only planned
  CHECK(p.covering(2, true) == 0);
}

}  // namespace render_portfolio_test
