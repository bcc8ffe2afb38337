// model/form: the answers of an online form, exported as CSV, as ratings.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "helpers.hpp"
#include "model/form.hpp"

using routekaart::model::classify_heading;
using routekaart::model::column_letters;
using routekaart::model::FormAnswers;
using routekaart::model::FormColumn;
using routekaart::model::read_form_answers;

using namespace routekaart;

namespace {

FormAnswers read(const std::string& text) {
  return read_form_answers(io::Source{"a.csv", text}, "2026-10-01", "");
}

}  // namespace

TEST_CASE("classify_heading: a signpost number and importance or attention make a score") {
  using K = FormColumn;
  CHECK(classify_heading("3. Beschikbaarheid en contact — belang") == K{K::importance, 3});
  CHECK(classify_heading("3. Availability and contact — attention now") == K{K::attention, 3});
  CHECK(classify_heading("Aandacht nu voor wegwijzer 14") == K{K::attention, 14});
  // the scale is no signpost number, in any order
  CHECK(classify_heading("Importance (1-5) of signpost 12") == K{K::importance, 12});
  CHECK(classify_heading("Belang (1 tot 5) van wegwijzer 4") == K{K::importance, 4});
  CHECK(classify_heading("BELANGRIJK: 7") == K{K::importance, 7});
  // no number, a number outside 1..14, or both scores: not a score
  CHECK(classify_heading("Belang") == K{});
  CHECK(classify_heading("15. Importance") == K{});
  CHECK(classify_heading("2. importance and attention") == K{});
}

TEST_CASE("classify_heading: the name, the role, and columns that are not used") {
  using K = FormColumn;
  CHECK(classify_heading("Naam of code") == K{K::rater, 0});
  CHECK(classify_heading("Your name or code") == K{K::rater, 0});
  CHECK(classify_heading("Beoordelaar") == K{K::rater, 0});
  CHECK(classify_heading("Je rol (bijvoorbeeld mentor, jeugdarts, zorgcoördinator)") ==
        K{K::role, 0});
  CHECK(classify_heading("Functie") == K{K::role, 0});
  CHECK(classify_heading("Tijdstempel") == K{});
  CHECK(classify_heading("E-mailadres") == K{});
  CHECK(classify_heading("Completion time") == K{});
  CHECK(classify_heading("") == K{});
}

TEST_CASE("column_letters: columns as a spreadsheet names them") {
  CHECK(column_letters(1) == "A");
  CHECK(column_letters(26) == "Z");
  CHECK(column_letters(27) == "AA");
  CHECK(column_letters(52) == "AZ");
  CHECK(column_letters(703) == "AAA");
}

TEST_CASE("read_form_answers: one rating per row, columns in any order with extra columns") {
  const FormAnswers a = read(
      "Tijdstempel,E-mailadres,2. Y — aandacht nu,Naam of code,Je rol,1. X — belang,"
      "1. X — aandacht nu,2. Y — belang\n"
      "2026/10/01 10:00,anna@school.nl,5,Anna,mentor,4,3,\n"
      "2026/10/01 11:00,,,Bram,,\"2\",,1\n");
  CHECK(a.problems.empty());
  REQUIRE(a.rows.size() == 2);
  CHECK(a.rows[0].row == 2);
  REQUIRE(a.rows[0].rating);
  const model::Rating& anna = *a.rows[0].rating;
  CHECK(anna.rater == "Anna");
  CHECK(anna.role == "mentor");
  CHECK(anna.date == "2026-10-01");
  CHECK(anna.round.empty());
  CHECK(anna.file == "a.csv");
  CHECK(anna.mark.line == 2);
  CHECK(anna.mark.column == 35);
  REQUIRE(anna.scores.size() == 2);
  CHECK(anna.scores.at(1).importance == 4);
  CHECK(anna.scores.at(1).attention == 3);
  CHECK_FALSE(anna.scores.at(2).importance);
  CHECK(anna.scores.at(2).attention == 5);
  REQUIRE(a.rows[1].rating);
  CHECK(a.rows[1].rating->rater == "Bram");
  CHECK(a.rows[1].rating->role.empty());
  CHECK(a.rows[1].rating->scores.at(1).importance == 2);
  CHECK(a.rows[1].rating->scores.at(2).importance == 1);
}

