#include "render/agenda.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "common/strings.hpp"
#include "generated/texts/agenda.hpp"
#include "generated/texts/ratings.hpp"
#include "generated/texts/report.hpp"
#include "render/escape.hpp"
#include "render/ratings.hpp"

namespace routekaart::render {
using catalogue::Catalogue;
using catalogue::Signpost;
using check::AgendaItem;
using check::kAgendaGap;
using check::RatingSummary;
using check::Reason;
using model::Intervention;
using model::SignpostEntry;

namespace {

Message reason_text(const AgendaItem& item, const RatingSummary& sum) {
  switch (item.reason) {
    case Reason::open_essential:
      return texts::agenda_reason_open{};
    case Reason::gap:
      return texts::agenda_reason_gap{.gap = gap_text(sum.at(item.number).gap)};
    case Reason::disagreement:
      return texts::agenda_reason_disagreement{.range = sum.at(item.number).widest_range()};
    case Reason::rest:
      break;
  }
  return texts::agenda_reason_rest{};
}

// "partial (essential)": the status in the agenda's language (common/status.hpp).
Message status_text(const SignpostEntry& e) {
  Arg word = status_label(e.status);
  if (e.essential) return texts::agenda_status_essential{.status = std::move(word)};
  return texts::agenda_status_optional{.status = std::move(word)};
}

void section(std::ostream& out, int position, const AgendaItem& item, const AgendaReport& report,
             const Catalogue& catalogue, Lang l, int time_box) {
  const Signpost& sp = *catalogue.find(item.number);
  const SignpostEntry& e = report.intervention.signposts[static_cast<std::size_t>(item.number)];
  const RatingSummary& sum = report.agenda.summary;
  out << "\n## "
      << tr(l,
            texts::agenda_section{
                .number = item.number, .position = position, .title = sp.short_title},
            escape_markdown)
      << "\n\n"
      << escape_markdown(sp.title.in(l)) << ".\n\n"
      << "- " << tr(l, texts::agenda_status{.status = status_text(e)}) << '\n';
  if (!e.practice.empty())
    out << "- " << tr(l, texts::agenda_practice{.practice = one_line(e.practice)}, escape_markdown)
        << '\n';
  if (!report.ratings.empty())
    out << "- " << tr(l, texts::agenda_ratings{.ratings = rating_sentence(sum.at(item.number), l)})
        << '\n';
  out << "- " << tr(l, texts::agenda_why{.reason = reason_text(item, sum)}) << '\n';
  if (time_box > 0) out << "- " << tr(l, texts::agenda_time_box{.minutes = time_box}) << '\n';
  out << '\n' << tr(l, texts::agenda_questions{}) << "\n\n";
  for (const auto& q : sp.questions) out << "- " << escape_markdown(q.in(l)) << '\n';
  out << "\n**" << tr(l, texts::agenda_learned{}) << "**\n\n**" << tr(l, texts::agenda_improve{})
      << "**\n\n**" << tr(l, texts::agenda_notes{}) << "**\n\n**" << tr(l, texts::agenda_steps{})
      << "**\n\n";
  for (const auto& step : e.next_steps)
    out << "- [ ] " << tr(l, texts::agenda_action{.step = one_line(step)}, escape_markdown) << '\n';
  out << "- [ ] " << tr(l, texts::agenda_action{.step = "…"}) << '\n';
}

// Who attends: each rater with their role, and room for the others.
void attendees(std::ostream& out, const AgendaReport& report, Lang l) {
  out << "\n\n## " << tr(l, texts::agenda_attendees{}) << "\n\n";
  for (const auto& r : report.ratings) {
    if (r.role.empty())
      out << "- " << escape_markdown(one_line(r.rater)) << '\n';
    else
      out << "- "
          << tr(l, texts::agenda_attendee{.rater = one_line(r.rater), .role = one_line(r.role)},
                escape_markdown)
          << '\n';
  }
  out << "- …";
}

void closing(std::ostream& out, Lang l, int time_box) {
  const Message roles[] = {texts::agenda_role_attendance{}, texts::agenda_role_youth_care{},
                           texts::agenda_role_doctor{}, texts::agenda_role_coordinator{},
                           texts::agenda_role_mentor{}};
  out << "\n## " << tr(l, texts::agenda_roles{}) << "\n\n";
  if (time_box > 0) out << tr(l, texts::agenda_time_box{.minutes = time_box}) << "\n\n";
  out << tr(l, texts::agenda_roles_intro{}) << "\n\n";
  for (const auto& role : roles) out << "- " << tr(l, role) << '\n';
  out << "\n## " << tr(l, texts::agenda_transitions{}) << "\n\n"
      << tr(l, texts::agenda_transitions_intro{}) << "\n\n- "
      << tr(l, texts::agenda_transition_secondary{}) << "\n- "
      << tr(l, texts::agenda_transition_regular{}) << "\n\n**" << tr(l, texts::agenda_notes{})
      << "**\n\n"
      << tr(l, texts::agenda_source{}) << '\n';
}

}  // namespace

int agenda_time_box(int minutes, int items) {
  if (minutes <= 0) return 0;
  return std::max(1, minutes / (std::max(items, 0) + 1));
}

void render_agenda(const AgendaReport& report, const Catalogue& catalogue, Lang l,
                   std::ostream& out) {
  const Intervention& iv = report.intervention;
  const RatingSummary& sum = report.agenda.summary;
  out << "# "
      << tr(l, texts::agenda_title{.name = iv.info.name.empty() ? report.path : iv.info.name},
            escape_markdown)
      << "\n\n"
      << tr(l, texts::agenda_file{.path = report.path}, escape_markdown) << "\n\n"
      << tr(l, texts::agenda_intro{}) << "\n\n"
      << tr(l, texts::agenda_order{.gap = kAgendaGap}) << "\n\n"
      << tr(l, texts::report_coverage_meaning{}) << "\n\n";
  if (report.ratings.empty())
    out << tr(l, texts::agenda_no_ratings{.path = report.path}, escape_markdown);
  else  // raters_text escapes the names and roles itself
    out << tr(l, texts::ratings_raters{.count = report.ratings.size(),
                                       .raters = raters_text(report.ratings, true)});
  attendees(out, report, l);
  const int items = report.top > 0
                        ? std::min<int>(report.top, static_cast<int>(report.agenda.items.size()))
                        : static_cast<int>(report.agenda.items.size());
  const int time_box = agenda_time_box(report.minutes, items);
  if (items < static_cast<int>(report.agenda.items.size()))
    out << "\n\n" << tr(l, texts::agenda_top{.count = items});
  if (time_box > 0)
    out << "\n\n" << tr(l, texts::agenda_minutes{.each = time_box, .minutes = report.minutes});
  out << "\n\n## " << tr(l, texts::agenda_overview{}) << "\n\n"
      << fmt::format("| {} | # | {} | {} | {} |\n|--:|--:|---|---|---|\n",
                     tr(l, texts::agenda_col_order{}), tr(l, texts::agenda_col_signpost{}),
                     tr(l, texts::agenda_col_status{}), tr(l, texts::agenda_col_why{}));
  int position = 0;
  for (const auto& item : report.agenda.items) {
    const SignpostEntry& e = iv.signposts[static_cast<std::size_t>(item.number)];
    out << fmt::format("| {} | {} | {} | {} | {} |\n", ++position, item.number,
                       escape_markdown_cell(catalogue.find(item.number)->short_title.in(l)),
                       tr(l, status_text(e)), tr(l, reason_text(item, sum)));
  }
  position = 0;
  for (const auto& item : report.agenda.items) {
    if (position == items) break;
    section(out, ++position, item, report, catalogue, l, time_box);
  }
  closing(out, l, time_box > 0 ? std::max(0, report.minutes - time_box * items) : 0);
}

}  // namespace routekaart::render
