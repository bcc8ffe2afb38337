#include "render/questionnaire.hpp"

#include <fmt/format.h>

#include "common/strings.hpp"
#include "generated/texts/form.hpp"
#include "io/csv.hpp"

namespace routekaart::render {
using catalogue::Catalogue;
using catalogue::Signpost;

std::vector<std::string> questionnaire_titles(const Catalogue& catalogue, Lang lang) {
  std::vector<std::string> titles{tr(lang, texts::form_question_name{}),
                                  tr(lang, texts::form_question_role{})};
  for (const Signpost& sp : catalogue.signposts) {
    titles.push_back(
        tr(lang, texts::form_question_importance{.number = sp.number, .title = sp.short_title}));
    titles.push_back(
        tr(lang, texts::form_question_attention{.number = sp.number, .title = sp.short_title}));
  }
  return titles;
}

std::string first_sentence(std::string_view text) {
  const std::string flat = one_line(text);
  const std::size_t end = flat.find(". ");
  return end == std::string::npos ? flat : flat.substr(0, end + 1);
}

void render_questionnaire_text(const Catalogue& catalogue, Lang l, std::ostream& out) {
  out << tr(l, texts::form_intro{}) << "\n\n"
      << tr(l, texts::form_step_make{}) << '\n'
      << tr(l, texts::form_step_text{}) << '\n'
      << tr(l, texts::form_step_scale{}) << '\n'
      << tr(l, texts::form_step_keep{}) << '\n'
      << tr(l, texts::form_step_export{}) << "\n\n"
      << tr(l, texts::form_label_title{}) << ": " << tr(l, texts::form_title{}) << '\n'
      << tr(l, texts::form_label_description{}) << ": " << tr(l, texts::form_description{}) << '\n';
  const std::vector<std::string> titles = questionnaire_titles(catalogue, l);
  for (std::size_t i = 0; i < titles.size(); ++i) {
    const Message kind = i == 0   ? Message(texts::form_kind_required{})
                         : i == 1 ? Message(texts::form_kind_text{})
                                  : Message(texts::form_kind_scale{});
    out << '\n'
        << tr(l, texts::form_label_question{.number = i + 1}) << " (" << tr(l, kind) << ")\n"
        << titles[i] << '\n';
    if (i < 2) continue;
    const Signpost& sp = catalogue.signposts[(i - 2) / 2];
    out << tr(l, texts::form_label_explanation{}) << ": "
        << tr(l, texts::form_explanation{.summary = first_sentence(sp.summary.in(l)),
                                         .title = sp.title})
        << '\n';
  }
}

void render_questionnaire_csv(const Catalogue& catalogue, Lang lang, std::ostream& out) {
  const char separator = lang == Lang::nl ? ';' : ',';
  out << "\xEF\xBB\xBF";
  bool first = true;
  for (const auto& title : questionnaire_titles(catalogue, lang)) {
    if (!first) out << separator;
    first = false;
    out << io::csv_field(title, separator);
  }
  out << "\r\n";
}

}  // namespace routekaart::render
