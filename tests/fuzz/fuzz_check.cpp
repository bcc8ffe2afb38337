// libFuzzer target: arbitrary bytes through the core's one pipeline (check/pipeline.hpp), as
// `validate`, `check`, `spec`, `ratings`, `agenda` and `diff` run it, and then through every
// renderer of formats(), the job summary, the baseline, the method specification, the ratings
// (text, Markdown, JSON, plot) and the agenda, in both languages. The first byte, when there is
// one, chooses the settings (strict, selection, quiet/verbose, one or two files, required
// signposts, crosshair); the rest is the file. It asserts what the command line promises: nothing
// throws out of the core (so the CLI's exit code is always 0, 1 or 2), every run ends in one of
// the three outcomes, a job summary keeps to its budget, a baseline of a report absorbs all its
// findings that a baseline may hold, an agenda has every signpost, and a file compared with
// itself has no differences.
//   build-fuzz/routekaart_fuzz -max_total_time=60 tests/fuzz/corpus
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "check/agenda.hpp"
#include "check/diff.hpp"
#include "check/findings.hpp"
#include "check/ratings.hpp"
#include "common/roadmap.hpp"
#include "fuzz_common.hpp"
#include "model/rating.hpp"
#include "render/agenda.hpp"
#include "render/diff.hpp"
#include "render/ratings.hpp"
#include "render/ratings_plot.hpp"
#include "render/spec.hpp"
#include "render/svg_plot.hpp"

namespace rk = routekaart;
namespace fuzz = routekaart::fuzz;

namespace {

void check_outcome(const rk::check::Report& report, const rk::check::Settings& settings) {
  switch (rk::check::outcome(report, settings)) {
    case rk::check::Outcome::ok:
    case rk::check::Outcome::problems:
    case rk::check::Outcome::unreadable:
      return;
  }
  fuzz::broken();  // an outcome the CLI could not map to 0, 1 or 2
}

// `ratings` and `agenda` on the file's own ratings.
void ratings_and_agenda(const rk::model::Intervention& intervention, bool midpoint) {
  rk::Diagnostics duplicates;
  rk::model::check_duplicate_raters(intervention.ratings, duplicates);
  const rk::render::RatingsReport report{
      "fuzz.yaml", intervention.info.name, intervention.ratings,
      rk::check::summarise_ratings(intervention.ratings, midpoint)};
  rk::check::Agenda agenda = rk::check::plan_agenda(intervention, intervention.ratings);
  if (agenda.items.size() != static_cast<std::size_t>(rk::kSignpostCount))
    fuzz::broken();  // every signpost, once
  const rk::render::AgendaReport agenda_report{"fuzz.yaml", intervention, intervention.ratings,
                                               std::move(agenda)};
  for (const rk::Lang lang : {rk::Lang::en, rk::Lang::nl}) {
    std::ostringstream out;
    rk::render::render_ratings_text(report, fuzz::catalogue(), lang, out);
    rk::render::render_ratings_markdown(report, fuzz::catalogue(), lang, out);
    rk::render::render_ratings_json(report, lang, out);
    out << rk::render::render_svg_plot(rk::render::ratings_plot(report, fuzz::catalogue(), lang));
    rk::render::render_agenda(agenda_report, fuzz::catalogue(), lang, out);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const unsigned control = size > 0 ? data[0] : 0u;
  const std::string bytes(reinterpret_cast<const char*>(data) + (size > 0 ? 1 : 0),
                          size > 0 ? size - 1 : 0);
  rk::check::Request request;
  request.strict = (control & 2u) != 0;
  if ((control & 4u) != 0) request.signposts = "1,2,4,5,7,8,10,11,13,14";
  rk::model::ProjectConfig config;
  if ((control & 64u) != 0) config.require = {1, 6, 12};
  if ((control & 128u) != 0)
    config.rules = {{rk::RuleId::RK101, std::nullopt}, {rk::RuleId::RK202, rk::Severity::error}};
  const rk::check::SettingsResult resolved =
      rk::check::resolve_settings(request, config, fuzz::catalogue(), rk::check::Mode::check);
  if (!resolved.settings) fuzz::broken();  // these requests are all valid
  const rk::check::Settings& settings = *resolved.settings;
  if (bytes.size() > settings.limits.max_file_bytes) return 0;  // read_source refuses these unread

  rk::render::RenderOptions options;
  options.quiet = (control & 8u) != 0;
  options.verbose = (control & 16u) != 0;
  options.catalogue = &fuzz::catalogue();

  // check: one file, or the same file twice under two names (the portfolio pages).
  const rk::check::Checked checked = fuzz::run(bytes, "fuzz.yaml", settings);
  rk::check::Report report;
  report.selected = settings.selected;
  report.files.push_back(checked.report);
  if ((control & 32u) != 0)
    report.files.push_back(fuzz::run(bytes, "dir/fuzz 2.yaml", settings).report);
  rk::check::summarise(report);
  check_outcome(report, settings);
  options.coverage = true;
  fuzz::render_report(report, options);
  fuzz::baseline_round_trip(report);

  // validate: findings only.
  rk::check::Settings validate = settings;
  validate.mode = rk::check::Mode::validate;
  rk::check::Report validated;
  validated.files.push_back(fuzz::run(bytes, "fuzz.yaml", validate).report);
  rk::check::summarise(validated);
  check_outcome(validated, validate);
  options.coverage = false;
  fuzz::render_report(validated, options);

  if (checked.intervention) {
    // spec: the method specification document of signpost 12.
    const rk::Diagnostics integrity = rk::check::method_findings(checked.report.findings);
    for (const rk::Lang lang : {rk::Lang::en, rk::Lang::nl}) {
      const rk::render::SpecDocument document = rk::render::build_spec_document(
          *checked.intervention, "fuzz.yaml", integrity, fuzz::catalogue(), lang);
      if (document.markdown.empty() || document.markdown.back() != '\n') fuzz::broken();
    }
    ratings_and_agenda(*checked.intervention, (control & 1u) != 0);
  }
  // diff: the file against an empty one, in every format; against itself, no change at all.
  const rk::check::Checked empty = fuzz::run("", "empty.yaml", settings);
  const rk::check::Diff diff =
      rk::check::compare(rk::check::diff_side(empty), rk::check::diff_side(checked));
  std::ostringstream out;
  rk::render::render_diff_text(diff, fuzz::catalogue(), rk::Lang::nl, out);
  rk::render::render_diff_markdown(diff, fuzz::catalogue(), rk::Lang::en, out);
  rk::render::render_diff_json(diff, rk::Lang::en, out);
  if (!rk::check::compare(rk::check::diff_side(checked), rk::check::diff_side(checked)).empty())
    fuzz::broken();
  return 0;
}
