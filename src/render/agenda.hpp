#pragma once
// The agenda of a reflection meeting as Markdown (`routekaart agenda`): the roadmap as a
// conversation document (the roadmap's tips 2 and 3).
#include <ostream>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "check/agenda.hpp"
#include "common/lang.hpp"
#include "model/intervention.hpp"

namespace routekaart::render {

struct AgendaReport {
  std::string path;  // the intervention file
  model::Intervention intervention;
  std::vector<model::Rating> ratings;  // the file's own, then those of the rating files
  check::Agenda agenda;
};

/// The agenda as lint-clean Markdown: an overview table, then per signpost in the agenda's
/// order its status, the team's ratings, why it is on the agenda, the catalogue's questions and
/// room for notes and next steps; then the reflection per role and on the transitions between
/// schools. Values from files are escaped.
void render_agenda(const AgendaReport& report, const catalogue::Catalogue& catalogue, Lang lang,
                   std::ostream& out);

}  // namespace routekaart::render
