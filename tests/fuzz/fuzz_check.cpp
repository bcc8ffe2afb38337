// libFuzzer target: arbitrary bytes through the core's one pipeline (check/pipeline.hpp), as
// `validate`, `check`, `spec` and `diff` run it, and then through every renderer of formats() and
// the method specification, in both languages. The first byte, when there is one, chooses the
// settings (strict, selection, quiet/verbose, one or two files, required signposts); the rest is
// the file. It asserts what the command line promises: nothing throws out of the core (so the
// CLI's exit code is always 0, 1 or 2) and every run ends in one of the three outcomes.
//   build-fuzz/routekaart_fuzz -max_total_time=60 tests/fuzz/corpus
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "catalogue/catalogue.hpp"
#include "check/diff.hpp"
#include "check/findings.hpp"
#include "check/pipeline.hpp"
#include "io/source.hpp"
#include "render/diff.hpp"
#include "render/format.hpp"
#include "render/spec.hpp"

namespace rk = routekaart;

namespace {

const rk::catalogue::Catalogue& catalogue() {
  static const rk::catalogue::CatalogueLoad load = rk::catalogue::load_embedded_catalogue();
  if (!load.catalogue) std::abort();  // the embedded catalogue is broken: not the input's fault
  return *load.catalogue;
}

// What check_path does after reading the bytes (read_source minus the file system).
rk::check::Checked run(const std::string& bytes, const std::string& path,
                       const rk::check::Settings& settings) {
  if (auto problem = rk::io::check_encoding(path, bytes)) {
    rk::check::Checked failed;
    failed.report.path = path;
    failed.report.findings.push_back(std::move(*problem));
    return failed;
  }
  return rk::check::check_source(rk::io::Source{path, rk::io::normalise_text(bytes)}, catalogue(),
                                 settings);
}

void render_all(const rk::check::Report& report, rk::render::RenderOptions options) {
  for (const rk::Lang lang : {rk::Lang::en, rk::Lang::nl}) {
    options.lang = lang;
    for (const auto& format : rk::render::formats()) {
      std::ostringstream out;
      format.render(report, options, out);
      options.color = !options.color;  // colour on for every other format: text only uses it
    }
  }
}

void check_outcome(const rk::check::Report& report, const rk::check::Settings& settings) {
  switch (rk::check::outcome(report, settings)) {
    case rk::check::Outcome::ok:
    case rk::check::Outcome::problems:
    case rk::check::Outcome::unreadable:
      return;
  }
  std::abort();  // an outcome the CLI could not map to 0, 1 or 2
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
      rk::check::resolve_settings(request, config, catalogue(), rk::check::Mode::check);
  if (!resolved.settings) std::abort();  // these requests are all valid
  const rk::check::Settings& settings = *resolved.settings;
  if (bytes.size() > settings.limits.max_file_bytes) return 0;  // read_source refuses these unread

  rk::render::RenderOptions options;
  options.quiet = (control & 8u) != 0;
  options.verbose = (control & 16u) != 0;
  options.catalogue = &catalogue();

  // check: one file, or the same file twice under two names (the portfolio pages).
  const rk::check::Checked checked = run(bytes, "fuzz.yaml", settings);
  rk::check::Report report;
  report.selected = settings.selected;
  report.files.push_back(checked.report);
  if ((control & 32u) != 0) report.files.push_back(run(bytes, "dir/fuzz 2.yaml", settings).report);
  rk::check::summarise(report);
  check_outcome(report, settings);
  options.coverage = true;
  render_all(report, options);

  // validate: findings only.
  rk::check::Settings validate = settings;
  validate.mode = rk::check::Mode::validate;
  rk::check::Report validated;
  validated.files.push_back(run(bytes, "fuzz.yaml", validate).report);
  rk::check::summarise(validated);
  check_outcome(validated, validate);
  options.coverage = false;
  render_all(validated, options);

  if (checked.intervention) {
    // spec: the method specification document of signpost 12.
    const rk::Diagnostics integrity = rk::check::method_findings(checked.report.findings);
    for (const rk::Lang lang : {rk::Lang::en, rk::Lang::nl}) {
      const rk::render::SpecDocument document = rk::render::build_spec_document(
          *checked.intervention, "fuzz.yaml", integrity, catalogue(), lang);
      if (document.markdown.empty() || document.markdown.back() != '\n') std::abort();
    }
  }
  // diff: the file against an empty one, in every format.
  const rk::check::Checked empty = run("", "empty.yaml", settings);
  const rk::check::Diff diff =
      rk::check::compare(rk::check::diff_side(empty), rk::check::diff_side(checked));
  std::ostringstream out;
  rk::render::render_diff_text(diff, catalogue(), rk::Lang::nl, out);
  rk::render::render_diff_markdown(diff, catalogue(), rk::Lang::en, out);
  rk::render::render_diff_json(diff, rk::Lang::en, out);
  return 0;
}
