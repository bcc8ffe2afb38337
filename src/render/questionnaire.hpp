#pragma once
// The questionnaire of `routekaart questionnaire`: the 28 rating questions (importance and
// attention of each signpost) with a name and a role question, ready to paste into Microsoft
// Forms or Google Forms, or as the heading row of a spreadsheet (CSV). `routekaart import` reads
// the answers back by these headings (model/form.hpp).
#include <array>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "common/lang.hpp"

namespace routekaart::render {

enum class QuestionnaireFormat { text, csv };

struct QuestionnaireFormatInfo {
  QuestionnaireFormat format;
  std::string_view name;  // as --format takes it
};

inline constexpr std::array<QuestionnaireFormatInfo, 2> kQuestionnaireFormats{{
    {QuestionnaireFormat::text, "text"},
    {QuestionnaireFormat::csv, "csv"},
}};
static_assert(kQuestionnaireFormats.size() ==
              static_cast<std::size_t>(QuestionnaireFormat::csv) + 1);

/// The titles of the 30 questions in order: name, role, then per signpost importance and
/// attention ("3. Beschikbaarheid en contact — belang").
std::vector<std::string> questionnaire_titles(const catalogue::Catalogue& catalogue, Lang lang);

/// The first sentence of a signpost's summary: its one-line explanation.
std::string first_sentence(std::string_view text);

/// How to build the form, its title and description, then each question with its kind and, for
/// the scores, the signpost's title and first sentence as the explanation.
void render_questionnaire_text(const catalogue::Catalogue& catalogue, Lang lang, std::ostream& out);

/// One CSV row with the 30 titles, after a byte-order mark (so that Excel reads the accents),
/// separated by ';' in Dutch (as Dutch Excel expects) and ',' in English, ending in CRLF.
void render_questionnaire_csv(const catalogue::Catalogue& catalogue, Lang lang, std::ostream& out);

}  // namespace routekaart::render
