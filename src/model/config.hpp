#pragma once
// The project configuration, .routekaart.yaml: defaults for check and validate, set per repo.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "common/lang.hpp"

namespace routekaart::model {

/// Where an effective value came from, for `routekaart config`.
struct Origin {
  std::string source;  // "default", "command line", "environment", or "FILE:LINE"
};

struct ProjectConfig {
  std::string file;  // the file that was read; empty when there is none
  std::vector<std::string> paths, include, exclude;
  std::optional<std::string> language, fail_on;
  std::optional<double> min_coverage;
  std::optional<int> min_practice_words;            // fewest words a practice text needs (RK106)
  std::vector<int> require;                         // signposts the team requires
  std::map<RuleId, std::optional<Severity>> rules;  // a severity, or nullopt for off
  std::map<std::string, Origin> origins;            // key -> where it was set in the file
  Diagnostics problems;                             // validation problems of the file
};

/// The file named by `explicit_path`, else the first .routekaart.yaml found walking up from
/// `start_dir`; an empty config when there is none. Problems are RK0xx diagnostics.
ProjectConfig load_project_config(const std::string& explicit_path, const std::string& start_dir);

}  // namespace routekaart::model
