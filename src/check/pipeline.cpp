#include "check/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <future>
#include <system_error>
#include <thread>

#include "check/findings.hpp"
#include "check/score.hpp"
#include "io/glob.hpp"
#include "io/paths.hpp"
#include "io/platform.hpp"

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

// Checks every file on up to `workers` threads, each taking the next file in turn; the results
// land in input order, so the report does not depend on the timing. When a thread cannot be
// started the work is shared by those that could (at least this one). An exception in a worker
// is rethrown here, as without threads.
// A file found in a folder is first read and judged by its content (model::classify_yaml): a
// rating file, a project configuration or a CI workflow is not checked, and its kind is kept in
// `kinds`. A file named on the command line (`found` false) is always checked.
std::vector<FileReport> check_all(const std::vector<std::string>& paths,
                                  const std::vector<bool>& found, const Catalogue& catalogue,
                                  const Settings& settings, unsigned workers,
                                  std::vector<model::FileKind>& kinds) {
  std::vector<FileReport> reports(paths.size());
  kinds.assign(paths.size(), model::FileKind::intervention);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++) {
      if (found[i]) {
        io::ReadResult read = io::read_source(paths[i], settings.limits);
        if (read.source) {
          kinds[i] = model::classify_yaml(read.source->text);
          if (kinds[i] == model::FileKind::intervention)
            reports[i] = check_source(*read.source, catalogue, settings).report;
          continue;
        }
      }
      reports[i] = check_path(paths[i], catalogue, settings).report;
    }
  };
  const std::size_t wanted_workers =
      std::min({std::size_t{std::max(workers, 1u)}, std::size_t{8}, paths.size()});
  std::vector<std::future<void>> helpers;
  for (std::size_t w = 1; w < wanted_workers; ++w) {
    try {
      helpers.push_back(std::async(std::launch::async, work));
    } catch (const std::system_error&) {
      break;  // no more threads: the ones running (and this one) share the files
    }
  }
  work();
  for (auto& helper : helpers) helper.get();
  return reports;
}

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

Report run(const Settings& settings, const Catalogue& catalogue, unsigned workers) {
  Report report;
  report.selected = settings.selected;
  // `check` searches folders; `validate` takes its paths as files.
  io::ExpandedPaths paths = settings.mode == Mode::check
                                ? io::expand_paths(settings.paths, settings.follow_symlinks)
                                : io::ExpandedPaths{settings.paths, {}};
  // A folder that cannot be read is reported unless an exclude pattern names it: what it holds is
  // unknown, so the include patterns (which choose files) cannot leave it out.
  for (auto& problem : paths.problems)
    if (!matches_any(settings.exclude, matched_name(problem.location.file, settings)))
      report.files.push_back(unreadable(problem));
  std::erase_if(paths.files, [&](const std::string& path) {
    return !wanted(matched_name(path, settings), settings);
  });
  std::vector<bool> found;
  for (const auto& path : paths.files)
    found.push_back(std::find(settings.paths.begin(), settings.paths.end(), path) ==
                    settings.paths.end());
  std::vector<model::FileKind> kinds;
  std::vector<FileReport> checked =
      check_all(paths.files, found, catalogue, settings, workers, kinds);
  for (std::size_t i = 0; i < checked.size(); ++i) {
    if (kinds[i] == model::FileKind::intervention)
      report.files.push_back(std::move(checked[i]));
    else
      report.skipped.push_back({paths.files[i], kinds[i]});
  }
  summarise(report);
  return report;
}

Outcome outcome(const Report& report, const Settings& settings) {
  bool problems = false;
  for (const auto& file : report.files) {
    if (!file.readable) return Outcome::unreadable;
    if (!file.valid) problems = true;
    for (const auto& d : file.findings)
      if (settings.fail_on && d.severity >= *settings.fail_on) problems = true;
    if (settings.min_coverage && file.coverage.percent &&
        *file.coverage.percent < *settings.min_coverage)
      problems = true;
  }
  return problems ? Outcome::problems : Outcome::ok;
}

}  // namespace routekaart::check
