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
  int top = 0;      // only the first `top` signposts get a section; 0: all
  int minutes = 0;  // the meeting's length, shared out as time boxes; 0: none
};

/// The minutes of each signpost's time box when a meeting of `minutes` discusses `items`
/// signposts: an equal share for each, and one more share for the closing reflection (at least
/// one minute each); 0 when `minutes` is 0.
int agenda_time_box(int minutes, int items);

/// The agenda as lint-clean Markdown: who attends (the raters with their roles), an overview
/// table, then per signpost in the agenda's order (the first `top`) its status, the team's
/// ratings, why it is on the agenda, its time box, the catalogue's questions and room for notes
/// and next steps, each with an owner and a deadline to fill in; then the reflection per role
/// and on the transitions between schools. Values from files are escaped.
void render_agenda(const AgendaReport& report, const catalogue::Catalogue& catalogue, Lang lang,
                   std::ostream& out);

}  // namespace routekaart::render
