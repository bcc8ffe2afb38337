#pragma once
// The portfolio matrix: interventions x signposts, for a region's overview (tip 2c).
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "render/format.hpp"

namespace routekaart::render {

/// A one-character mark per status: + addressed, ~ partial, . planned, - not-addressed,
/// ? not described, / not applicable.
const char* status_mark(Status status);

/// The portfolio's rows, collected while the files stream past: of each file only its label, a
/// status per selected signpost and its coverage, so that 10,000 files take about a megabyte.
class Portfolio {
 public:
  struct Row {
    std::string label;                         // one line, not yet escaped
    std::vector<std::optional<Status>> marks;  // per selected signpost; absent: not scored
    std::optional<double> percent;
  };

  explicit Portfolio(std::vector<int> selected = {}) : selected_(std::move(selected)) {}
  void add(const check::FileReport& file);

  const std::vector<int>& selected() const { return selected_; }
  const std::vector<Row>& rows() const { return rows_; }
  /// Number of files that address (fully or partly) the signpost in column `column`.
  int covering(std::size_t column, bool partly) const;

 private:
  std::vector<int> selected_;
  std::vector<Row> rows_;
};

/// Number of files that address (fully or partly) signpost `number`.
int covering_files(const check::Report& report, int number, bool partly);

void render_portfolio_text(const Portfolio& portfolio, const RenderOptions& options,
                           std::ostream& out);
void render_portfolio_markdown(const Portfolio& portfolio, const RenderOptions& options,
                               std::ostream& out);
/// The portfolio of a whole report.
Portfolio portfolio_of(const check::Report& report);

}  // namespace routekaart::render
