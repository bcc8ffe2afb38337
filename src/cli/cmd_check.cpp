// `validate` and `check`: the effective settings, one run of the pipeline, the baseline, the
// report in the chosen format, the job summary, and the exit code.
#include <algorithm>
#include <chrono>
#include <sstream>
#include <thread>

#include "check/baseline.hpp"
#include "check/pipeline.hpp"
#include "cli/ci_outputs.hpp"
#include "cli/commands.hpp"
#include "cli/language.hpp"
#include "generated/texts/ci.hpp"
#include "generated/texts/cli.hpp"
#include "generated/texts/model.hpp"
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
  if (writes_file(opt)) {
    std::ostringstream file;
    render::RenderOptions plain = render;
    plain.color = false;
    format.render(report, plain, file);
    std::vector<std::string> checked;  // the files found in folders are inputs too
    for (const auto& f : report.files) checked.push_back(f.path);
    if (int code = emit(ctx, opt, file.str(), checked); code != 0) return code;
    render::render_text(report, render, ctx.out);
  } else {  // no -o, or -o - (or /dev/stdout): the one report goes to standard output
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
  request.stdin_name = opt.stdin_filename;
  const check::SettingsResult resolved =
      check::resolve_settings(request, ctx.config, ctx.catalogue, mode);
  if (!resolved.settings) return usage_error(ctx, *resolved.problem, *resolved.hint);
  const check::Settings& settings = *resolved.settings;
  if (settings.paths.empty())
    return usage_error(ctx, texts::cli_no_paths{}, texts::cli_no_paths_hint{});
  if (!settings.stdin_name.empty() &&
      std::find(settings.paths.begin(), settings.paths.end(), "-") == settings.paths.end())
    return usage_error(ctx, texts::stdin_no_dash{}, texts::stdin_no_dash_hint{});
  std::optional<check::Baseline> baseline;
  if (int code = read_baseline_option(ctx, opt, baseline); code != kExitOk) return code;
  const auto start = std::chrono::steady_clock::now();
  check::Report report = check::run(settings, ctx.catalogue, std::thread::hardware_concurrency());
  if (int code = write_baseline_option(ctx, opt, report, baseline); code != kExitOk) return code;
  if (baseline) check::apply_baseline(report, std::move(*baseline));
  // A single file's own `language:` chooses the report language unless it was chosen already.
  if (report.files.size() == 1) use_file_language(ctx, report.files.front().language);
  int code = report_and_exit(ctx, opt, report, settings);
  if (int summary = write_summary_option(ctx, opt, report, mode == check::Mode::check);
      summary != kExitOk)
    code = summary;
  if (opt.verbose) {
    // Rating files, configurations and CI workflows found in a folder were not checked.
    for (const auto& file : report.skipped)
      ctx.err << tr(ctx.lang, texts::kind_skipped{.kind = model::file_kind_text(file.kind),
                                                  .path = file.path})
              << '\n';
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
