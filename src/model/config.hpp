#pragma once
// The project configuration, .routekaart.yaml: defaults for check and validate, set per repo.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "common/lang.hpp"
#include "common/message.hpp"

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
  std::optional<Message> not_applied;  // why a .routekaart.yaml that was found is not used
};

/// The file named by `explicit_path`, else the first .routekaart.yaml found walking up from
/// `start_dir`; an empty config when there is none. Problems are RK0xx diagnostics. A file that
/// was found (not named) is not applied when it belongs to another user (neither the one running
/// routekaart nor root) or other users may change it: someone else's file in a shared folder
/// such as /tmp must not decide what a check passes. The config is then empty and `not_applied`
/// says why and how to use the file anyway (--config FILE).
ProjectConfig load_project_config(const std::string& explicit_path, const std::string& start_dir);

}  // namespace routekaart::model
