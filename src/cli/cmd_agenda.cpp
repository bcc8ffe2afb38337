// `agenda`: a Markdown agenda for a reflection meeting that uses the roadmap as a conversation
// document (the roadmap's tips 2 and 3): the order comes from check/agenda.hpp, the Markdown
// from render/agenda.hpp. The ratings are each rater's latest (check::latest_ratings); --top N
// gives only the first N signposts a section, --minutes M a time box each.
#include <sstream>

#include "check/agenda.hpp"
#include "check/ratings.hpp"
#include "cli/commands.hpp"
#include "cli/language.hpp"
#include "render/agenda.hpp"

namespace routekaart::cli {

int cmd_agenda(Context& ctx, const Options& opt) {
  const std::string& path = opt.paths.front();
  use_file_language(ctx, path);
  check::RatedFile rated = check::load_rated(path, opt.ratings_paths, ctx.catalogue, Limits{});
  print_rating_notes(ctx, opt, rated.skipped, rated.outside_folder);
  if (rated.exit_code != kExitOk) return print_problems(ctx, rated.problems, rated.exit_code);
  std::vector<std::string> read;  // the rating files found in --ratings folders
  for (const auto& rating : rated.ratings) read.push_back(rating.file);
  // Each rater's latest rating, as `ratings` summarises them by default.
  std::vector<model::Rating> latest = check::latest_ratings(rated.ratings);
  check::Agenda agenda = check::plan_agenda(*rated.intervention, latest);
  render::AgendaReport report{path, std::move(*rated.intervention), std::move(latest),
                              std::move(agenda)};
  report.top = opt.top;
  report.minutes = opt.minutes;
  std::ostringstream out;
  render::render_agenda(report, ctx.catalogue, ctx.lang, out);
  return emit(ctx, opt, out.str(), read);
}

}  // namespace routekaart::cli
