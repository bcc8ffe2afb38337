#include "check/pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

#include "check/findings.hpp"
#include "check/score.hpp"
#include "io/glob.hpp"
#include "io/paths.hpp"
#include "io/platform.hpp"
#include "model/classify.hpp"

namespace routekaart::check {
using catalogue::Catalogue;
using model::Intervention;
using model::LoadedIntervention;

namespace {

Checked finish(LoadedIntervention loaded, const std::string& path, const Catalogue& catalogue,
               const Settings& settings) {
  Checked out;
  out.report = check_file(loaded, path, catalogue, settings);
  out.intervention = std::move(loaded.intervention);
  return out;
}

bool matches_any(const std::vector<std::string>& globs, const std::string& path) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& g) { return io::glob_match(g, path); });
}

// The files that the include and exclude patterns of the project configuration let through. The
// patterns choose among files that are there: standard input and a path that cannot be examined
// (missing, or in a folder that cannot be read) are always checked, so that a mistyped name fails
// instead of passing with nothing checked.
bool wanted(const std::string& path, const Settings& settings) {
  if (settings.include.empty() && settings.exclude.empty()) return true;
  io::platform::FileInfo info;
  if (path == "-" || io::platform::file_info(path, info) != 0) return true;
  return (settings.include.empty() || matches_any(settings.include, path)) &&
         !matches_any(settings.exclude, path);
}

FileReport unreadable(Diagnostic problem) {
  FileReport file;
  file.path = problem.location.file;
  file.readable = false;
  file.findings.push_back(std::move(problem));
  return file;
}

// Standard input under the name settings.stdin_name (--stdin-filename): the report, its findings
// and the model name the file as if it had been read from there.
Checked check_stdin(const Catalogue& catalogue, const Settings& settings) {
  io::ReadResult read = io::read_source("-", settings.limits);
  if (read.source) {
    read.source->path = settings.stdin_name;
    return check_source(*read.source, catalogue, settings);
  }
  LoadedIntervention failed;
  failed.unreadable = read.error->rule == RuleId::RK002;
  read.error->location.file = settings.stdin_name;
  failed.diagnostics.push_back(std::move(*read.error));
  return finish(std::move(failed), settings.stdin_name, catalogue, settings);
}

// The name include and exclude match: standard input's is settings.stdin_name when given.
const std::string& matched_name(const std::string& path, const Settings& settings) {
  return path == "-" && !settings.stdin_name.empty() ? settings.stdin_name : path;
}

// The ordered hand-over of run_each: workers take the next index while it is within `window`
// of the next report due, and leave their report here; the calling thread hands reports out in
// order and checks files itself while it waits.
class OrderedRun {
 public:
  OrderedRun(const Inputs& inputs, const Catalogue& catalogue, const Settings& settings,
             std::size_t window)
      : inputs_(inputs), catalogue_(catalogue), settings_(settings), window_(window) {}

  // A helper thread: checks files until there are none left or the run stops.
  void help() {
    for (;;) {
      std::size_t i = 0;
      {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stop_ || !more() || in_window(); });
        if (stop_ || !more()) return;
        i = next_take_++;
      }
      check_one(i);
    }
  }

  // The calling thread: hands every report to `each` in order.
  void hand_out(const std::function<void(FileReport&&)>& each) {
    const std::size_t count = inputs_.files.size();
    while (next_give_ < count) {
      std::unique_lock lock(mutex_);
      if (error_) std::rethrow_exception(error_);
      if (auto done = done_.find(next_give_); done != done_.end()) {
        FileReport report = std::move(done->second);
        done_.erase(done);
        ++next_give_;
        lock.unlock();
        changed_.notify_all();
        each(std::move(report));
      } else if (more() && in_window()) {
        const std::size_t i = next_take_++;
        lock.unlock();
        check_one(i);
      } else {
        changed_.wait(lock);
      }
    }
  }

  void stop() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    changed_.notify_all();
  }

 private:
  bool more() const { return next_take_ < inputs_.files.size(); }
  bool in_window() const { return next_take_ < next_give_ + window_; }

  void check_one(std::size_t i) {
    try {
      FileReport report = check_path(inputs_.files[i], catalogue_, settings_).report;
      std::lock_guard lock(mutex_);
      done_.emplace(i, std::move(report));
    } catch (...) {
      std::lock_guard lock(mutex_);
      if (!error_) error_ = std::current_exception();
      stop_ = true;
    }
    changed_.notify_all();
  }

  const Inputs& inputs_;
  const Catalogue& catalogue_;
  const Settings& settings_;
  const std::size_t window_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::size_t next_take_ = 0;  // the next file to check
  std::size_t next_give_ = 0;  // the next report to hand out
  std::map<std::size_t, FileReport> done_;
  std::exception_ptr error_;
  bool stop_ = false;
};

}  // namespace

