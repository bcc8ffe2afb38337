#pragma once
// The one pipeline every command runs: read, parse, validate, build the model, score, check,
// suppress and apply the project's rule settings. Commands, the fuzzer and the browser edition
// call these; none of them repeats a step.
#include <optional>
#include <string>

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

}  // namespace routekaart::check
