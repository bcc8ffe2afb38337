// `diff OLD NEW`: both versions through the pipeline with the project's settings (so the
// findings are the ones `check` shows), compared (check/diff.hpp) and rendered.
#include <sstream>

#include "check/diff.hpp"
#include "cli/commands.hpp"
#include "common/messages.hpp"
#include "render/diff.hpp"

namespace routekaart::cli {

int cmd_diff(Context& ctx, const Options& opt) {
  const check::SettingsResult resolved =
      check::resolve_settings({}, ctx.config, ctx.catalogue, check::Mode::check);
  check::Checked before = check::check_path(opt.paths[0], ctx.catalogue, *resolved.settings);
  check::Checked after = check::check_path(opt.paths[1], ctx.catalogue, *resolved.settings);
  if (!before.report.readable || !after.report.readable) {
    if (!before.report.readable) print_problems(ctx, before.report.findings, 0);
    if (!after.report.readable) print_problems(ctx, after.report.findings, 0);
    return kExitUsage;
  }
  const bool new_valid = after.report.valid;
  const check::Diff diff = check::compare(check::diff_side(before), check::diff_side(after));
  std::ostringstream out;
  if (opt.format == "json")
    render::render_diff_json(diff, ctx.lang, out);
  else if (opt.format == "markdown")
    render::render_diff_markdown(diff, ctx.catalogue, ctx.lang, out);
  else
    render::render_diff_text(diff, ctx.catalogue, ctx.lang, out);
  if (int code = emit(ctx, opt, out.str()); code != 0) return code;
  if (new_valid) return kExitOk;
  ctx.err << "routekaart: " << msg(ctx.lang, "diff.new_invalid", opt.paths[1], opt.paths[1])
          << '\n';
  return kExitProblems;
}

}  // namespace routekaart::cli
