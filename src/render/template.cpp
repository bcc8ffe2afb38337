#include "render/template.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "common/status.hpp"
#include "common/strings.hpp"
#include "generated/texts/template.hpp"
#include "render/escape.hpp"
#include "schema/format.hpp"

namespace routekaart::render {
namespace {

// The choices the format allows for intervention.KEY, joined by " | ".
std::string intervention_choices(std::string_view key) {
  for (const auto& top : schema::intervention_spec().fields) {
    if (top.key != "intervention") continue;
    for (const auto& f : top.spec->fields) {
      if (f.key != key) continue;
      const schema::Spec& spec = f.spec->type == schema::Type::list ? *f.spec->item : *f.spec;
      return fmt::format("{}", fmt::join(spec.choices, " | "));
    }
  }
  return "";
}

// The status words a file may use, joined by " | ": in a Dutch template the Dutch ones.
std::string file_statuses(Lang l) {
  std::vector<std::string> words;
  for (const auto& s : kStatuses)
    if (s.in_files) words.push_back(status_file_word(l, s.status));
  return fmt::format("{}", fmt::join(words, " | "));
}

// A key and its value with a comment, the comments aligned.
std::string commented(std::string_view key_value, const std::string& comment) {
  return fmt::format("  {:<26}# {}\n", key_value, comment);
}

}  // namespace

void render_template(const catalogue::Catalogue& catalogue, Lang l, std::string_view name,
                     std::ostream& out) {
  const std::string title = name.empty() ? tr(l, texts::init_default_name{}) : std::string(name);
  out << "# " << tr(l, texts::init_title{}) << "\n# " << tr(l, texts::init_check{}) << "\n# "
      << tr(l, texts::init_statuses{.statuses = file_statuses(l)})
      << "\n\nroutekaart: " << schema::kFormatVersion << "\nlanguage: " << lang_code(l)
      << "\n\nintervention:\n  name: " << yaml_quote(one_line(title)) << '\n'
      << "  organisation: \"\"\n  contact: \"\"\n"
      << commented("setting: education", intervention_choices("setting"))
      << commented("tier: 3", tr(l, texts::init_tier{})) << "  target_group: \"\"\n"
      << commented("ages: [12, 18]", tr(l, texts::init_ages{}))
      << commented("school_types: [vo]", intervention_choices("school_types"))
      << "  summary: \"\"\n\nsignposts:\n";
  for (const auto& sp : catalogue.signposts) {
    out << fmt::format("  # {}. {}\n  #    {}\n", sp.number, one_line(sp.title.in(l)),
                       one_line(sp.hint.in(l)));
    out << fmt::format("  {}:\n    status: {}\n    priority: {}\n    practice: \"\"\n", sp.number,
                       status_file_word(l, Status::planned),
                       l == Lang::nl ? "essentieel" : "essential");
  }
  out << "\n# " << tr(l, texts::init_method{}) << "\nmethod:\n  end_result: \"\"\n  goals: []\n"
      << "  # - {id: G1, text: \"...\", indicator: \"...\"}\n  methods: []\n"
      << "  # - {id: M1, name: \"...\", goals: [G1], signposts: [3, 7], mode: standard}\n"
      << "  phases: []\n\n# " << tr(l, texts::init_team{}) << "\nteam: []\n"
      << "# - {role: \"...\", hours_per_week: 16, expertise: \"...\"}\n\n# "
      << tr(l, texts::init_resources{}) << "\nresources:\n  funding: []\n  facilities: []\n"
      << "  time: \"\"\n";
}

}  // namespace routekaart::render
