#pragma once
// The result of checking intervention files: what every renderer prints.
#include <optional>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "common/diagnostic.hpp"
#include "model/classify.hpp"
#include "model/intervention.hpp"

namespace routekaart::check {

struct ElementResult {
  std::string id;
  Status status = Status::not_described;  // as listed; not_described when the file omits it
  bool listed = false;                    // the file names this element
  bool applicable = true;  // false: listed as not-applicable, or its condition does not hold
  double score = 0;
};

/// What the file says about one signpost. Coverage comes from the status the team gives the
/// signpost; the elements it lists are detail with a figure of their own (README, "What coverage
/// means, and what it does not").
struct SignpostResult {
  int number = 0;
  Status status = Status::not_described;
  bool essential = true;
  bool applicable = true;
  double coverage = 0;                  // the status's score, 0..1; meaningless when not applicable
  bool from_elements = false;           // the file lists at least one element
  std::vector<ElementResult> elements;  // every catalogue element, listed or not
  int elements_addressed = 0, elements_partial = 0;
  int elements_open = 0;            // listed as planned or not-addressed
  int elements_not_described = 0;   // applicable but not listed
  int elements_not_applicable = 0;  // listed as not-applicable, or their condition does not hold
  std::optional<double> element_coverage;  // 0..1 over the listed applicable elements
  /// The status and the listed elements disagree: addressed while listed elements are open, or
  /// planned/not-addressed while most listed elements are addressed (RK105; in the gap report).
  bool contradicts_elements = false;
};

/// The element detail of a file: the mean over the elements it lists (and that apply), and how
/// many applicable elements it does not describe — never scored as if the team had said no.
struct ElementCoverage {
  std::optional<double> percent;  // absent when no applicable element is listed
  int described = 0, not_described = 0, not_applicable = 0;
};

struct AudienceCoverage {
  std::string audience;           // practitioners | managers
  std::optional<double> percent;  // absent when none of its signposts applies
};

struct Coverage {
  std::optional<double> percent;  // absent when no selected signpost applies
  int addressed = 0, partial = 0, open = 0, not_applicable = 0;
  std::vector<AudienceCoverage> by_audience;
  ElementCoverage elements;
};

struct FileReport {
  std::string path;
  bool readable = true;  // false: RK002, the path could not be read at all
  bool valid = false;    // no validation errors
  bool parsed = false;   // the file could be parsed, so coverage and signposts are meaningful
  std::string name;      // intervention.name, or "" when absent
  std::optional<Lang> language;  // the file's `language:`, when it names one
  /// The name to show: the intervention's name, else the path.
  const std::string& label() const { return name.empty() ? path : name; }
  Coverage coverage;
  std::vector<SignpostResult> signposts;  // the selected signposts, in order
  Diagnostics findings;                   // sorted
  Diagnostics suppressed;                 // findings a `suppress:` entry silenced
  Diagnostics baselined;                  // findings a baseline accepts (check/baseline.hpp)
};

struct Summary {
  int files = 0, valid = 0, invalid = 0, unreadable = 0;
  int errors = 0, warnings = 0, infos = 0;
  int baselined = 0;                    // findings a baseline accepts: not counted above
  std::optional<double> mean_coverage;  // over files with a coverage
};

/// A file in a searched folder that was left out, and what it is.
struct SkippedFile {
  std::string path;
  model::FileKind kind;
};

struct Report {
  std::vector<int> selected;  // signpost numbers shown, ascending
  std::vector<FileReport> files;
  Summary summary;
  std::vector<SkippedFile> skipped;  // YAML found in a folder that is no intervention file
};

/// The summary of files counted one at a time, as they stream past (nothing of them is kept).
class Tally {
 public:
  void add(const FileReport& file);
  Summary summary() const;

 private:
  Summary summary_;
  double coverage_sum_ = 0;
  int with_coverage_ = 0;
};

/// Recomputes report.summary from report.files.
void summarise(Report& report);

/// A finding's fingerprint: 16 hex digits of a hash of its rule, file, signpost and message (in
/// English words), not of its line, so that it survives edits above it. Two findings of one file
/// can share it (the same message twice); fingerprints() tells them apart.
std::string fingerprint(const Diagnostic& finding);

/// The fingerprints of a file's findings, in their order, each unique: the first finding with a
/// fingerprint keeps it, a later one with the same fingerprint gets a hash of it and its
/// occurrence (2, 3, ...). What SARIF's partialFingerprints and the Code Climate report carry.
std::vector<std::string> fingerprints(const Diagnostics& findings);

}  // namespace routekaart::check
