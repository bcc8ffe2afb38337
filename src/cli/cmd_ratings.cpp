// `ratings`: the team's scores together (check::summarise_ratings) as text, Markdown or JSON
// (render/ratings.hpp), and with --plot the importance-attention plot as SVG
// (render/ratings_plot.hpp, render/svg_plot.hpp).
#include <sstream>

#include "check/ratings.hpp"
#include "cli/commands.hpp"
#include "cli/language.hpp"
#include "generated/texts/ratings.hpp"
#include "render/ratings.hpp"
#include "render/ratings_plot.hpp"
#include "render/svg_plot.hpp"

namespace routekaart::cli {

int cmd_ratings(Context& ctx, const Options& opt) {
  use_file_language(ctx, opt.paths.front());
  const Lang l = ctx.lang;
  const std::string& path = opt.paths.front();
  check::RatedFile rated = check::load_rated(path, opt.ratings_paths, ctx.catalogue, Limits{});
  if (rated.exit_code != kExitOk) return print_problems(ctx, rated.problems, rated.exit_code);
  check::RatingSummary summary =
      check::summarise_ratings(rated.ratings, opt.crosshair == "midpoint");
  const render::RatingsReport report{path, rated.intervention->info.name, std::move(rated.ratings),
                                     std::move(summary)};
  std::ostringstream out;
  if (opt.format == "json")
    render::render_ratings_json(report, l, out);
  else if (opt.format == "markdown")
    render::render_ratings_markdown(report, ctx.catalogue, l, out);
  else
    render::render_ratings_text(report, ctx.catalogue, l, out);
  if (!opt.plot.empty()) {
    Options plot = opt;
    plot.output = opt.plot;
    const std::string svg = render::render_svg_plot(render::ratings_plot(report, ctx.catalogue, l));
    if (int code = emit(ctx, plot, svg); code != kExitOk) return code;
    if (opt.plot != "-") ctx.err << tr(l, texts::ratings_plot_written{.path = opt.plot}) << '\n';
  }
  return emit(ctx, opt, out.str());
}

}  // namespace routekaart::cli
