#include "model/form.hpp"

#include <algorithm>
#include <array>

#include "common/strings.hpp"
#include "generated/texts/form.hpp"
#include "io/csv.hpp"
#include "model/rating.hpp"

namespace routekaart::model {
namespace {

constexpr std::array<std::string_view, 4> kImportanceWords{"importance", "important", "belang",
                                                           "belangrijk"};
constexpr std::array<std::string_view, 2> kAttentionWords{"attention", "aandacht"};
constexpr std::array<std::string_view, 5> kNameWords{"name", "naam", "rater", "beoordelaar",
                                                     "code"};
constexpr std::array<std::string_view, 4> kRoleWords{"role", "rol", "functie", "function"};
// What form tools write for a respondent who gave no name.
constexpr std::array<std::string_view, 2> kAnonymous{"anonymous", "anoniem"};

template <std::size_t N>
bool any_word(const std::vector<std::string>& words, const std::array<std::string_view, N>& set) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
    return std::find(set.begin(), set.end(), w) != set.end();
  });
}

bool all_digits(std::string_view word) {
  return !word.empty() &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The words of a heading: runs of ASCII letters and digits of its transliteration.
std::vector<std::string> words_of(std::string_view heading) {
  std::vector<std::string> words;
  std::string word;
  for (char c : transliterate(heading)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// The first number in `words` that is not the start of the scale "1-5" / "1 tot 5" / "1 to 5".
int signpost_number(const std::vector<std::string>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!all_digits(words[i]) || words[i].size() > 2) continue;
    const bool scale = words[i] == "1" && ((i + 1 < words.size() && words[i + 1] == "5") ||
                                           (i + 2 < words.size() && words[i + 2] == "5" &&
                                            (words[i + 1] == "tot" || words[i + 1] == "to")));
    if (scale) {
      i += words[i + 1] == "5" ? std::size_t{1} : std::size_t{2};  // past the 5
      continue;
    }
    return std::stoi(words[i]);
  }
  return 0;
}

enum class Answer { empty, score, not_number, not_whole, out_of_range };

// A score as a form tool writes it: "4", "4.0" or "4,0" (Excel), "5 - very important".
Answer parse_score(std::string_view text, int& value) {
  const std::string t = one_line(text);
  if (t.empty()) return Answer::empty;
  std::size_t digits = 0;
  while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
  if (digits == 0 || digits > 3) return Answer::not_number;
  value = std::stoi(t.substr(0, digits));
  const std::string_view rest = std::string_view(t).substr(digits);
  bool whole = rest.empty() || rest[0] == ' ';  // a label may follow: "5 - heel belangrijk"
  if (!whole && (rest[0] == '.' || rest[0] == ',')) {
    const std::string_view decimals = rest.substr(1);
    if (!all_digits(decimals)) return Answer::not_number;
    if (decimals.find_first_not_of('0') != std::string_view::npos) return Answer::not_whole;
    whole = true;
  }
  if (!whole) return Answer::not_number;
  return value >= 1 && value <= 5 ? Answer::score : Answer::out_of_range;
}

Diagnostic form_problem(const std::string& path, int line, int column, Message message,
                        Message hint) {
  return Diagnostic{RuleId::RK023,      Severity::error,   Location{path, line, column},
                    std::move(message), {std::move(hint)}, 0};
}

bool anonymous(std::string_view name) {
  std::string lower(name);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return std::find(kAnonymous.begin(), kAnonymous.end(), lower) != kAnonymous.end();
}

struct ScoreColumn {
  std::size_t index;
  int signpost;
  bool importance;
};

struct Columns {
  std::vector<std::size_t> raters;  // left to right
  std::optional<std::size_t> role;
  std::vector<ScoreColumn> scores;
};

// The columns of the heading row; problems for a score that two columns hold.
Columns read_headings(const io::CsvRecord& head, const std::string& path, Diagnostics& problems) {
  Columns columns;
  // Where each (signpost, score) was found first.
  std::array<std::array<std::optional<std::size_t>, 2>, kSignpostCount + 1> seen{};
  for (std::size_t i = 0; i < head.fields.size(); ++i) {
    const FormColumn column = classify_heading(head.fields[i].text);
    if (column.kind == FormColumn::rater) columns.raters.push_back(i);
    if (column.kind == FormColumn::role && !columns.role) columns.role = i;
    if (column.kind != FormColumn::importance && column.kind != FormColumn::attention) continue;
    const bool importance = column.kind == FormColumn::importance;
    auto& first = seen[static_cast<std::size_t>(column.signpost)][importance ? 0 : 1];
    if (!first) {
      first = i;
      columns.scores.push_back({i, column.signpost, importance});
      continue;
    }
    problems.push_back(form_problem(
        path, head.fields[i].line, head.fields[i].column,
        texts::import_twice{.first = column_letters(static_cast<int>(*first) + 1),
                            .score = importance ? Message(texts::import_score_importance{})
                                                : Message(texts::import_score_attention{}),
                            .second = column_letters(static_cast<int>(i) + 1),
                            .signpost = column.signpost},
        texts::import_twice_hint{}));
  }
  return columns;
}

FormRow read_row(const io::CsvRecord& record, int row_number, const io::CsvRecord& head,
                 const Columns& columns, const std::string& path, std::string_view date,
                 std::string_view round) {
  FormRow row;
  row.row = row_number;
  auto field = [&](std::size_t i) -> const io::CsvField* {
    return i < record.fields.size() ? &record.fields[i] : nullptr;
  };
  Rating rating;
  rating.date = std::string(date);
  rating.round = std::string(round);
  rating.file = path;
  // The name: the rightmost name column with a name (form tools put their own Name column before
  // the questions, and write "anonymous" in it when they do not ask).
  std::optional<std::size_t> name_column;
  for (auto it = columns.raters.rbegin(); it != columns.raters.rend() && !name_column; ++it) {
    const io::CsvField* f = field(*it);
    const std::string name = f ? one_line(f->text) : "";
    if (name.empty() || anonymous(name)) continue;
    rating.rater = name;
    name_column = *it;
  }
  const io::CsvField* name_field = field(name_column.value_or(columns.raters.back()));
  rating.mark =
      name_field ? yaml::Mark{name_field->line, name_field->column} : yaml::Mark{record.line, 1};
  if (!name_column)
    row.problems.push_back(form_problem(
        path, rating.mark.line, rating.mark.column,
        texts::import_no_name{.column = column_letters(static_cast<int>(columns.raters.back()) + 1),
                              .row = row.row},
        texts::import_no_name_hint{}));
  if (columns.role)
    if (const io::CsvField* f = field(*columns.role)) rating.role = one_line(f->text);
  for (const auto& column : columns.scores) {
    const io::CsvField* f = field(column.index);
    int value = 0;
    const Answer answer = f ? parse_score(f->text, value) : Answer::empty;
    if (answer == Answer::empty) continue;
    if (answer == Answer::score) {
      Score& score = rating.scores[column.signpost];
      (column.importance ? score.importance : score.attention) = value;
      continue;
    }
    const texts::import_answer_where where{
        .column = column_letters(static_cast<int>(column.index) + 1),
        .heading = one_line(head.fields[column.index].text),
        .row = row.row};
    Message message = texts::import_answer_number{.value = one_line(f->text), .where = where};
    if (answer == Answer::not_whole)
      message = texts::import_answer_whole{.value = one_line(f->text), .where = where};
    else if (answer == Answer::out_of_range)
      message = texts::import_answer_range{.value = value, .where = where};
    row.problems.push_back(
        form_problem(path, f->line, f->column, std::move(message), texts::import_answer_hint{}));
  }
  if (row.problems.empty() && rating.scores.empty())
    row.problems.push_back(form_problem(path, rating.mark.line, rating.mark.column,
                                        texts::import_nothing{.row = row.row},
                                        texts::import_nothing_hint{}));
  if (row.problems.empty()) row.rating = std::move(rating);
  return row;
}

}  // namespace

