#include "check/report.hpp"

namespace routekaart::check {

void summarise(Report& report) {
  Summary s;
  double sum = 0;
  int with_coverage = 0;
  for (const auto& file : report.files) {
    ++s.files;
    if (!file.readable)
      ++s.unreadable;
    else if (file.valid)
      ++s.valid;
    else
      ++s.invalid;
    for (const auto& d : file.findings) {
      if (d.severity == Severity::error)
        ++s.errors;
      else if (d.severity == Severity::warning)
        ++s.warnings;
      else
        ++s.infos;
    }
    s.baselined += static_cast<int>(file.baselined.size());
    if (file.coverage.percent) {
      sum += *file.coverage.percent;
      ++with_coverage;
    }
  }
  if (with_coverage) s.mean_coverage = sum / with_coverage;
  report.summary = s;
}

}  // namespace routekaart::check
