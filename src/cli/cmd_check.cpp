// `validate` and `check`: the effective settings, one run of the pipeline, the report in the
// chosen format, and the exit code.
#include <chrono>
#include <sstream>
#include <thread>

#include "check/pipeline.hpp"
#include "cli/commands.hpp"
#include "cli/language.hpp"
#include "generated/texts/cli.hpp"
#include "render/format.hpp"

namespace routekaart::cli {
namespace {

int report_and_exit(Context& ctx, const Options& opt, const check::Report& report,
                    const check::Settings& settings) {
  render::RenderOptions render;
  render.lang = ctx.lang;
  render.color = ctx.color;
  render.coverage = settings.mode == check::Mode::check;
  render.quiet = opt.quiet;
  render.verbose = opt.verbose;
  render.threshold = settings.fail_on;
  render.catalogue = &ctx.catalogue;
  const render::FormatInfo& format = render::format_info(chosen_format(opt));
  if (!opt.output.empty()) {
    std::ostringstream file;
    render::RenderOptions plain = render;
    plain.color = false;
    format.render(report, plain, file);
    if (int code = emit(ctx, opt, file.str()); code != 0) return code;
    render::render_text(report, render, ctx.out);
  } else {
    if (format.format != render::Format::text) render.color = false;
    format.render(report, render, ctx.out);
  }
  return exit_code(check::outcome(report, settings));
}

int run_command(Context& ctx, const Options& opt, check::Mode mode) {
  check::Request request;
  request.paths = opt.paths;
  if (!opt.fail_on.empty()) request.fail_on = opt.fail_on;
  request.min_coverage = opt.min_coverage;
  request.strict = opt.strict;
  request.signposts = opt.signposts;
  request.audience = opt.audience;
  request.follow_symlinks = opt.follow_symlinks;
  request.max_file_size = opt.max_file_size;
  const check::SettingsResult resolved =
      check::resolve_settings(request, ctx.config, ctx.catalogue, mode);
  if (!resolved.settings) return usage_error(ctx, *resolved.problem, *resolved.hint);
  const check::Settings& settings = *resolved.settings;
  if (settings.paths.empty())
    return usage_error(ctx, texts::cli_no_paths{}, texts::cli_no_paths_hint{});
  const auto start = std::chrono::steady_clock::now();
  const check::Report report =
      check::run(settings, ctx.catalogue, std::thread::hardware_concurrency());
  // A single file's own `language:` chooses the report language unless it was chosen already.
  if (report.files.size() == 1) use_file_language(ctx, report.files.front().language);
  const int code = report_and_exit(ctx, opt, report, settings);
  if (opt.verbose) {
    const auto elapsed = std::chrono::steady_clock::now() - start;
    ctx.err << tr(ctx.lang,
                  texts::cli_timing{
                      .count = report.files.size(),
                      .milliseconds =
                          std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count()})
            << '\n';
  }
  return code;
}

}  // namespace

int cmd_validate(Context& ctx, const Options& opt) {
  return run_command(ctx, opt, check::Mode::validate);
}

int cmd_check(Context& ctx, const Options& opt) {
  return run_command(ctx, opt, check::Mode::check);
}

}  // namespace routekaart::cli
