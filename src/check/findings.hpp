#pragma once
// The findings about what a file says: RK1xx (one signpost), RK2xx (the method of signpost 12),
// RK3xx (links between signposts); then the team's suppressions (RK022) and the project's rule
// settings. Format findings (RK0xx) come from reading the file and are never changed here.
#include <vector>

#include "catalogue/catalogue.hpp"
#include "check/report.hpp"
#include "check/settings.hpp"
#include "model/intervention.hpp"

namespace routekaart::check {

/// Appends the RK1xx-RK3xx findings of `intervention` for the selected signposts, given their
/// scores in `results`.
void add_findings(const model::Intervention& intervention,
                  const std::vector<SignpostResult>& results, const catalogue::Catalogue& catalogue,
                  const Settings& settings, Diagnostics& findings);

/// Moves the findings that a `suppress:` entry matches into `suppressed` (with the entry's reason
/// as hint) and adds RK022 for every entry that matches nothing. Format findings (RK0xx) cannot
/// be suppressed.
void apply_suppressions(const model::Intervention& intervention, Diagnostics& findings,
                        Diagnostics& suppressed);

/// The project's rule settings (off, or another severity) and required signposts (RK101/RK102
/// become errors). Format findings (RK0xx) keep their severity.
void apply_rule_settings(Diagnostics& findings, const Settings& settings);

/// RK107: the file's coverage is below the minimum the run asks for (--min-coverage).
Diagnostic below_minimum(const std::string& path, double percent, double minimum);

/// The findings about the method of signpost 12 (RK2xx) among `findings`.
Diagnostics method_findings(const Diagnostics& findings);

}  // namespace routekaart::check
