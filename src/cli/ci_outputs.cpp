#include "cli/ci_outputs.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "cli/commands.hpp"
#include "generated/texts/ci.hpp"
#include "generated/texts/cli.hpp"
#include "io/atomic_write.hpp"
#include "io/platform.hpp"
#include "render/baseline.hpp"
#include "render/summary.hpp"

namespace routekaart::cli {
namespace {

// Whether the file `path` ends with a line break (what an earlier step appended may not).
bool ends_with_newline(const std::string& path) {
  std::ifstream file(io::platform::to_path(path), std::ios::binary);
  char last = 0;
  return file.seekg(-1, std::ios::end) && file.get(last) && last == '\n';
}

}  // namespace

int read_baseline_option(Context& ctx, const Options& opt, std::optional<check::Baseline>& out) {
  if (opt.baseline.empty()) return kExitOk;
  check::BaselineLoad load = check::load_baseline(opt.baseline);
  if (!load.baseline) {
    print_problems(ctx, load.problems, kExitUsage);
    return usage_error(ctx, texts::baseline_unusable{.path = opt.baseline},
                       texts::baseline_unusable_hint{.path = opt.baseline});
  }
  out = std::move(load.baseline);
  return kExitOk;
}

int write_baseline_option(Context& ctx, const Options& opt, const check::Report& report,
                          std::optional<check::Baseline>& baseline) {
  if (opt.write_baseline.empty()) return kExitOk;
  check::Baseline written = check::make_baseline(report);
  std::ostringstream text;
  render::render_baseline(written, ctx.lang, text);
  Options target = opt;
  target.output = opt.write_baseline;
  if (int code = emit(ctx, target, text.str()); code != kExitOk) return code;
  if (opt.write_baseline != "-")
    ctx.err << tr(ctx.lang,
                  texts::baseline_written{.count = written.total(), .path = opt.write_baseline})
            << '\n';
  baseline = std::move(written);
  return kExitOk;
}

std::string summary_target(const Options& opt) {
  if (opt.no_summary) return "";
  if (!opt.summary.empty()) return opt.summary;
  const char* github = std::getenv("GITHUB_STEP_SUMMARY");
  return github ? github : "";
}

int write_summary_option(Context& ctx, const Options& opt, const check::Report& report,
                         bool coverage) {
  const std::string path = summary_target(opt);
  if (path.empty()) return kExitOk;
  render::RenderOptions options;
  options.lang = ctx.lang;
  options.coverage = coverage;
  options.catalogue = &ctx.catalogue;
  if (path == "-") {
    render::render_job_summary(report, options, render::kJobSummaryBytes, ctx.out);
    return kExitOk;
  }
  // GitHub's limit holds for everything a step appends: what is there already counts.
  io::platform::FileInfo info;
  const std::size_t existing =
      io::platform::file_info(path, info) == 0 && info.kind == io::platform::FileKind::regular
          ? static_cast<std::size_t>(info.size)
          : 0;
  const std::size_t room =
      render::kGitHubSummaryLimit > existing + 2 ? render::kGitHubSummaryLimit - existing - 2 : 0;
  std::ostringstream summary;
  render::render_job_summary(report, options, std::min(room, render::kJobSummaryBytes), summary);
  if (summary.str().empty()) {  // the file has no room left: it stays as it is
    ctx.err << "routekaart: " << tr(ctx.lang, texts::summary_full{.path = path}) << '\n';
    return kExitOk;
  }
  if (existing > 0) summary.str((ends_with_newline(path) ? "\n" : "\n\n") + summary.str());
  errno = 0;
  std::ofstream file(io::platform::to_path(path), std::ios::binary | std::ios::app);
  if (file) file << summary.str() << std::flush;
  if (file) return kExitOk;
  const int error = errno != 0 ? errno : EIO;
  const Message why = texts::output_failed{.path = path, .reason = io::reason(error)};
  if (!opt.summary.empty()) return usage_error(ctx, why, texts::output_failed_hint{});
  ctx.err << "routekaart: " << tr(ctx.lang, why) << '\n';  // $GITHUB_STEP_SUMMARY: a note only
  return kExitOk;
}

}  // namespace routekaart::cli
