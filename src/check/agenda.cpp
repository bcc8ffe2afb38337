#include "check/agenda.hpp"

#include <algorithm>
#include <cmath>

#include "common/roadmap.hpp"
#include "common/status.hpp"

namespace routekaart::check {
using model::Intervention;
using model::SignpostEntry;

namespace {

Reason reason_of(const SignpostEntry& entry, const SignpostRatings& ratings) {
  if (entry.essential && is_open(entry.status)) return Reason::open_essential;
  if (ratings.gap && *ratings.gap >= kAgendaGap - kRatingEpsilon) return Reason::gap;
  if (ratings.disagreement) return Reason::disagreement;
  return Reason::rest;
}

}  // namespace

Agenda plan_agenda(const Intervention& intervention, const std::vector<model::Rating>& ratings) {
  Agenda agenda;
  agenda.summary = summarise_ratings(ratings, false);
  agenda.items = agenda_order(intervention, agenda.summary);
  return agenda;
}

std::vector<AgendaItem> agenda_order(const Intervention& intervention,
                                     const RatingSummary& summary) {
  std::vector<AgendaItem> items;
  for (int n = 1; n <= kSignpostCount; ++n)
    items.push_back(AgendaItem{
        n, reason_of(intervention.signposts[static_cast<std::size_t>(n)], summary.at(n))});
  auto gap = [&](int n) { return summary.at(n).gap.value_or(-1e9); };
  std::stable_sort(items.begin(), items.end(), [&](const AgendaItem& a, const AgendaItem& b) {
    if (a.reason != b.reason) return a.reason < b.reason;
    if (a.reason == Reason::open_essential || a.reason == Reason::gap) {
      if (std::abs(gap(a.number) - gap(b.number)) > kRatingEpsilon)
        return gap(a.number) > gap(b.number);
    } else if (a.reason == Reason::disagreement) {
      const int ra = summary.at(a.number).widest_range(), rb = summary.at(b.number).widest_range();
      if (ra != rb) return ra > rb;
    }
    return a.number < b.number;
  });
  return items;
}

}  // namespace routekaart::check
