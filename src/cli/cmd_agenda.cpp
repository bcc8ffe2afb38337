// `agenda`: a Markdown agenda for a reflection meeting that uses the roadmap as a conversation
// document (the roadmap's tips 2 and 3): the order comes from check/agenda.hpp, the Markdown
// from render/agenda.hpp.
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
  if (rated.exit_code != kExitOk) return print_problems(ctx, rated.problems, rated.exit_code);
  check::Agenda agenda = check::plan_agenda(*rated.intervention, rated.ratings);
  const render::AgendaReport report{path, std::move(*rated.intervention), std::move(rated.ratings),
                                    std::move(agenda)};
  std::ostringstream out;
  render::render_agenda(report, ctx.catalogue, ctx.lang, out);
  return emit(ctx, opt, out.str());
}

}  // namespace routekaart::cli
