// `diff OLD NEW`: both versions through the pipeline with the project's settings (so the
// findings are the ones `check` shows), compared (check/diff.hpp) and rendered.
#include <sstream>

#include "check/diff.hpp"
#include "cli/commands.hpp"
#include "cli/language.hpp"
#include "generated/texts/diff.hpp"
#include "render/diff.hpp"

namespace routekaart::cli {

int cmd_diff(Context& ctx, const Options& opt) {
  use_file_language(ctx, opt.paths[1]);  // the language of the new version
  const Lang l = ctx.lang;
  const check::SettingsResult resolved =
      check::resolve_settings({}, ctx.config, ctx.catalogue, check::Mode::check);
  if (!resolved.settings)
    return usage_error(ctx, tr(l, *resolved.problem),
                       resolved.hint ? tr(l, *resolved.hint) : std::string());
  const check::DiffResult result =
      check::diff_paths(opt.paths[0], opt.paths[1], ctx.catalogue, *resolved.settings);
  if (!result.diff) return print_problems(ctx, result.unreadable, kExitUsage);
  std::ostringstream out;
  if (opt.format == "json")
    render::render_diff_json(*result.diff, l, out);
  else if (opt.format == "markdown")
    render::render_diff_markdown(*result.diff, ctx.catalogue, l, out);
  else
    render::render_diff_text(*result.diff, ctx.catalogue, l, out);
  if (int code = emit(ctx, opt, out.str()); code != kExitOk) return code;
  if (result.diff->after.report.valid) return kExitOk;
  ctx.err << "routekaart: " << tr(l, texts::diff_new_invalid{.path = opt.paths[1]}) << '\n';
  return kExitProblems;
}

}  // namespace routekaart::cli
