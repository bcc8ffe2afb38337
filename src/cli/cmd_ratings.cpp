// `ratings`: the team's scores together (check::summarise_ratings) as text, Markdown or JSON
// (render/ratings.hpp): each rater's latest rating, or one round (--round); the trend between
// rounds; per role (--by-role); with --plot the importance-attention plot and with --trend-plot
// the trend as SVG (render/ratings_plot.hpp).
#include <fmt/format.h>

#include <sstream>

#include "check/ratings.hpp"
#include "cli/commands.hpp"
#include "cli/language.hpp"
#include "generated/texts/cli.hpp"
#include "generated/texts/model.hpp"
#include "generated/texts/ratings.hpp"
#include "render/ratings.hpp"
#include "render/ratings_plot.hpp"
#include "render/svg_plot.hpp"
#include "render/trend_plot.hpp"

namespace routekaart::cli {
namespace {

// Writes one SVG to `path` ("-": standard output) and says so on standard error.
int write_svg(Context& ctx, const Options& opt, const std::string& path, const std::string& svg,
              const std::vector<std::string>& read) {
  Options target = opt;
  target.output = path;
  if (int code = emit(ctx, target, svg, read); code != kExitOk) return code;
  if (writes_file(target))
    ctx.err << tr(ctx.lang, texts::ratings_plot_written{.path = path}) << '\n';
  return kExitOk;
}

}  // namespace

void print_rating_notes(Context& ctx, const Options& opt,
                        const std::vector<check::SkippedFile>& skipped,
                        const std::string& outside_folder) {
  if (!outside_folder.empty())
    ctx.err << "routekaart: " << tr(ctx.lang, texts::ratings_outside{.folder = outside_folder})
            << "\n    " << tr(ctx.lang, texts::cli_hint{.hint = texts::ratings_outside_hint{}})
            << '\n';
  if (!opt.verbose) return;
  for (const auto& file : skipped)
    ctx.err << tr(ctx.lang,
                  texts::kind_skipped{.kind = model::file_kind_text(file.kind), .path = file.path})
            << '\n';
}

int cmd_ratings(Context& ctx, const Options& opt) {
  use_file_language(ctx, opt.paths.front());
  const Lang l = ctx.lang;
  const std::string& path = opt.paths.front();
  if (!opt.plot.empty() && is_standard_output(opt.plot) && !writes_file(opt))
    return usage_error(ctx, texts::output_both_stdout{}, texts::output_both_stdout_hint{});
  check::RatedFile rated = check::load_rated(path, opt.ratings_paths, ctx.catalogue, Limits{});
  print_rating_notes(ctx, opt, rated.skipped, rated.outside_folder);
  if (rated.exit_code != kExitOk) return print_problems(ctx, rated.problems, rated.exit_code);
  check::Selection chosen = check::select_ratings(rated.ratings, opt.round);
  if (!chosen.found) {
    std::vector<std::string> names;
    for (const auto& round : check::rounds_of(rated.ratings))
      names.push_back(render::round_label(round.id, l));
    return usage_error(
        ctx, texts::ratings_round_unknown{.round = opt.round},
        texts::ratings_round_unknown_hint{
            .rounds = names.empty() ? "–" : fmt::format("{}", fmt::join(names, ", "))});
  }
  check::RatingSummary summary =
      check::summarise_ratings(chosen.ratings, opt.crosshair == "midpoint");
  std::vector<check::GroupSummary> roles;
  if (opt.by_role) roles = check::summarise_roles(chosen.ratings);
  const render::RatingsReport report{path,
                                     rated.intervention->info.name,
                                     std::move(chosen.ratings),
                                     std::move(summary),
                                     check::summarise_rounds(rated.ratings),
                                     chosen.round,
                                     std::move(roles)};
  std::ostringstream out;
  if (opt.format == "json")
    render::render_ratings_json(report, l, out);
  else if (opt.format == "markdown")
    render::render_ratings_markdown(report, ctx.catalogue, l, out);
  else
    render::render_ratings_text(report, ctx.catalogue, l, out);
  std::vector<std::string> read;  // the rating files found in --ratings folders
  for (const auto& rating : report.ratings) read.push_back(rating.file);
  if (!opt.plot.empty())
    if (int code = write_svg(
            ctx, opt, opt.plot,
            render::render_svg_plot(render::ratings_plot(report, ctx.catalogue, l)), read);
        code != kExitOk)
      return code;
  if (!opt.trend_plot.empty())
    if (int code = write_svg(
            ctx, opt, opt.trend_plot,
            render::render_trend_plot(render::ratings_trend_plot(report, ctx.catalogue, l)), read);
        code != kExitOk)
      return code;
  return emit(ctx, opt, out.str(), read);
}

}  // namespace routekaart::cli
