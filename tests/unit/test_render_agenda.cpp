// render/agenda: the agenda of a reflection meeting as Markdown.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "check/agenda.hpp"
#include "helpers.hpp"
#include "render/agenda.hpp"

using routekaart::check::AgendaItem;
using routekaart::check::plan_agenda;
using routekaart::check::Reason;
using routekaart::model::Intervention;
using routekaart::model::Rating;
using routekaart::render::AgendaReport;
using routekaart::render::render_agenda;
using routekaart::testing::embedded_catalogue;

using namespace routekaart;

namespace {

// "Team *Test*": every signpost addressed and essential except 9 (planned, with a next step),
// 12 (left out: not described) and 13 (not-addressed, optional); 3 has a practice. With
// `rated`, one rater R_1 scores signpost 3: importance 5, attention 3.
AgendaReport report(bool rated) {
  Intervention iv;
  iv.info.name = "Team *Test*";
  for (int n = 1; n <= kSignpostCount; ++n) {
    iv.signposts[static_cast<std::size_t>(n)].number = n;
    iv.signposts[static_cast<std::size_t>(n)].status = Status::addressed;
  }
  iv.signposts[3].practice = "Calls *twice*\na week";
  iv.signposts[9].status = Status::planned;
  iv.signposts[9].next_steps = {"Start a *peer* group"};
  iv.signposts[12].status = Status::not_described;
  iv.signposts[13].status = Status::not_addressed;
  iv.signposts[13].essential = false;
  std::vector<Rating> ratings;
  if (rated) {
    Rating r;
    r.rater = "R_1";
    r.role = "Mentor";
    r.date = "2026-10-01";
    r.scores = {{3, {5, 3}}};
    ratings.push_back(r);
  }
  check::Agenda agenda = plan_agenda(iv, ratings);
  return AgendaReport{"plan_a.yaml", std::move(iv), std::move(ratings), std::move(agenda)};
}

std::string agenda(const AgendaReport& r, Lang lang) {
  std::ostringstream out;
  render_agenda(r, embedded_catalogue(), lang, out);
  return out.str();
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("render_agenda: the head and the overview, values from the file escaped") {
  const std::string md = agenda(report(true), Lang::en);
  CHECK(md.rfind("# Reflection meeting: Team \\*Test\\*\n"
                 "\n"
                 "File: plan\\_a.yaml\n"
                 "\n"
                 "An agenda for a reflection meeting of the team, with the roadmap as a "
                 "conversation document: for each signpost, talk about what you have learned "
                 "about your intervention and where it can improve.\n"
                 "\n"
                 "Order: first the essential signposts that are still open (planned, not "
                 "addressed or not described), then the largest gaps between importance and "
                 "attention (1 point or more), then where the raters disagree most, then the "
                 "other signposts.\n"
                 "\n"
                 "Coverage shows what the file describes against the roadmap, not the quality or "
                 "effect of the intervention.\n"
                 "\n"
                 "1 rater: R\\_1 (Mentor, 2026-10-01)\n"
                 "\n"
                 "## Attendees\n"
                 "\n"
                 "- R\\_1 (Mentor)\n"
                 "- …\n"
                 "\n"
                 "## Overview\n"
                 "\n"
                 "| Order | # | Signpost | Status | On the agenda because |\n"
                 "|--:|--:|---|---|---|\n"
                 "| 1 | 9 | Social contact | planned (essential) | essential and still open |\n"
                 "| 2 | 12 | Specifying the method | not described (essential) | essential and "
                 "still open |\n"
                 "| 3 | 3 | Availability and contact | addressed (essential) | a gap of +2.00 "
                 "between importance and attention |\n"
                 "| 4 | 1 | Integrated approach | addressed (essential) | to review briefly |\n",
                 0) == 0);
  CHECK(has(md,
            "\n| 13 | 13 | Dedicated team | not addressed (optional) | to review briefly |\n"
            "| 14 | 14 | Sufficient resources | addressed (essential) | to review briefly |\n"));
}

TEST_CASE("render_agenda: one section per signpost, in the agenda's order") {
  const std::string md = agenda(report(true), Lang::en);
  CHECK(has(md,
            "\n## 1. Signpost 9: Social contact\n"
            "\n"
            "Facilitate social contact with young people in a similar situation and with peers.\n"
            "\n"
            "- Status: planned (essential)\n"
            "- Ratings: not rated\n"
            "- On the agenda because: essential and still open\n"
            "\n"
            "Guiding questions from the roadmap:\n"
            "\n"
            "- How do we support young people before, during and after social contact?\n"));
  CHECK(has(md,
            "\n**What have we learned?**\n"
            "\n"
            "**Where can we improve?**\n"
            "\n"
            "**Notes:**\n"
            "\n"
            "**Agreed next steps:**\n"
            "\n"
            "- [ ] Start a \\*peer\\* group (who: …; by: …)\n"
            "- [ ] … (who: …; by: …)\n"
            "\n"
            "## 2. Signpost 12: Specifying the method\n"));
  CHECK(has(md,
            "\n## 3. Signpost 3: Availability and contact\n"
            "\n"
            "Invest in your availability and the quality of contact with the young person and "
            "parents.\n"
            "\n"
            "- Status: addressed (essential)\n"
            "- What we do now, according to the file: Calls \\*twice\\* a week\n"
            "- Ratings: 1 rater; importance 5.00 (5-5), attention 3.00 (3-3), gap +2.00; none: "
            "fewer than 2 raters\n"
            "- On the agenda because: a gap of +2.00 between importance and attention\n"));
  CHECK(routekaart::testing::count(md, "\n## ") == 2 + 14 + 2);
  CHECK(routekaart::testing::count(md, "- [ ] … (who: …; by: …)\n") == 14);
  CHECK_FALSE(has(md, "Time:"));
}

TEST_CASE("render_agenda: the closing part, roles and transitions") {
  const std::string md = agenda(report(true), Lang::en);
  const std::string closing =
      "\n## Reflection per role\n"
      "\n"
      "What does this mean for my role? Each participant answers from their own role, for "
      "example:\n"
      "\n"
      "- Attendance officer (leerplichtambtenaar)\n"
      "- Youth care worker (jeugdhulpverlener)\n"
      "- Youth doctor (jeugdarts)\n"
      "- Care coordinator (zorgcoördinator): what do I do in this role?\n"
      "- Mentor: which topics can mentors and students talk about?\n"
      "\n"
      "## Transitions\n"
      "\n"
      "What is needed when young people move:\n"
      "\n"
      "- from primary to secondary school?\n"
      "- from special education to regular education?\n"
      "\n"
      "**Notes:**\n"
      "\n"
      "Signposts: Heyne & Brouwer-Borghuis (2022). Using them as a checklist, a conversation "
      "document and a springboard: tips from the Kennisnetwerk Schoolaanwezigheid (June 2021).\n";
  REQUIRE(md.size() > closing.size());
  CHECK(md.substr(md.size() - closing.size()) == closing);
}

TEST_CASE("render_agenda: in Dutch, with the singular of one rater") {
  const std::string md = agenda(report(true), Lang::nl);
  CHECK(md.rfind("# Reflectiebijeenkomst: Team \\*Test\\*\n\nBestand: plan\\_a.yaml\n", 0) == 0);
  CHECK(has(md, "(1 punt of meer)"));
  CHECK(has(md, "\n1 beoordelaar: R\\_1 (Mentor, 2026-10-01)\n"));
  CHECK(has(md, "\n| Volgorde | # | Wegwijzer | Status | Op de agenda omdat |\n"));
  CHECK(has(md,
            "\n| 2 | 12 | Werkwijze specificeren | niet beschreven (essentieel) | essentieel en "
            "nog open |\n"));
  CHECK(has(md, "\n| 13 | 13 | Toegewijd team | niet aangepakt (optioneel) | kort nalopen |\n"));
  CHECK(has(md, "\n## 1. Wegwijzer 9: Sociaal contact\n"));
  CHECK(has(md,
            "\n- Beoordelingen: 1 beoordelaar; belang 5.00 (5-5), aandacht 3.00 (3-3), "
            "kloof +2.00; geen: minder dan 2 beoordelaars\n"
            "- Op de agenda omdat: een kloof van +2.00 tussen belang en aandacht\n"));
  CHECK(has(md, "\n- Jeugdhulpverlener\n"));
  CHECK(has(md, "\n**Afgesproken vervolgstappen:**\n"));
  CHECK(has(md, "\n## Aanwezig\n\n- R\\_1 (Mentor)\n- …\n\n"));
  CHECK(has(md, "\n- [ ] Start a \\*peer\\* group (wie: …; wanneer klaar: …)\n"));
}

TEST_CASE("render_agenda: without ratings, how to get them and no rating lines") {
  const std::string md = agenda(report(false), Lang::en);
  CHECK(has(md,
            "\n\nNo ratings yet. Before the meeting, each team member can rate the signposts: "
            "routekaart rate plan\\_a.yaml --rater NAME\n\n## Attendees\n\n- …\n\n## Overview\n"));
  CHECK_FALSE(has(md, "- Ratings:"));
  const std::string nl = agenda(report(false), Lang::nl);
  CHECK(has(nl,
            "\n\nNog geen beoordelingen. Voor de bijeenkomst kan elk teamlid de wegwijzers "
            "beoordelen: routekaart rate plan\\_a.yaml --rater NAAM\n\n"));
}

TEST_CASE("render_agenda: a disagreement gives its range in points") {
  AgendaReport r = report(true);
  r.ratings.push_back(r.ratings.front());
  r.ratings.back().rater = "R2";
  r.ratings.back().scores = {{3, {5, 3}}, {8, {1, 3}}};
  r.ratings.front().scores[8] = {4, 3};  // importance 1 and 4: a range of 3
  r.agenda = plan_agenda(r.intervention, r.ratings);
  REQUIRE(r.agenda.items[3] == AgendaItem{8, Reason::disagreement});
  CHECK(has(agenda(r, Lang::en),
            "\n| 4 | 8 | Educational options | addressed (essential) | raters disagree (a range "
            "of 3 points) |\n"));
  CHECK(has(agenda(r, Lang::nl),
            "\n| 4 | 8 | Onderwijsmogelijkheden | aangepakt (essentieel) | beoordelaars "
            "verschillen (een spreiding van 3 punten) |\n"));
  CHECK(has(agenda(r, Lang::en),
            "\n2 raters: R\\_1 (Mentor, 2026-10-01), R2 (Mentor, 2026-10-01)\n"));
}

TEST_CASE("agenda_time_box: an equal share per signpost and one for the closing part") {
  CHECK(render::agenda_time_box(0, 14) == 0);
  CHECK(render::agenda_time_box(90, 14) == 6);
  CHECK(render::agenda_time_box(60, 5) == 10);
  CHECK(render::agenda_time_box(5, 14) == 1);  // never less than a minute
}

TEST_CASE("render_agenda: --top gives only the first signposts a section, --minutes a time") {
  AgendaReport r = report(true);
  r.top = 3;
  r.minutes = 60;
  const std::string md = agenda(r, Lang::en);
  CHECK(has(md,
            "\n\nThis meeting discusses the first 3 signposts of the overview; the others come "
            "back at a later meeting.\n\nTime: 60 minutes in all, 15 for each signpost and the "
            "rest for the reflection per role at the end.\n\n## Overview\n"));
  // the overview still lists all 14
  CHECK(has(md, "\n| 14 | 14 | Sufficient resources |"));
  CHECK(routekaart::testing::count(md, "\n## ") == 2 + 3 + 2);
  CHECK(has(md, "\n## 3. Signpost 3: Availability and contact\n"));
  CHECK_FALSE(has(md, "\n## 4. "));
  CHECK(routekaart::testing::count(md, "\n- Time: 15 minutes\n") == 3);
  CHECK(has(md, "\n## Reflection per role\n\nTime: 15 minutes\n\n"));
  r.top = 1;
  r.minutes = 1;
  const std::string nl = agenda(r, Lang::nl);
  CHECK(has(nl,
            "\n\nDeze bijeenkomst bespreekt de eerste wegwijzer uit het overzicht; de andere "
            "komen in een volgende bijeenkomst aan bod.\n\nTijd: 1 minuut in totaal, 1 per "
            "wegwijzer en de rest voor de reflectie per rol aan het eind.\n"));
  CHECK(has(nl, "\n- Tijd: 1 minuut\n"));
  // no minute left for the closing part: no time box there
  CHECK(has(nl, "\n## Reflectie per rol\n\nWat betekent"));
}
