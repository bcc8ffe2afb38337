#pragma once
// Scoring an intervention against the 14 signposts, and the RK1xx-RK3xx findings.
#include <map>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "check/report.hpp"
#include "model/intervention.hpp"

namespace routekaart::check {

struct CheckOptions {
  Lang lang = Lang::en;
  bool strict = false;        // RK101 is an error for essential signposts
  std::vector<int> selected;  // signposts to report on; empty means all 14
  std::vector<int> required;  // signposts the project requires: RK101/RK102 become errors
  std::map<std::string, std::string> rule_overrides;  // rule id -> off | error | warning | info
};

/// Builds the report of one loaded file: coverage, per-signpost results and all findings
/// (validation diagnostics included), limited to the selected signposts.
FileReport check_file(const model::LoadedIntervention& loaded, const std::string& path,
                      const catalogue::Catalogue& catalogue, const CheckOptions& options);

/// The per-signpost result (coverage and element counts) of one entry.
SignpostResult score_signpost(const model::SignpostEntry& entry,
                              const catalogue::Signpost& signpost);

}  // namespace routekaart::check