TEST_CASE(
    "read_form_answers: semicolons, a byte-order mark, scores as Excel and forms write them") {
  const FormAnswers a =
      read_form_answers(io::Source{"a.csv",
                                   "\xEF\xBB\xBFNaam;3. Z — belang;3. Z — aandacht\r\n"
                                   "Ayşe Yılmaz;4,0;5 - heel veel\r\n"},
                        "2026-10-02", "najaar");
  CHECK(a.problems.empty());
  REQUIRE(a.rows.size() == 1);
  REQUIRE(a.rows[0].rating);
  CHECK(a.rows[0].rating->rater == "Ayşe Yılmaz");
  CHECK(a.rows[0].rating->round == "najaar");
  CHECK(a.rows[0].rating->scores.at(3).importance == 4);
  CHECK(a.rows[0].rating->scores.at(3).attention == 5);
}

TEST_CASE("read_form_answers: a bad answer is reported with its row and column, no rating") {
  const FormAnswers a = read(
      "Naam,1. X — belang,1. X — aandacht\n"
      "Anna,6,3\n"
      "Bram,veel,2.5\n"
      ",4,4\n"
      "Carla,,\n"
      "Dirk,3,3\n");
  CHECK(a.problems.empty());
  REQUIRE(a.rows.size() == 5);
  auto messages = [&](std::size_t i) {
    std::vector<std::string> out;
    for (const auto& d : a.rows[i].problems) {
      CHECK(d.rule == RuleId::RK023);
      out.push_back(d.location.file + ":" + std::to_string(d.location.line) + ":" +
                    std::to_string(d.location.column) + ": " + testing::words(d.message));
    }
    return out;
  };
  CHECK_FALSE(a.rows[0].rating);
  CHECK(messages(0) ==
        std::vector<std::string>{"a.csv:2:6: row 2, column B ('1. X — belang'): 6 is not a score "
                                 "from 1 to 5"});
  CHECK(testing::hint_words(a.rows[0].problems[0]) ==
        "give a whole number from 1 to 5, or leave the answer empty, in the CSV file and import "
        "it again; nothing was written for this row");
  CHECK_FALSE(a.rows[1].rating);
  CHECK(messages(1) ==
        std::vector<std::string>{
            "a.csv:3:6: row 3, column B ('1. X — belang'): 'veel' is not a number",
            "a.csv:3:11: row 3, column C ('1. X — aandacht'): 2.5 is not a whole number"});
  CHECK_FALSE(a.rows[2].rating);
  CHECK(messages(2) == std::vector<std::string>{"a.csv:4:1: row 4 has no name or code (column A)"});
  CHECK(tr(Lang::nl, a.rows[2].problems[0].message) == "rij 4 heeft geen naam of code (kolom A)");
  CHECK_FALSE(a.rows[3].rating);
  CHECK(messages(3) == std::vector<std::string>{"a.csv:5:1: row 5 holds no score at all"});
  REQUIRE(a.rows[4].rating);
  CHECK(a.rows[4].rating->rater == "Dirk");
}

TEST_CASE("read_form_answers: the rightmost name column with a name; 'anonymous' is no name") {
  const FormAnswers a = read(
      "ID,Name,Your name or code,1. X — importance\n"
      "1,anonymous,Eva,4\n"
      "2,Frank,,5\n"
      "3,Anonymous,,5\n");
  REQUIRE(a.rows.size() == 3);
  REQUIRE(a.rows[0].rating);
  CHECK(a.rows[0].rating->rater == "Eva");
  REQUIRE(a.rows[1].rating);
  CHECK(a.rows[1].rating->rater == "Frank");
  CHECK_FALSE(a.rows[2].rating);
}

TEST_CASE("read_form_answers: problems of the whole file") {
  auto only = [](const FormAnswers& a) {
    REQUIRE(a.problems.size() == 1);
    CHECK(a.rows.empty());
    return std::to_string(a.problems[0].location.line) + ":" +
           std::to_string(a.problems[0].location.column) + " " +
           testing::words(a.problems[0].message);
  };
  CHECK(only(read("")) == "1:1 the file holds no answers");
  CHECK(only(read("Naam,1. X — belang\n")) == "1:1 the file holds no answers");
  CHECK(only(read("Naam,Opmerking\nAnna,goed\n")) ==
        "1:1 no column holds a score: a heading needs a signpost number (1-14) and the word "
        "importance/belang or attention/aandacht");
  CHECK(only(read("Tijd,1. X — belang\n1,4\n")) ==
        "1:1 no column holds the rater's name: a heading needs the word name/naam, code or "
        "rater/beoordelaar");
  CHECK(only(read("Naam,1. X — belang,1. X — aandacht,Belang 1\nAnna,4,4,4\n")) ==
        "1:36 columns B and D both hold the importance of signpost 1");
  CHECK(only(read("Naam,1. X — belang\nAnna,\"4\n")) ==
        "2:6 a field that starts with a quote is never closed");
}
