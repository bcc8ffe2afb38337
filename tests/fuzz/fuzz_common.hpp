#pragma once
// What the fuzz targets (tests/fuzz/fuzz_*.cpp) share: the catalogue, the pipeline on bytes in
// memory, every renderer of a report, and a small intervention file to check against.
#include <cstdlib>
#include <sstream>
#include <string>

#include "catalogue/catalogue.hpp"
#include "check/baseline.hpp"
#include "check/pipeline.hpp"
#include "io/source.hpp"
#include "render/baseline.hpp"
#include "render/format.hpp"
#include "render/summary.hpp"

namespace routekaart::fuzz {

/// Stops the run with a crash libFuzzer reports: a promise of the code does not hold.
[[noreturn]] inline void broken() {
  std::abort();
}

inline const catalogue::Catalogue& catalogue() {
  static const catalogue::CatalogueLoad load = catalogue::load_embedded_catalogue();
  if (!load.catalogue) broken();  // the embedded catalogue is broken: not the input's fault
  return *load.catalogue;
}

/// What check_path does after reading the bytes (read_source minus the file system).
inline check::Checked run(const std::string& bytes, const std::string& path,
                          const check::Settings& settings) {
  if (auto problem = io::check_encoding(path, bytes)) {
    check::Checked failed;
    failed.report.path = path;
    failed.report.findings.push_back(std::move(*problem));
    return failed;
  }
  return check::check_source(io::Source{path, io::normalise_text(bytes)}, catalogue(), settings);
}

/// The default settings of `check` (or `validate`).
inline check::Settings default_settings(check::Mode mode = check::Mode::check) {
  const check::SettingsResult resolved =
      check::resolve_settings({}, model::ProjectConfig{}, catalogue(), mode);
  if (!resolved.settings) broken();
  return *resolved.settings;
}

/// The report in every format of formats(), in both languages, and its job summary; the summary
/// stays within its budget.
inline void render_report(const check::Report& report, render::RenderOptions options) {
  for (const Lang lang : {Lang::en, Lang::nl}) {
    options.lang = lang;
    for (const auto& format : render::formats()) {
      std::ostringstream out;
      format.render(report, options, out);
      options.color = !options.color;  // colour on for every other format: text only uses it
    }
    for (const std::size_t budget : {render::kJobSummaryBytes, std::size_t{2048}}) {
      std::ostringstream summary;
      render::render_job_summary(report, options, budget, summary);
      if (summary.str().size() > budget) broken();
    }
  }
}

/// A baseline of `report` written, read back and applied: it absorbs every finding it may hold.
inline void baseline_round_trip(check::Report report) {
  std::ostringstream text;
  render::render_baseline(check::make_baseline(report), Lang::nl, text);
  if (text.str().size() > check::kBaselineLimits.max_file_bytes) return;  // refused, rightly
  check::BaselineLoad load = check::read_baseline(io::Source{"baseline.json", text.str()});
  if (!load.baseline) broken();
  check::apply_baseline(report, std::move(*load.baseline));
  for (const auto& file : report.files)
    for (const auto& d : file.findings)
      if (check::can_baseline(d.rule)) broken();
}

/// A small valid intervention with findings and two ratings, for targets whose input is another
/// kind of file (a rating, a configuration, a baseline).
inline const char* const kIntervention = R"(routekaart: 1
language: nl
intervention:
  name: Fuzz
  alternative_programme: true
signposts:
  1: {status: addressed, practice: "Gezinsgesprekken met ouders en jongere, elke week, door de mentor."}
  2: {status: partial}
  6: {status: planned}
  12: {status: not-applicable}
method:
  goals: [{id: G1, text: Terug naar school}]
  methods: [{id: M1, name: Opbouw, goals: [G1, G9], signposts: [3, 15]}]
ratings:
  - {rater: A, scores: {1: {importance: 5, attention: 2}, 6: {importance: 4}}}
  - {rater: B, date: 2026-01-01, scores: {1: {importance: 1, attention: 5}}}
)";

}  // namespace routekaart::fuzz
