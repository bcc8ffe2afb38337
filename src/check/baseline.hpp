#pragma once
// A baseline: the findings a team has accepted for now, so that CI fails only on new ones
// (`check --baseline FILE`, `--write-baseline FILE`). A finding matches a baseline entry by rule,
// file, signpost and a fingerprint of its content (the rule and the message's values, never its
// line or its words), so that edits above it do not break the match; counts matter: two identical
// findings in the baseline absorb two. Fixed rules (rules/rules.yaml: the file format, RK107)
// are never absorbed, as they cannot be switched off or suppressed either.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "check/report.hpp"
#include "common/diagnostic.hpp"
#include "common/limits.hpp"
#include "io/source.hpp"

namespace routekaart::check {

/// What identifies a finding in a baseline.
struct BaselineKey {
  std::string file;  // normalise_baseline_path of the finding's file
  RuleId rule = RuleId::RK001;
  int signpost = 0;         // 0 when the finding concerns no single signpost
  std::string fingerprint;  // finding_fingerprint: 16 hexadecimal digits
  bool operator==(const BaselineKey&) const = default;
  // Not a defaulted <=>: the libc++ of Debian's emscripten has no <=> for std::string.
  bool operator<(const BaselineKey& other) const {
    return std::tie(file, rule, signpost, fingerprint) <
           std::tie(other.file, other.rule, other.signpost, other.fingerprint);
  }
};

struct BaselineEntry {
  std::int64_t count = 0;
  std::optional<Message> message;  // the first finding's, for the file's readers; not matched
};

/// A multiset of findings: how many of each key it accepts.
struct Baseline {
  std::map<BaselineKey, BaselineEntry> entries;
  /// The number of findings it accepts.
  std::int64_t total() const;
};

/// A path as a baseline compares it: '\' as '/', no "." segments, no repeated '/'.
std::string normalise_baseline_path(std::string_view path);

/// The content of a finding without its place: the rule and the values of its message (and of
/// messages nested in it), not the words of the text and not the catalogue's words; values that
/// are a line or column in a file are left out. 16 hexadecimal digits (64-bit FNV-1a).
std::string finding_fingerprint(const Diagnostic& finding);

/// Whether a baseline may hold findings of `rule`: every rule but the fixed ones.
bool can_baseline(RuleId rule);

BaselineKey baseline_key(const Diagnostic& finding);

/// The baseline of every finding of `report` that a baseline may hold (those a baseline
/// absorbed included: they are findings of the run too).
Baseline make_baseline(const Report& report);

/// Moves the findings of `file` that `remaining` accepts into file.baselined, in order, using up
/// one count of `remaining` per finding.
void absorb(FileReport& file, Baseline& remaining);

/// absorb() for every file of `report`, then its summary computed again.
void apply_baseline(Report& report, Baseline baseline);

/// How large a baseline file may be: a repository's accepted findings outgrow the limits of one
/// intervention file (about 250 bytes and 7 nodes a finding).
inline constexpr Limits kBaselineLimits{64 * 1024 * 1024, 64, 4000000};

struct BaselineLoad {
  std::optional<Baseline> baseline;  // absent when the file cannot be used
  Diagnostics problems;              // where and why (RK0xx, located in the baseline file)
};

/// Reads a baseline file (JSON, or the same as YAML) from text in memory, within kBaselineLimits.
BaselineLoad read_baseline(const io::Source& source);
/// The same from a path ("-" for standard input).
BaselineLoad load_baseline(const std::string& path);

}  // namespace routekaart::check
