// check/agenda: the order in which a reflection meeting discusses the signposts.
#include <doctest/doctest.h>

#include <optional>
#include <vector>

#include "check/agenda.hpp"

using routekaart::check::agenda_order;
using routekaart::check::AgendaItem;
using routekaart::check::kAgendaGap;
using routekaart::check::plan_agenda;
using routekaart::check::RatingSummary;
using routekaart::check::Reason;
using routekaart::check::SignpostRatings;
using routekaart::check::Stats;
using routekaart::model::Intervention;
using routekaart::model::Rating;

using namespace routekaart;

namespace {

// An intervention whose 14 signposts are all addressed and essential.
Intervention all_addressed() {
  Intervention iv;
  for (int n = 1; n <= kSignpostCount; ++n) {
    iv.signposts[static_cast<std::size_t>(n)].number = n;
    iv.signposts[static_cast<std::size_t>(n)].status = Status::addressed;
  }
  return iv;
}

void set_status(Intervention& iv, int n, Status status, bool essential = true) {
  iv.signposts[static_cast<std::size_t>(n)].status = status;
  iv.signposts[static_cast<std::size_t>(n)].essential = essential;
}

// A summary of 14 unrated signposts, to be filled in by hand.
RatingSummary unrated() {
  RatingSummary sum;
  for (int n = 1; n <= kSignpostCount; ++n) {
    SignpostRatings s;
    s.number = n;
    sum.signposts.push_back(s);
  }
  return sum;
}

SignpostRatings& at(RatingSummary& sum, int n) {
  return sum.signposts[static_cast<std::size_t>(n - 1)];
}

void set_gap(RatingSummary& sum, int n, double gap) {
  at(sum, n).raters = 2;
  at(sum, n).gap = gap;
}

// Importance scores from `low` to `high`: a range of high - low.
void set_range(RatingSummary& sum, int n, int low, int high) {
  at(sum, n).raters = 2;
  at(sum, n).importance = Stats{2, (low + high) / 2.0, low, high, std::nullopt};
  at(sum, n).disagreement = high - low >= routekaart::check::kDisagreementRange;
}

std::vector<int> numbers(const std::vector<AgendaItem>& items) {
  std::vector<int> out;
  for (const auto& item : items) out.push_back(item.number);
  return out;
}

std::vector<Reason> reasons(const std::vector<AgendaItem>& items) {
  std::vector<Reason> out;
  for (const auto& item : items) out.push_back(item.reason);
  return out;
}

}  // namespace

TEST_CASE("agenda_order: open essentials, then gaps of a point or more, then disagreements") {
  Intervention iv = all_addressed();
  RatingSummary sum = unrated();
  // Open and essential: 9 (gap 3), 6 (gap -0.5), 12 (not described, unrated: last of the group).
  set_status(iv, 9, Status::planned);
  set_gap(sum, 9, 3.0);
  set_status(iv, 6, Status::not_addressed);
  set_gap(sum, 6, -0.5);
  set_status(iv, 12, Status::not_described);
  // Open but optional: not in the first group; its gap of 0.5 is too small, so the rest.
  set_status(iv, 4, Status::planned, false);
  set_gap(sum, 4, 0.5);
  // Gaps: 11 (2.0, and a disagreement, but the gap counts first), 3 and 5 tie at 1.5 (by
  // number), 1 exactly at the threshold of 1 point.
  set_gap(sum, 11, 2.0);
  set_range(sum, 11, 1, 5);
  set_gap(sum, 5, 1.5);
  set_gap(sum, 3, 1.5);
  set_gap(sum, 1, 1.0);
  // Disagreements, widest range first, ties by number: 8 (4), then 7 and 10 (3); 7's gap of 0.99
  // is below the threshold.
  set_range(sum, 10, 2, 5);
  set_range(sum, 7, 1, 4);
  set_gap(sum, 7, 0.99);
  set_range(sum, 8, 1, 5);
  // The rest by number: 2 (gap -1), 4, 13, 14 (a range of 2 is no disagreement).
  set_gap(sum, 2, -1.0);
  set_range(sum, 13, 2, 4);

  const std::vector<AgendaItem> items = agenda_order(iv, sum);
  CHECK(numbers(items) == std::vector<int>{9, 6, 12, 11, 3, 5, 1, 8, 7, 10, 2, 4, 13, 14});
  CHECK(reasons(items) ==
        std::vector<Reason>{Reason::open_essential, Reason::open_essential, Reason::open_essential,
                            Reason::gap, Reason::gap, Reason::gap, Reason::gap,
                            Reason::disagreement, Reason::disagreement, Reason::disagreement,
                            Reason::rest, Reason::rest, Reason::rest, Reason::rest});
}

TEST_CASE("agenda_order: the gap threshold is 1 point, up to rounding") {
  CHECK(kAgendaGap == 1);
  Intervention iv = all_addressed();
  RatingSummary sum = unrated();
  set_gap(sum, 2, 1.0 - 1e-12);  // a mean difference that is 1 up to rounding counts
  set_gap(sum, 5, 0.999);
  const std::vector<AgendaItem> items = agenda_order(iv, sum);
  CHECK(items.front() == AgendaItem{2, Reason::gap});
  CHECK(items[1] == AgendaItem{1, Reason::rest});
  CHECK(items[4] == AgendaItem{5, Reason::rest});  // after 1, 3 and 4
}

TEST_CASE("agenda_order: without ratings, the open essentials by number, then the rest") {
  Intervention iv;  // every signpost left out of the file: not described and essential
  for (int n = 1; n <= kSignpostCount; ++n) iv.signposts[static_cast<std::size_t>(n)].number = n;
  set_status(iv, 2, Status::addressed);
  set_status(iv, 3, Status::partial);
  set_status(iv, 8, Status::not_addressed, false);
  set_status(iv, 11, Status::not_applicable);
  const std::vector<AgendaItem> items = agenda_order(iv, unrated());
  CHECK(numbers(items) == std::vector<int>{1, 4, 5, 6, 7, 9, 10, 12, 13, 14, 2, 3, 8, 11});
  CHECK(items[9].reason == Reason::open_essential);
  CHECK(items[10].reason == Reason::rest);
}

TEST_CASE("plan_agenda: the team's ratings summarised at the means, and the order") {
  Intervention iv = all_addressed();
  set_status(iv, 14, Status::planned);
  Rating a, b;
  a.rater = "A";
  b.rater = "B";
  // 3: importance 5, 4 and attention 2, 3: gap 4.5 - 2.5 = 2; 6: importance 1 and 5: a range of 4
  a.scores = {{3, {5, 2}}, {6, {1, 3}}};
  b.scores = {{3, {4, 3}}, {6, {5, 3}}};
  const routekaart::check::Agenda agenda = plan_agenda(iv, {a, b});
  CHECK(agenda.summary.raters == 2);
  REQUIRE(agenda.summary.crosshair);
  CHECK_FALSE(agenda.summary.crosshair->midpoint);
  CHECK(*agenda.summary.at(3).gap == doctest::Approx(2.0));
  REQUIRE(agenda.items.size() == 14);
  CHECK(agenda.items[0] == AgendaItem{14, Reason::open_essential});
  CHECK(agenda.items[1] == AgendaItem{3, Reason::gap});
  CHECK(agenda.items[2] == AgendaItem{6, Reason::disagreement});
  CHECK(agenda.items[3] == AgendaItem{1, Reason::rest});
}
