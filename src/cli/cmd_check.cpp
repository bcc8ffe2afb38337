// `validate` and `check`: the effective settings, one run of the pipeline, the baseline, the
// report in the chosen format (streamed: each file's report is written and dropped), the job
// summary, and the exit code.
#include <algorithm>
#include <chrono>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

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

// The writers of one run: the chosen format to standard output, or, with -o, the chosen format
// for the file and the text report for the terminal, both kept until the file is written (so
// that an output that cannot be written leaves the terminal as it was).
class Writers {
 public:
  Writers(Context& ctx, const Options& opt, const check::Settings& settings,
          const std::vector<std::string>& inputs)
      : ctx_(ctx), opt_(opt), inputs_(inputs), start_{settings.selected, inputs.size()} {
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
    if (writes_file(opt_)) {
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
    if (!writes_file(opt_)) return 0;
    // The files found in folders are inputs too: -o may not name one of them.
    if (int code = emit(ctx_, opt_, file_.str(), inputs_); code != 0) return code;
    ctx_.out << terminal_.str();
    return 0;
  }

 private:
  Context& ctx_;
  const Options& opt_;
  const std::vector<std::string>& inputs_;
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
  // Each file's report goes to the writers as soon as it is done and is then dropped, so that
  // memory stays flat in the number of files. Only --write-baseline (which must see every
  // finding before the report) and the job summary keep the whole report.
  const check::Inputs inputs = check::find_inputs(settings);
  const unsigned workers = std::thread::hardware_concurrency();
  std::optional<check::Report> collected;
  if (!opt.write_baseline.empty()) {
    collected.emplace();
    collected->selected = settings.selected;
    check::run_each(inputs, settings, ctx.catalogue, workers,
                    [&](check::FileReport&& file) { collected->files.push_back(std::move(file)); });
    check::summarise(*collected);
    if (int code = write_baseline_option(ctx, opt, *collected, baseline); code != kExitOk)
      return code;
  }
  const bool summary = !summary_target(opt).empty();
  check::Report kept;  // for the job summary
  kept.selected = settings.selected;
  Writers writers(ctx, opt, settings, inputs.files);
  check::Tally tally;
  check::Outcome worst = check::Outcome::ok;
  const auto deliver = [&](check::FileReport&& file) {
    if (baseline) check::absorb(file, *baseline);
    if (!writers.started()) {
      // A single file's own `language:` chooses the report language unless it was chosen
      // already.
      if (inputs.size() == 1) use_file_language(ctx, file.language);
      writers.start();
    }
    tally.add(file);
    worst = std::max(worst, check::outcome(file, settings));
    writers.file(file);
    if (summary) kept.files.push_back(std::move(file));
  };
  if (collected)
    for (auto& file : collected->files) deliver(std::move(file));
  else
    check::run_each(inputs, settings, ctx.catalogue, workers, deliver);
  if (!writers.started()) writers.start();
  const int written = writers.end(tally.summary());
  int code = written != 0 ? written : exit_code(worst);
  if (summary) {
    kept.summary = tally.summary();
    kept.skipped = inputs.skipped;
    if (int summary_code = write_summary_option(ctx, opt, kept, mode == check::Mode::check);
        summary_code != kExitOk)
      code = summary_code;
  }
  if (opt.verbose) {
    // Rating files, configurations and CI workflows found in a folder were not checked.
    for (const auto& file : inputs.skipped)
      ctx.err << tr(ctx.lang, texts::kind_skipped{.kind = model::file_kind_text(file.kind),
                                                  .path = file.path})
              << '\n';
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