FormColumn classify_heading(std::string_view heading) {
  const std::vector<std::string> words = words_of(heading);
  const bool importance = any_word(words, kImportanceWords);
  const bool attention = any_word(words, kAttentionWords);
  const int number = signpost_number(words);
  if (importance != attention && number >= 1 && number <= kSignpostCount)
    return FormColumn{importance ? FormColumn::importance : FormColumn::attention, number};
  if (importance || attention) return {};
  const bool name = any_word(words, kNameWords), role = any_word(words, kRoleWords);
  if (name && !role) return FormColumn{FormColumn::rater, 0};
  if (role && !name) return FormColumn{FormColumn::role, 0};
  return {};
}

std::string column_letters(int column) {
  std::string out;
  for (; column > 0; column = (column - 1) / 26)
    out.insert(out.begin(), static_cast<char>('A' + (column - 1) % 26));
  return out;
}

FormAnswers read_form_answers(const io::Source& source, std::string_view date,
                              std::string_view round) {
  FormAnswers out;
  const std::string& path = source.path;
  const io::CsvTable table = io::parse_csv(source.text);
  if (table.unclosed_quote)
    out.problems.push_back(form_problem(path, table.unclosed_quote->first,
                                        table.unclosed_quote->second, texts::import_unclosed{},
                                        texts::import_unclosed_hint{}));
  if (table.records.size() < 2 && out.problems.empty())
    out.problems.push_back(
        form_problem(path, 1, 1, texts::import_empty{}, texts::import_empty_hint{}));
  if (!out.problems.empty()) return out;
  const io::CsvRecord& head = table.records.front();
  const Columns columns = read_headings(head, path, out.problems);
  if (columns.scores.empty())
    out.problems.push_back(form_problem(path, head.line, 1, texts::import_no_scores{},
                                        texts::import_no_scores_hint{}));
  if (columns.raters.empty())
    out.problems.push_back(
        form_problem(path, head.line, 1, texts::import_no_rater{}, texts::import_no_rater_hint{}));
  if (!out.problems.empty()) return out;
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    const io::CsvRecord& record = table.records[r];
    if (std::all_of(record.fields.begin(), record.fields.end(),
                    [](const io::CsvField& f) { return is_blank(f.text); }))
      continue;
    out.rows.push_back(read_row(record, static_cast<int>(r) + 1, head, columns, path, date, round));
  }
  return out;
}

}  // namespace routekaart::model