FileReport check_file(const LoadedIntervention& loaded, const std::string& path,
                      const Catalogue& catalogue, const Settings& settings) {
  FileReport report;
  report.path = path;
  report.readable = !loaded.unreadable;
  report.valid = loaded.valid();
  report.findings = loaded.diagnostics;
  report.language = loaded.language;
  if (loaded.intervention) {
    const Intervention& in = *loaded.intervention;
    report.parsed = true;
    report.name = in.info.name;
    if (settings.mode == Mode::check) {
      for (int n : settings.selected)
        report.signposts.push_back(
            score_signpost(in.signposts[static_cast<std::size_t>(n)], *catalogue.find(n), in.info));
      report.coverage = compute_coverage(report.signposts, catalogue);
      add_findings(in, report.signposts, catalogue, settings, report.findings);
      if (settings.min_coverage && report.coverage.percent &&
          *report.coverage.percent < *settings.min_coverage)
        report.findings.push_back(
            below_minimum(path, *report.coverage.percent, *settings.min_coverage));
      apply_suppressions(in, report.findings, report.suppressed);
    }
  }
  apply_rule_settings(report.findings, settings);
  sort_diagnostics(report.findings);
  return report;
}

Checked check_source(const io::Source& source, const Catalogue& catalogue,
                     const Settings& settings) {
  return finish(model::load_intervention_text(source, catalogue, settings.limits), source.path,
                catalogue, settings);
}

Checked check_path(const std::string& path, const Catalogue& catalogue, const Settings& settings) {
  if (path == "-" && !settings.stdin_name.empty()) return check_stdin(catalogue, settings);
  return finish(model::load_intervention(path, catalogue, settings.limits), path, catalogue,
                settings);
}

Inputs find_inputs(const Settings& settings) {
  Inputs inputs;
  // `check` searches folders; `validate` takes its paths as files.
  io::ExpandedPaths paths = settings.mode == Mode::check
                                ? io::expand_paths(settings.paths, settings.follow_symlinks)
                                : io::ExpandedPaths{settings.paths, {}};
  // A folder that cannot be read is reported unless an exclude pattern names it: what it holds is
  // unknown, so the include patterns (which choose files) cannot leave it out.
  for (auto& problem : paths.problems)
    if (!matches_any(settings.exclude, matched_name(problem.location.file, settings)))
      inputs.unreadable.push_back(unreadable(problem));
  std::erase_if(paths.files, [&](const std::string& path) {
    return !wanted(matched_name(path, settings), settings);
  });
  // A file found in a folder is judged by its content first (model::classify_yaml, a scan of
  // its top-level keys): a rating file, a project configuration or a CI workflow is not checked.
  // A file named on the command line is always checked.
  for (auto& path : paths.files) {
    if (std::find(settings.paths.begin(), settings.paths.end(), path) == settings.paths.end()) {
      const io::ReadResult read = io::read_source(path, settings.limits);
      if (read.source) {
        const model::FileKind kind = model::classify_yaml(read.source->text);
        if (kind != model::FileKind::intervention) {
          inputs.skipped.push_back({std::move(path), kind});
          continue;
        }
      }
    }
    inputs.files.push_back(std::move(path));
  }
  return inputs;
}

void run_each(const Inputs& inputs, const Settings& settings, const Catalogue& catalogue,
              unsigned workers, const std::function<void(FileReport&&)>& each) {
  for (const auto& file : inputs.unreadable) each(FileReport(file));
  const std::size_t threads =
      std::min({std::size_t{std::max(workers, 1u)}, std::size_t{8}, inputs.files.size()});
  OrderedRun run(inputs, catalogue, settings, 2 * threads + 2);
  // When a thread cannot be started the work is shared by those that could (at least this one).
  std::vector<std::future<void>> helpers;
  for (std::size_t w = 1; w < threads; ++w) {
    try {
      helpers.push_back(std::async(std::launch::async, [&run] { run.help(); }));
    } catch (const std::system_error&) {
      break;
    }
  }
  try {
    run.hand_out(each);
  } catch (...) {
    run.stop();
    for (auto& helper : helpers) helper.wait();
    throw;
  }
  for (auto& helper : helpers) helper.get();
}

Report run(const Settings& settings, const Catalogue& catalogue, unsigned workers) {
  Report report;
  report.selected = settings.selected;
  Inputs inputs = find_inputs(settings);
  run_each(inputs, settings, catalogue, workers,
           [&](FileReport&& file) { report.files.push_back(std::move(file)); });
  report.skipped = std::move(inputs.skipped);
  summarise(report);
  return report;
}

Outcome outcome(const FileReport& file, const Settings& settings) {
  if (!file.readable) return Outcome::unreadable;
  bool problems = !file.valid;
  for (const auto& d : file.findings)
    if (settings.fail_on && d.severity >= *settings.fail_on) problems = true;
  if (settings.min_coverage && file.coverage.percent &&
      *file.coverage.percent < *settings.min_coverage)
    problems = true;
  return problems ? Outcome::problems : Outcome::ok;
}

Outcome outcome(const Report& report, const Settings& settings) {
  Outcome worst = Outcome::ok;
  for (const auto& file : report.files) worst = std::max(worst, outcome(file, settings));
  return worst;
}

}  // namespace routekaart::check
