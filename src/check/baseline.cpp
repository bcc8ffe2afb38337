#include "check/baseline.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "generated/texts/ci.hpp"
#include "generated/texts/model.hpp"
#include "generated/texts/read.hpp"
#include "generated/texts/yaml.hpp"
#include "schema/format.hpp"
#include "schema/validate.hpp"
#include "yaml/load.hpp"
#include "yaml/read.hpp"

namespace routekaart::check {
namespace {

// The arguments of a text that hold a line or column in a file: a placeholder of that text set
// to this value shows where it is (the placeholders are in alphabetical order, so the position
// follows from the names, which the compiler checks).
constexpr std::int64_t kPlaceValue = -7340033;

struct PlaceArgs {
  TextId id;
  std::vector<std::size_t> positions;
};

std::vector<std::size_t> place_positions(const Message& probe) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < probe.args.size(); ++i)
    if (const auto* n = std::get_if<std::int64_t>(&probe.args[i].value()); n && *n == kPlaceValue)
      out.push_back(i);
  return out;
}

// Every text of a finding that names a place in a file, and where.
const std::vector<PlaceArgs>& place_args() {
  static const std::vector<PlaceArgs> table{
      {texts::yaml_duplicate_key::text_id,
       place_positions(texts::yaml_duplicate_key{.key = "", .line = kPlaceValue})},
      {texts::ratings_duplicate::text_id,
       place_positions(texts::ratings_duplicate{
           .column = kPlaceValue, .file = "", .line = kPlaceValue, .rater = ""})},
  };
  return table;
}

bool is_place(const Message& message, std::size_t index) {
  for (const auto& entry : place_args())
    if (entry.id == message.id)
      return std::find(entry.positions.begin(), entry.positions.end(), index) !=
             entry.positions.end();
  return false;
}

// The values of `message` as one string: a type letter and the value per argument, nested
// messages in parentheses; the catalogue's words and places in a file as a bare letter, so that
// the other values keep their positions.
void content(const Message& message, std::string& out) {
  for (std::size_t i = 0; i < message.args.size(); ++i) {
    const Arg::Value& value = message.args[i].value();
    if (is_place(message, i)) {
      out += 'p';
    } else if (const auto* text = std::get_if<std::string>(&value)) {
      out += 's';
      out += *text;
    } else if (const auto* n = std::get_if<std::int64_t>(&value)) {
      out += fmt::format("i{}", *n);
    } else if (const auto* d = std::get_if<double>(&value)) {
      out += fmt::format("d{}", *d);
    } else if (std::holds_alternative<const Bilingual*>(value)) {
      out += 'b';
    } else if (const auto* nested = std::get_if<std::shared_ptr<const Message>>(&value)) {
      out += '(';
      // The nested text's key (such as "status.planned"), stable across versions and languages.
      if (*nested) {
        out += text_key((*nested)->id);
        out += '\x1d';
        content(**nested, out);
      }
      out += ')';
    }
    out += '\x1f';  // unit separator: "a" + "b" differs from "ab"
  }
}

std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ull;
  }
  return hash;
}

}  // namespace

std::int64_t Baseline::total() const {
  std::int64_t sum = 0;
  for (const auto& [key, entry] : entries) sum += entry.count;
  return sum;
}

std::string normalise_baseline_path(std::string_view path) {
  std::string unified(path);
  std::replace(unified.begin(), unified.end(), '\\', '/');
  const bool absolute = !unified.empty() && unified.front() == '/';
  std::vector<std::string_view> parts;
  std::string_view rest = unified;
  while (!rest.empty()) {
    const std::size_t slash = rest.find('/');
    const std::string_view part = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (!part.empty() && part != ".") parts.push_back(part);
  }
  std::string out = absolute ? "/" : "";
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += '/';
    out += parts[i];
  }
  return out.empty() && !absolute ? "." : out;
}

std::string finding_fingerprint(const Diagnostic& finding) {
  std::string bytes(rule_name(finding.rule));
  bytes += '\x1e';
  content(finding.message, bytes);
  return fmt::format("{:016x}", fnv1a(bytes));
}

bool can_baseline(RuleId rule) {
  return !is_fixed_rule(rule);
}

BaselineKey baseline_key(const Diagnostic& finding) {
  return BaselineKey{normalise_baseline_path(finding.location.file), finding.rule, finding.signpost,
                     finding_fingerprint(finding)};
}

Baseline make_baseline(const Report& report) {
  Baseline out;
  for (const auto& file : report.files) {
    for (const Diagnostics* list : {&file.findings, &file.baselined})
      for (const auto& d : *list) {
        if (!can_baseline(d.rule)) continue;
        BaselineEntry& entry = out.entries[baseline_key(d)];
        if (entry.count++ == 0) entry.message = d.message;
      }
  }
  return out;
}

void absorb(FileReport& file, Baseline& remaining) {
  Diagnostics kept;
  for (auto& d : file.findings) {
    if (can_baseline(d.rule)) {
      const auto it = remaining.entries.find(baseline_key(d));
      if (it != remaining.entries.end() && it->second.count > 0) {
        --it->second.count;
        file.baselined.push_back(std::move(d));
        continue;
      }
    }
    kept.push_back(std::move(d));
  }
  file.findings = std::move(kept);
}

void apply_baseline(Report& report, Baseline baseline) {
  for (auto& file : report.files) absorb(file, baseline);
  summarise(report);
}

BaselineLoad read_baseline(const io::Source& source) {
  BaselineLoad out;
  yaml::ParsedYaml parsed = yaml::parse_yaml(source, kBaselineLimits);
  out.problems = std::move(parsed.diagnostics);
  if (!parsed.root) {
    if (out.problems.empty())
      out.problems.push_back(Diagnostic{RuleId::RK001,
                                        Severity::error,
                                        Location{source.path, 1, 1},
                                        texts::read_empty{},
                                        {texts::baseline_empty_hint{}},
                                        0});
    return out;
  }
  schema::validate_tree(
      *parsed.root, schema::baseline_spec(), source.path,
      [](int) { return std::vector<std::string>(); }, out.problems);
  if (!out.problems.empty()) {
    sort_diagnostics(out.problems);
    return out;
  }
  Baseline baseline;
  for (const auto& item : yaml::items(*parsed.root, "findings")) {
    // A rule this version does not know matches nothing; a newer version may have written it.
    const std::optional<RuleId> rule = parse_rule_id(yaml::text(item, "rule"));
    if (!rule) continue;
    const BaselineKey key{normalise_baseline_path(yaml::text(item, "file")), *rule,
                          static_cast<int>(yaml::integer(item, "signpost", 0)),
                          yaml::text(item, "fingerprint")};
    baseline.entries[key].count += yaml::integer(item, "count", 1);
  }
  out.baseline = std::move(baseline);
  return out;
}

BaselineLoad load_baseline(const std::string& path) {
  io::ReadResult read = io::read_source(path, kBaselineLimits);
  if (!read.source) {
    BaselineLoad out;
    out.problems.push_back(std::move(*read.error));
    return out;
  }
  return read_baseline(*read.source);
}

}  // namespace routekaart::check
