// libFuzzer target: arbitrary bytes as a baseline file (`check --baseline FILE`): read and
// validated (check/baseline.hpp), applied to the report of a small intervention with findings,
// which is then rendered as text and as its job summary. Path normalisation is idempotent, and a
// baseline never makes a finding appear: the findings it absorbs plus those left are those there
// were.
//   build-fuzz/routekaart_fuzz_baseline -max_total_time=60 tests/fuzz/corpus-baseline
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "fuzz_common.hpp"

namespace rk = routekaart;
namespace fuzz = routekaart::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const std::string once = rk::check::normalise_baseline_path(bytes);
  if (rk::check::normalise_baseline_path(once) != once) fuzz::broken();
  if (bytes.size() > rk::check::kBaselineLimits.max_file_bytes ||
      rk::io::check_encoding("baseline.json", bytes))
    return 0;
  rk::check::BaselineLoad load =
      rk::check::read_baseline(rk::io::Source{"baseline.json", rk::io::normalise_text(bytes)});
  if (!load.baseline) return 0;

  static const rk::check::Settings settings = fuzz::default_settings();
  rk::check::Report report;
  report.selected = settings.selected;
  for (const char* path : {"fuzz.yaml", "./docs//fuzz.yaml"})
    report.files.push_back(fuzz::run(fuzz::kIntervention, path, settings).report);
  rk::check::summarise(report);
  const int before = report.summary.errors + report.summary.warnings + report.summary.infos;
  rk::check::apply_baseline(report, std::move(*load.baseline));
  const int after = report.summary.errors + report.summary.warnings + report.summary.infos;
  if (after > before || after + report.summary.baselined != before) fuzz::broken();

  rk::render::RenderOptions options;
  options.verbose = true;
  options.catalogue = &fuzz::catalogue();
  std::ostringstream out;
  rk::render::render_text(report, options, out);
  rk::render::render_job_summary(report, options, rk::render::kJobSummaryBytes, out);
  return 0;
}
