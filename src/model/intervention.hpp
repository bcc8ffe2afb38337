#pragma once
// A team's self-description of its intervention (the file format, version 1), as plain structs.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "common/diagnostic.hpp"
#include "common/lang.hpp"
#include "common/status.hpp"
#include "io/source.hpp"
#include "yaml/tree.hpp"

namespace routekaart::model {

struct ElementEntry {
  std::string id;
  Status status = Status::not_described;
  std::string practice;
  std::string rationale;  // why it does not apply (not-applicable)
  yaml::Mark mark;
};

struct SignpostEntry {
  int number = 0;
  bool described = false;
  Status status = Status::not_described;
  bool essential = true;
  std::string practice;
  std::string rationale;
  std::vector<ElementEntry> elements;
  std::vector<std::string> next_steps;
  yaml::Mark mark;         // the signpost's key; the `signposts:` key when not described
  yaml::Mark status_mark;  // the status value
};

struct Goal {
  std::string id, text, indicator;
  yaml::Mark mark;
};

template <typename T>
struct Located {
  T value;
  yaml::Mark mark;
};

struct Method {
  std::string id, name, description;
  std::vector<Located<std::string>> goals;
  std::vector<Located<std::int64_t>> signposts;
  std::string mode;  // standard | flexible | "" (not said)
  std::string tailoring;
  yaml::Mark mark;
};

struct Phase {
  std::string name;
  std::int64_t weeks = 0;
  std::string focus;
};

struct MethodSection {
  bool present = false;
  std::string end_result;
  std::vector<Goal> goals;
  std::vector<Method> methods;
  std::vector<Phase> phases;
  yaml::Mark mark;
};

struct TeamMember {
  std::string role, expertise;
  std::optional<double> hours_per_week;
};

struct Resources {
  std::vector<std::string> funding, facilities;
  std::string time;
};

struct Score {
  std::optional<int> importance, attention;
};

struct Rating {
  std::string rater, role, date;
  std::string round;  // `round:` as written (model::round_key, check::rounds_of)
  std::map<int, Score> scores;
  std::string file;  // where it came from
  yaml::Mark mark;
};

struct Suppression {
  std::string rule, reason;
  int signpost = 0;
  yaml::Mark mark;
};

struct InterventionInfo {
  std::string name, organisation, contact, setting, target_group, summary;
  std::optional<int> tier, group_size, duration_weeks;
  std::optional<bool> alternative_programme;  // the intervention is an alternative programme
  std::optional<std::pair<int, int>> ages;
  std::vector<std::string> school_types;
};

struct Intervention {
  std::string path;
  std::optional<Lang> language;
  InterventionInfo info;
  std::array<SignpostEntry, kSignpostCount + 1> signposts;  // index 1..14; 0 unused
  MethodSection method;
  std::vector<TeamMember> team;
  Resources resources;
  bool has_resources = false;
  std::vector<Rating> ratings;
  std::vector<Suppression> suppressions;
};

struct LoadedIntervention {
  std::optional<Intervention> intervention;  // absent when the file could not be read or parsed
  Diagnostics diagnostics;                   // every validation problem (all errors)
  bool unreadable = false;                   // RK002: the path does not exist or cannot be read
  std::optional<Lang> language;  // the file's `language:`, also when it could not be parsed
  bool valid() const { return intervention && diagnostics.empty(); }
};

/// The `language:` a file declares on a line of its own (`language: nl`, quoted or not, with a
/// comment or not), read from its lines so that it is found in a file that is no valid YAML, or
/// not even UTF-8 (its zero bytes are passed over, so UTF-16 text is read as ASCII).
std::optional<Lang> declared_language(std::string_view bytes);

/// Reads, parses and validates the file at `path` ("-" for stdin) and builds the model from
/// whatever is well-formed, so that a file with a few problems still gets a report.
LoadedIntervention load_intervention(const std::string& path, const catalogue::Catalogue& catalogue,
                                     const Limits& limits);

/// The same from text already in memory (tests, fuzzing, `diff`).
LoadedIntervention load_intervention_text(const io::Source& source,
                                          const catalogue::Catalogue& catalogue,
                                          const Limits& limits);

/// Builds a Rating from a validated `rating:` map.
Rating read_rating(const yaml::Node& node, const std::string& file);

}  // namespace routekaart::model
