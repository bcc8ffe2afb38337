// `agenda`: a Markdown agenda for a reflection meeting that uses the roadmap as a conversation
// document (the roadmap's tips 2 and 3): signposts in order of priority, each with its status,
// the team's ratings, the catalogue's questions and room for notes and next steps; then the
// reflection per role and on the transitions between schools.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "check/ratings.hpp"
#include "cli/commands.hpp"
#include "common/messages.hpp"
#include "common/strings.hpp"
#include "render/escape.hpp"
#include "render/format.hpp"
#include "render/ratings.hpp"

namespace routekaart::cli {
using catalogue::Catalogue;
using catalogue::Signpost;
using check::load_rated;
using check::RatedFile;
using check::RatingSummary;
using check::SignpostRatings;
using check::summarise_ratings;
using model::Intervention;
using model::SignpostEntry;
using render::escape_markdown;
using render::escape_markdown_cell;
using render::gap_text;
using render::raters_text;
using render::rating_sentence;
using render::render_findings_text;
using render::RenderOptions;

namespace {

/// A gap of at least this many scale points puts a signpost in the agenda's second group.
constexpr double kAgendaGap = 1.0;

enum class Reason { open_essential, gap, disagreement, rest };

struct Item {
  int number = 0;
  Reason reason = Reason::rest;
};

std::string reason_text(const Item& item, const RatingSummary& sum, Lang l) {
  const SignpostRatings& r = sum.at(item.number);
  switch (item.reason) {
    case Reason::open_essential:
      return msg(l, "agenda.reason.open");
    case Reason::gap:
      return msg(l, "agenda.reason.gap", gap_text(r.gap));
    case Reason::disagreement:
      return msg(l, "agenda.reason.disagreement", r.widest_range());
    case Reason::rest:
      break;
  }
  return msg(l, "agenda.reason.rest");
}

// Open essential signposts (largest gap first, unrated last), then gaps of a point or more
// (largest first), then disagreements (widest range first), then the rest; ties by number.
std::vector<Item> agenda_order(const Intervention& iv, const RatingSummary& sum) {
  std::vector<Item> items;
  for (int n = 1; n <= kSignpostCount; ++n) {
    const SignpostEntry& e = iv.signposts[static_cast<std::size_t>(n)];
    const SignpostRatings& r = sum.at(n);
    Reason reason = Reason::rest;
    if (e.essential && is_open(e.status))
      reason = Reason::open_essential;
    else if (r.gap && *r.gap >= kAgendaGap - 1e-9)
      reason = Reason::gap;
    else if (r.disagreement)
      reason = Reason::disagreement;
    items.push_back(Item{n, reason});
  }
  auto gap = [&](int n) { return sum.at(n).gap.value_or(-1e9); };
  std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
    if (a.reason != b.reason) return a.reason < b.reason;
    if (a.reason == Reason::open_essential || a.reason == Reason::gap) {
      if (std::abs(gap(a.number) - gap(b.number)) > 1e-9) return gap(a.number) > gap(b.number);
    } else if (a.reason == Reason::disagreement) {
      const int ra = sum.at(a.number).widest_range(), rb = sum.at(b.number).widest_range();
      if (ra != rb) return ra > rb;
    }
    return a.number < b.number;
  });
  return items;
}

std::string status_text(const SignpostEntry& e, Lang l) {
  const std::string word = e.status == Status::not_described ? msg(l, "agenda.not_described")
                                                             : std::string(status_word(e.status));
  return fmt::format("{} ({})", word, msg(l, e.essential ? "agenda.essential" : "agenda.optional"));
}

