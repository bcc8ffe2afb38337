// render/questionnaire: the rating questions for an online form, and the CSV heading row.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "helpers.hpp"
#include "io/csv.hpp"
#include "model/form.hpp"
#include "render/questionnaire.hpp"

using routekaart::render::first_sentence;
using routekaart::render::questionnaire_titles;
using routekaart::render::render_questionnaire_csv;
using routekaart::render::render_questionnaire_text;
using routekaart::testing::embedded_catalogue;

using namespace routekaart;

TEST_CASE("questionnaire_titles: name, role, then importance and attention of each signpost") {
  for (Lang lang : {Lang::nl, Lang::en}) {
    const auto titles = questionnaire_titles(embedded_catalogue(), lang);
    REQUIRE(titles.size() == 30);
    // import reads each title back as the question it is
    CHECK(model::classify_heading(titles[0]).kind == model::FormColumn::rater);
    CHECK(model::classify_heading(titles[1]).kind == model::FormColumn::role);
    for (int n = 1; n <= 14; ++n) {
      const std::size_t i = static_cast<std::size_t>(2 * n);
      CHECK(model::classify_heading(titles[i]) ==
            model::FormColumn{model::FormColumn::importance, n});
      CHECK(model::classify_heading(titles[i + 1]) ==
            model::FormColumn{model::FormColumn::attention, n});
    }
  }
  const auto nl = questionnaire_titles(embedded_catalogue(), Lang::nl);
  CHECK(nl[0] == "Naam of code");
  CHECK(nl[2] == "1. " + embedded_catalogue().find(1)->short_title.in(Lang::nl) + " — belang");
  CHECK(nl[3] == "1. " + embedded_catalogue().find(1)->short_title.in(Lang::nl) + " — aandacht nu");
}

TEST_CASE("first_sentence: up to the first full stop followed by a space") {
  CHECK(first_sentence("One. Two. Three.") == "One.");
  CHECK(first_sentence("No stop at all") == "No stop at all");
  CHECK(first_sentence("Over\ntwo lines. And more") == "Over two lines.");
  CHECK(first_sentence("") == "");
}

TEST_CASE("render_questionnaire_text: steps, then 30 questions with kinds and explanations") {
  std::ostringstream out;
  render_questionnaire_text(embedded_catalogue(), Lang::en, out);
  const std::string text = out.str();
  CHECK(text.find("Title: Rating the signposts of the roadmap\n") != std::string::npos);
  CHECK(text.find("\nQuestion 1 (short text, required)\nYour name or code\n") != std::string::npos);
  CHECK(text.find("\nQuestion 2 (short text)\n") != std::string::npos);
  const catalogue::Signpost& sp = *embedded_catalogue().find(14);
  const std::string last = "\nQuestion 30 (scale 1-5)\n14. " + sp.short_title.in(Lang::en) +
                           " — attention now\nExplanation: " + sp.title.in(Lang::en) + ". " +
                           first_sentence(sp.summary.in(Lang::en)) + "\n";
  CHECK(text.size() >= last.size());
  CHECK(text.substr(text.size() - last.size()) == last);
  std::size_t questions = 0;
  for (std::size_t at = text.find("\nQuestion "); at != std::string::npos;
       at = text.find("\nQuestion ", at + 1))
    ++questions;
  CHECK(questions == 30);
}

TEST_CASE("render_questionnaire_csv: one heading row that parse_csv reads back") {
  for (Lang lang : {Lang::nl, Lang::en}) {
    std::ostringstream out;
    render_questionnaire_csv(embedded_catalogue(), lang, out);
    const std::string text = out.str();
    CHECK(text.substr(0, 3) == "\xEF\xBB\xBF");
    CHECK(text.substr(text.size() - 2) == "\r\n");
    const io::CsvTable table = io::parse_csv(text);
    CHECK(table.separator == (lang == Lang::nl ? ';' : ','));
    REQUIRE(table.records.size() == 1);
    std::vector<std::string> fields;
    for (const auto& f : table.records[0].fields) fields.push_back(f.text);
    CHECK(fields == questionnaire_titles(embedded_catalogue(), lang));
  }
}
