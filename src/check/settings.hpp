#pragma once
// The effective settings of one run: what was asked (a command line, a page), filled in from the
// project configuration (.routekaart.yaml), filled in from the defaults. One function decides
// them, for every command.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "common/diagnostic.hpp"
#include "common/limits.hpp"
#include "model/config.hpp"

namespace routekaart::check {

/// The --fail-on word (and `fail-on:` value) after which no finding fails the run; the others are
/// the severity names (common/diagnostic.hpp).
inline constexpr std::string_view kFailOnNever = "never";

/// What was asked for; anything left empty comes from the project configuration or a default.
struct Request {
  std::vector<std::string> paths;
  std::optional<std::string> fail_on;  // error | warning | info | never
  std::optional<double> min_coverage;  // percent
  bool strict = false;                 // RK101 is an error for essential signposts
  std::string signposts;               // a selection such as "1,2,5-7"; empty: all
  std::string audience;                // practitioners | managers; empty: all
  bool follow_symlinks = false;
  std::optional<std::size_t> max_file_size;
  std::string stdin_name;  // --stdin-filename: the name of "-"; empty: "-"
};

enum class Mode { validate, check };

/// A practice text shorter than this many words says too little about how the team works (RK106):
/// the shortest practice text of the bundled examples has 12 words, "ja" has one.
inline constexpr int kMinPracticeWords = 8;

struct Settings {
  Mode mode = Mode::check;
  std::vector<std::string> paths, include, exclude;
  std::optional<Severity> fail_on = Severity::error;  // nullopt: never
  std::optional<double> min_coverage;
  int min_practice_words = kMinPracticeWords;  // RK106 below this many words; 0: no check
  bool strict = false;
  std::vector<int> selected;  // the signposts reported on, ascending; never empty
  std::vector<int> required;  // the project requires these: RK101/RK102 on them are errors
  std::map<RuleId, std::optional<Severity>> rules;  // per rule: a severity, or nullopt: off
  Limits limits;
  bool follow_symlinks = false;
  /// The name standard input ("-") has in the report, and that include/exclude match; empty: "-".
  std::string stdin_name;
};

struct SettingsResult {
  std::optional<Settings> settings;  // absent when the request cannot be honoured
  std::optional<Message> problem;    // what is wrong with the request, for a usage error
  std::optional<Message> hint;
};

/// The effective settings: the request wins over the project configuration, which wins over the
/// defaults. A selection that names no signpost, or that the audience empties, is a problem.
SettingsResult resolve_settings(const Request& request, const model::ProjectConfig& config,
                                const catalogue::Catalogue& catalogue, Mode mode);

/// Parses "1,2,5-7" into signpost numbers, ascending and once each; nullopt for anything else.
std::optional<std::vector<int>> parse_selection(std::string_view text);

}  // namespace routekaart::check
