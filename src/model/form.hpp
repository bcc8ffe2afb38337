#pragma once
// The answers of an online form (Microsoft Forms, Google Forms) exported as CSV, one row per
// respondent, turned into ratings (`routekaart import`). The questionnaire that `routekaart
// questionnaire` prints has the headings this reads; other forms work too when their headings
// say which signpost and which score a column holds.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "io/source.hpp"
#include "model/intervention.hpp"

namespace routekaart::model {

/// How a column of a form export is used, judged from its heading.
struct FormColumn {
  enum Kind { ignored, rater, role, importance, attention } kind = ignored;
  int signpost = 0;  // importance and attention: 1..14
  bool operator==(const FormColumn&) const = default;
};

/// The use of a column with heading `heading`, from its words (case, accents and punctuation
/// ignored): a signpost number 1..14 (the first number that is not part of "1-5") together with
/// importance/belang or attention/aandacht make a score column; name/naam, code,
/// rater/beoordelaar the rater's name; role/rol/functie the role; anything else (time stamps,
/// e-mail, ...) is ignored.
FormColumn classify_heading(std::string_view heading);

/// "A" for column 1, "Z" for 26, "AA" for 27: the column as a spreadsheet names it.
std::string column_letters(int column);

struct FormRow {
  int row = 0;                   // as a spreadsheet numbers it: the headings are row 1
  std::optional<Rating> rating;  // absent when the row has a problem
  Diagnostics problems;          // RK023, at the field
};

struct FormAnswers {
  std::vector<FormRow> rows;  // every row with any answer, in order
  Diagnostics problems;       // problems of the whole file (RK023): nothing can be read
};

/// Reads the answers in `source` (CSV): each row becomes a rating dated `date`, in round `round`
/// (may be empty), with the file and mark of its name field. A row with an answer that is not a
/// whole number from 1 to 5, no name, or no score at all gets its problems and no rating. Rows
/// that hold nothing are left out.
FormAnswers read_form_answers(const io::Source& source, std::string_view date,
                              std::string_view round);

}  // namespace routekaart::model
