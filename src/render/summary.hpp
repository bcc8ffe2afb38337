#pragma once
// The job summary of check and validate (--summary FILE, $GITHUB_STEP_SUMMARY in GitHub Actions):
// a short Markdown document that a CI system shows on the run's page. One line with the totals,
// a table with a row per file (coverage, errors, warnings, info messages; the files with errors
// first, then those with warnings, each in report order) and the most serious findings. It
// never grows beyond a byte budget, whatever the number of files: what does not fit is left out
// with a line that says how much. Every value from a file is escaped for Markdown.
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "check/report.hpp"
#include "render/format.hpp"

namespace routekaart::render {

/// GitHub's limit for the summary of one step: 1 MiB.
inline constexpr std::size_t kGitHubSummaryLimit = 1024 * 1024;
/// What one summary may take by default: a quarter of GitHub's limit, so that several summaries
/// (and other steps' words) fit in one step.
inline constexpr std::size_t kJobSummaryBytes = kGitHubSummaryLimit / 4;
/// The findings a summary lists at most; the rest are counted.
inline constexpr std::size_t kJobSummaryFindings = 20;
/// A value from a file (a name, a path, a key) is cut after this many characters.
inline constexpr std::size_t kJobSummaryValueChars = 120;

/// Collects what a summary shows, one file at a time, keeping only what can be shown: memory does
/// not grow with the number of files beyond the rows that fit in the budget.
class JobSummary {
 public:
  JobSummary(const RenderOptions& options, std::size_t max_bytes);
  void add(const check::FileReport& file);
  /// The document, at most max_bytes long (a budget under about 1 KiB gives only the totals;
  /// one too small for the totals gives nothing).
  void write(const check::Summary& summary, std::ostream& out) const;

 private:
  struct Line {
    int rank = 0;           // rows: 0 errors, 1 warnings, 2 the rest; findings: 2 - severity
    std::size_t order = 0;  // report order
    std::string text;       // the Markdown line, newline included
  };
  /// The best lines seen, by rank and then order; trimmed to `most_bytes` and `most_lines`
  /// whenever they grow to twice that.
  struct Best {
    std::vector<Line> lines;
    std::size_t bytes = 0;
    void add(Line line, std::size_t most_bytes, std::size_t most_lines);
    void trim(std::size_t most_bytes, std::size_t most_lines);
  };

  RenderOptions options_;
  std::size_t max_bytes_;
  std::size_t files_ = 0, findings_ = 0;
  Best rows_, findings_lines_;
};

/// At most `max_chars` characters of `text` (a UTF-8 sequence is never split), with "…" when
/// something was cut.
std::string cut_text(std::string_view text, std::size_t max_chars);

/// The summary of a whole report.
void render_job_summary(const check::Report& report, const RenderOptions& options,
                        std::size_t max_bytes, std::ostream& out);

}  // namespace routekaart::render
