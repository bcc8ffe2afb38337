#pragma once
// What check and validate do for CI besides the report: the baseline (--baseline FILE,
// --write-baseline FILE; check/baseline.hpp) and the job summary (--summary FILE, or
// $GITHUB_STEP_SUMMARY in GitHub Actions unless --no-summary; render/summary.hpp).
#include <optional>
#include <string>

#include "check/baseline.hpp"
#include "check/report.hpp"

namespace routekaart::cli {

struct Context;
struct Options;

/// --baseline FILE: the baseline it holds in `out` (nothing without the option). Returns 0, or 2
/// after printing why the file cannot be used.
int read_baseline_option(Context& ctx, const Options& opt, std::optional<check::Baseline>& out);

/// --write-baseline FILE: writes the baseline of every finding of `report` (atomically, refusing
/// to overwrite without --force) and puts it in `baseline`, so that the run is checked against
/// what it wrote. Returns 0 (also without the option), or 2 after printing why it failed.
int write_baseline_option(Context& ctx, const Options& opt, const check::Report& report,
                          std::optional<check::Baseline>& baseline);

/// Where the job summary goes: --summary FILE ("-" is standard output), else $GITHUB_STEP_SUMMARY
/// when it is set; "" with --no-summary or when neither is given.
std::string summary_target(const Options& opt);

/// Appends the job summary of `report` to summary_target(opt), keeping the file under GitHub's
/// limit of 1 MiB. Returns 0, or 2 when --summary FILE cannot be written; a summary that
/// $GITHUB_STEP_SUMMARY asked for and that cannot be written is a note on standard error only.
int write_summary_option(Context& ctx, const Options& opt, const check::Report& report,
                         bool coverage);

}  // namespace routekaart::cli
