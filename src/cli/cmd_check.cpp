// `validate` and `check`: the effective settings, one run of the pipeline, the report in the
// chosen format, and the exit code.
#include <algorithm>
#include <chrono>
#include <memory>
#include <sstream>
#include <thread>
#include <vector>

#include "check/pipeline.hpp"
#include "cli/commands.hpp"
#include "generated/texts/cli.hpp"
#include "render/format.hpp"

namespace routekaart::cli {
namespace {

// The writers of one run: the chosen format to standard output, or, with -o, the chosen format
// for the file and the text report for the terminal, both kept until the file is written (so
// that an output that cannot be written leaves the terminal as it was).
class Writers {
 public:
  Writers(Context& ctx, const Options& opt, const check::Settings& settings, std::size_t files)
      : ctx_(ctx), opt_(opt), start_{settings.selected, files} {
    render_.coverage = settings.mode == check::Mode::check;
    render_.quiet = opt.quiet;
    render_.verbose = opt.verbose;
    render_.threshold = settings.fail_on;
    render_.catalogue = &ctx.catalogue;
  }

  bool started() const { return !writers_.empty(); }

  void start() {
    render_.lang = ctx_.lang;
    render_.color = ctx_.color;
    const render::FormatInfo& format = render::format_info(chosen_format(opt_));
    if (!opt_.output.empty()) {
      render::RenderOptions plain = render_;
      plain.color = false;
      writers_.push_back(format.writer(plain, file_));
      writers_.push_back(render::text_writer(render_, terminal_));
    } else {
      if (format.format != render::Format::text) render_.color = false;
      writers_.push_back(format.writer(render_, ctx_.out));
    }
    for (auto& w : writers_) w->begin(start_);
  }

  void file(const check::FileReport& file) {
    for (auto& w : writers_) w->file(file);
  }

  // Ends the reports; with -o, writes the file and then shows the text report. 0, or the exit
  // code of an output that could not be written.
  int end(const check::Summary& summary) {
    for (auto& w : writers_) w->end(summary);
    writers_.clear();
    if (opt_.output.empty()) return 0;
    if (int code = emit(ctx_, opt_, file_.str()); code != 0) return code;
    ctx_.out << terminal_.str();
    return 0;
  }

 private:
  Context& ctx_;
  const Options& opt_;
  const render::ReportStart start_;
  render::RenderOptions render_;
  std::vector<std::unique_ptr<render::ReportWriter>> writers_;
  std::ostringstream file_, terminal_;  // with -o
};

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
  // Each file's report goes to the writers as soon as it is done and is then dropped, so that
  // memory stays flat in the number of files.
  const check::Inputs inputs = check::find_inputs(settings);
  Writers writers(ctx, opt, settings, inputs.size());
  check::Tally tally;
  check::Outcome worst = check::Outcome::ok;
  check::run_each(inputs, settings, ctx.catalogue, std::thread::hardware_concurrency(),
                  [&](check::FileReport&& file) {
                    // A single file's own `language:` chooses the report language unless it was
                    // chosen already.
                    if (!writers.started()) {
                      if (!ctx.lang_chosen && inputs.size() == 1 && file.language)
                        ctx.lang = *file.language;
                      writers.start();
                    }
                    tally.add(file);
                    worst = std::max(worst, check::outcome(file, settings));
                    writers.file(file);
                  });
  if (!writers.started()) writers.start();
  const int written = writers.end(tally.summary());
  const int code = written != 0 ? written : exit_code(worst);
  if (opt.verbose) {
    const auto elapsed = std::chrono::steady_clock::now() - start;
    ctx.err << tr(ctx.lang,
                  texts::cli_timing{
                      .count = inputs.size(),
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
