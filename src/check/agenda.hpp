#pragma once
// The order of a reflection meeting's agenda (`routekaart agenda`): which signposts the team
// discusses first, and why.
#include <vector>

#include "check/ratings.hpp"
#include "model/intervention.hpp"

namespace routekaart::check {

/// A gap (importance - attention) of at least this many scale points puts a signpost in the
/// agenda's second group.
inline constexpr int kAgendaGap = 1;

/// Why a signpost has its place on the agenda; the groups in the order they are discussed.
enum class Reason {
  open_essential,  // essential, and its status is still open (planned, not-addressed, not
                   // described)
  gap,             // a gap of kAgendaGap or more
  disagreement,    // the raters disagree (a range of kDisagreementRange or more)
  rest,            // to review briefly
};

struct AgendaItem {
  int number = 0;  // the signpost, 1..14
  Reason reason = Reason::rest;
  bool operator==(const AgendaItem&) const = default;
};

/// The agenda of a reflection meeting: the team's ratings and the order of the signposts.
struct Agenda {
  RatingSummary summary;          // crosshair at the means
  std::vector<AgendaItem> items;  // all 14 signposts, in the order of agenda_order
};

/// The agenda for `intervention` with the team's `ratings` (its own and any from rating files).
Agenda plan_agenda(const model::Intervention& intervention,
                   const std::vector<model::Rating>& ratings);

/// All 14 signposts in the order of the agenda: open essential signposts (largest gap first,
/// those without a gap last), then gaps of kAgendaGap or more (largest first), then
/// disagreements (widest range first), then the rest; ties by number.
std::vector<AgendaItem> agenda_order(const model::Intervention& intervention,
                                     const RatingSummary& summary);

}  // namespace routekaart::check