void section(std::ostream& out, int position, const Item& item, const Intervention& iv,
             const RatingSummary& sum, bool rated, const Catalogue& catalogue, Lang l) {
  const Signpost& sp = *catalogue.find(item.number);
  const SignpostEntry& e = iv.signposts[static_cast<std::size_t>(item.number)];
  out << fmt::format("\n## {}. {} {}: {}\n\n", position, msg(l, "text.signpost"), item.number,
                     escape_markdown(sp.short_title.in(l)))
      << escape_markdown(sp.title.in(l)) << ".\n\n"
      << "- " << msg(l, "agenda.status", status_text(e, l)) << '\n';
  if (!e.practice.empty())
    out << "- " << msg(l, "agenda.practice", escape_markdown(one_line(e.practice))) << '\n';
  if (rated)
    out << "- " << msg(l, "agenda.ratings", rating_sentence(sum.at(item.number), l)) << '\n';
  out << "- " << msg(l, "agenda.why", reason_text(item, sum, l)) << "\n\n"
      << msg(l, "agenda.questions") << "\n\n";
  for (const auto& q : sp.questions) out << "- " << escape_markdown(q.in(l)) << '\n';
  out << "\n**" << msg(l, "agenda.learned") << "**\n\n**" << msg(l, "agenda.improve") << "**\n\n**"
      << msg(l, "agenda.notes") << "**\n\n**" << msg(l, "agenda.steps") << "**\n\n";
  for (const auto& step : e.next_steps) out << "- [ ] " << escape_markdown(one_line(step)) << '\n';
  out << "- [ ] …\n";
}

void closing(std::ostream& out, Lang l) {
  out << "\n## " << msg(l, "agenda.roles") << "\n\n" << msg(l, "agenda.roles.intro") << "\n\n";
  for (const char* role : {"attendance", "youth_care", "doctor", "coordinator", "mentor"})
    out << "- " << msg(l, std::string("agenda.role.") + role) << '\n';
  out << "\n## " << msg(l, "agenda.transitions") << "\n\n"
      << msg(l, "agenda.transitions.intro") << "\n\n- " << msg(l, "agenda.transition.secondary")
      << "\n- " << msg(l, "agenda.transition.regular") << "\n\n**" << msg(l, "agenda.notes")
      << "**\n\n"
      << msg(l, "agenda.source") << '\n';
}

}  // namespace

int cmd_agenda(Context& ctx, const Options& opt) {
  const Lang l = ctx.lang;
  const std::string& path = opt.paths.front();
  RatedFile rated = load_rated(path, opt.ratings_paths, ctx.catalogue, Limits{});
  if (rated.exit_code != 0) {
    RenderOptions plain;
    plain.lang = l;
    render_findings_text(rated.problems, plain, ctx.err);
    return rated.exit_code;
  }
  const Intervention& iv = *rated.intervention;
  const RatingSummary sum = summarise_ratings(rated.ratings, false);
  const bool any_ratings = !rated.ratings.empty();
  std::ostringstream out;
  out << "# " << msg(l, "agenda.title", escape_markdown(iv.info.name.empty() ? path : iv.info.name))
      << "\n\n"
      << msg(l, "md.file", escape_markdown(path)) << "\n\n"
      << msg(l, "agenda.intro") << "\n\n"
      << msg(l, "agenda.order", kAgendaGap) << "\n\n"
      << (any_ratings
              ? msg(l, "ratings.raters", rated.ratings.size(), raters_text(rated.ratings, true))
              : msg(l, "agenda.no_ratings", escape_markdown(path)))
      << "\n\n## " << msg(l, "agenda.overview") << "\n\n";
  out << fmt::format("| {} | # | {} | {} | {} |\n|--:|--:|---|---|---|\n",
                     msg(l, "agenda.col.order"), msg(l, "text.signpost"),
                     msg(l, "agenda.col.status"), msg(l, "agenda.col.why"));
  const std::vector<Item> items = agenda_order(iv, sum);
  int position = 0;
  for (const auto& item : items) {
    const SignpostEntry& e = iv.signposts[static_cast<std::size_t>(item.number)];
    out << fmt::format("| {} | {} | {} | {} | {} |\n", ++position, item.number,
                       escape_markdown_cell(ctx.catalogue.find(item.number)->short_title.in(l)),
                       status_text(e, l), reason_text(item, sum, l));
  }
  position = 0;
  for (const auto& item : items)
    section(out, ++position, item, iv, sum, any_ratings, ctx.catalogue, l);
  closing(out, l);
  return emit(ctx, opt, out.str());
}

}  // namespace routekaart::cli
