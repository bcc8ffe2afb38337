#pragma once
// `diff OLD NEW`: what changed between two versions of an intervention file: coverage, statuses,
// rating means, raters, and findings that appeared or were resolved (compared by rule, signpost
// and message, so that moved lines do not count as changes).
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "check/pipeline.hpp"
#include "check/ratings.hpp"

namespace routekaart::check {

/// One version of the file, checked, with its ratings summarised.
struct Side {
  FileReport report;
  RatingSummary ratings;
  std::vector<std::string> raters;              // as written, on one line
  std::vector<model::SignpostEntry> signposts;  // the file's signposts, index: number; empty
                                                // when the file could not be read as a model
};

/// The texts of a signpost that changed: which ones, not the words.
struct TextChange {
  int number = 0;
  bool practice = false;              // its practice
  bool next_steps = false;            // its next_steps
  std::vector<std::string> elements;  // elements added, removed, or with a new status, practice
                                      // or rationale, by id in the new version's order
};

struct RatingMove {
  int number = 0;
  std::optional<double> old_importance, new_importance, old_attention, new_attention;
};

/// What changed between two versions.
struct Diff {
  Side before, after;
  std::vector<std::pair<Status, Status>> statuses;  // old and new, index: signpost - 1
  std::vector<int> status_changed;
  std::vector<RatingMove> moves;
  std::vector<TextChange> texts;  // signposts whose practice, next steps or elements changed
  std::vector<std::string> added, removed;
  Diagnostics appeared, resolved;
  /// True when nothing a reader would notice changed (coverage compared in whole percents).
  bool empty() const;
};

/// One version as `diff` compares it: the pipeline's report and the file's ratings.
Side diff_side(const Checked& checked);

/// The changes from `before` to `after`.
Diff compare(Side before, Side after);

struct DiffResult {
  std::optional<Diff> diff;  // absent when a version cannot be read
  Diagnostics unreadable;    // why not: the findings of each version that cannot be read, old first
};

/// `diff OLD NEW`: both versions through the pipeline with `settings` (so the findings are the
/// ones `check` shows), then compared.
DiffResult diff_paths(const std::string& old_path, const std::string& new_path,
                      const catalogue::Catalogue& catalogue, const Settings& settings);

}  // namespace routekaart::check
