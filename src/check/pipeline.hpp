#pragma once
// The one pipeline every command runs: read, parse, validate, build the model, score, check,
// suppress and apply the project's rule settings. Commands, the fuzzer and the browser edition
// call these; none of them repeats a step.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "check/report.hpp"
#include "check/settings.hpp"
#include "io/source.hpp"
#include "model/intervention.hpp"

namespace routekaart::check {

/// One file checked from start to end, with its model when the file could be read as one.
struct Checked {
  FileReport report;
  std::optional<model::Intervention> intervention;
};

/// The whole pipeline for text already in memory (standard input, a page, a test).
Checked check_source(const io::Source& source, const catalogue::Catalogue& catalogue,
                     const Settings& settings);
/// The whole pipeline for the file at `path` ("-" is standard input).
Checked check_path(const std::string& path, const catalogue::Catalogue& catalogue,
                   const Settings& settings);

/// The report of a loaded file: coverage and per-signpost results of the selected signposts
/// (in check mode) and every finding, validation diagnostics included, with suppressions and
/// rule settings applied. What check_source and check_path end with.
FileReport check_file(const model::LoadedIntervention& loaded, const std::string& path,
                      const catalogue::Catalogue& catalogue, const Settings& settings);

/// What a run checks, in report order: the paths that could not be read (each an unreadable
/// file's report) and then the files, after folders are expanded and the include and exclude
/// patterns applied. Known before any file is checked, so a renderer can be told the count.
struct Inputs {
  std::vector<FileReport> unreadable;
  std::vector<std::string> files;
  std::vector<SkippedFile> skipped;  // found in a folder, but not an intervention file
  std::size_t size() const { return unreadable.size() + files.size(); }
};
Inputs find_inputs(const Settings& settings);

/// Checks `inputs` on up to `workers` threads and hands each file's report to `each` in report
/// order, on the calling thread, as soon as it and every report before it are done. Reports
/// wait for their turn in a window of a few per worker, so memory does not grow with the number
/// of files. An exception in a worker or in `each` stops the run and is rethrown here.
void run_each(const Inputs& inputs, const Settings& settings, const catalogue::Catalogue& catalogue,
              unsigned workers, const std::function<void(FileReport&&)>& each);

/// Every file the settings name: folders expanded, include/exclude patterns applied, each file
/// checked (on up to `workers` threads; the report keeps the input order) and the summary
/// computed. The models are not kept.
Report run(const Settings& settings, const catalogue::Catalogue& catalogue, unsigned workers);

enum class Outcome {
  ok,          // nothing reached the thresholds
  problems,    // a file is invalid, a finding reached fail_on, or coverage is below the minimum
  unreadable,  // a path could not be read
};

/// How the run went, by the settings' thresholds.
Outcome outcome(const Report& report, const Settings& settings);
/// How one file went; a run's outcome is the worst of its files' (the enum is in that order).
Outcome outcome(const FileReport& file, const Settings& settings);

}  // namespace routekaart::check
