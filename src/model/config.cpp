#include "model/config.hpp"

#include <filesystem>

#include "generated/texts/model.hpp"
#include "io/platform.hpp"
#include "schema/format.hpp"
#include "schema/validate.hpp"
#include "yaml/load.hpp"
#include "yaml/read.hpp"

namespace routekaart::model {
using io::read_source;
using io::ReadResult;
using schema::validate_tree;
using yaml::parse_integer;
using yaml::parse_yaml;
using yaml::ParsedYaml;

namespace fs = std::filesystem;
namespace {

// The first .routekaart.yaml in start_dir or above, as a path relative to start_dir
// (".routekaart.yaml", "../.routekaart.yaml", ...), or "" when there is none.
std::string find_upwards(const std::string& start_dir) {
  std::error_code ec;
  fs::path dir = fs::weakly_canonical(fs::absolute(start_dir, ec), ec);
  std::string prefix = start_dir == "." ? "" : start_dir + "/";
  while (!ec) {
    std::error_code missing;  // a folder without the file is no error: look further up
    if (fs::is_regular_file(dir / ".routekaart.yaml", missing)) return prefix + ".routekaart.yaml";
    if (dir == dir.root_path() || !dir.has_parent_path()) break;
    dir = dir.parent_path();
    prefix += "../";
  }
  return "";
}

void read_values(const yaml::Node& root, ProjectConfig& c) {
  for (const auto& [key, value] : root.entries)
    c.origins[key.value] = Origin{c.file + ":" + std::to_string(key.mark.line)};
  c.paths = yaml::text_list(root, "paths");
  c.include = yaml::text_list(root, "include");
  c.exclude = yaml::text_list(root, "exclude");
  if (root.find("language")) c.language = yaml::text(root, "language");
  if (root.find("fail-on")) c.fail_on = yaml::text(root, "fail-on");
  double min_coverage = 0;
  if (const yaml::Node* min = root.find("min-coverage");
      min && yaml::parse_number(*min, min_coverage))
    c.min_coverage = min_coverage;
  std::int64_t words = 0;
  if (const yaml::Node* min = root.find("min-practice-words"); min && parse_integer(*min, words))
    c.min_practice_words = static_cast<int>(words);
  for (const auto& item : yaml::items(root, "require")) {
    std::int64_t n = 0;
    if (parse_integer(item, n)) c.require.push_back(static_cast<int>(n));
  }
  if (const yaml::Node* rules = root.find("rules"); rules && rules->is_map())
    for (const auto& [key, value] : rules->entries)
      if (const std::optional<RuleId> id = parse_rule_id(key.value))
        c.rules[*id] = parse_severity(value.value);  // "off" is no severity: nullopt
}

}  // namespace

ProjectConfig load_project_config(const std::string& explicit_path, const std::string& start_dir) {
  ProjectConfig c;
  c.file = explicit_path.empty() ? find_upwards(start_dir) : explicit_path;
  if (c.file.empty()) return c;
  if (explicit_path.empty()) {
    const io::platform::Trust trust = io::platform::trust(c.file);
    if (trust != io::platform::Trust::trusted) {
      c.not_applied =
          texts::config_not_applied{.path = c.file,
                                    .reason = trust == io::platform::Trust::other_owner
                                                  ? Message(texts::config_other_owner{})
                                                  : Message(texts::config_writable_by_others{})};
      c.file.clear();
      return c;
    }
  }
  ReadResult read = read_source(c.file, Limits{});
  if (!read.source) {
    c.problems.push_back(*read.error);
    return c;
  }
  ParsedYaml parsed = parse_yaml(*read.source, Limits{});
  c.problems = parsed.diagnostics;
  if (!parsed.root) return c;  // an empty config file is fine
  validate_tree(
      *parsed.root, schema::config_spec(), c.file, [](int) { return std::vector<std::string>(); },
      c.problems);
  if (c.problems.empty() && parsed.root->is_map()) read_values(*parsed.root, c);
  sort_diagnostics(c.problems);
  return c;
}

}  // namespace routekaart::model
