// libFuzzer target: arbitrary bytes through the whole path of `validate` and `check`:
// encoding check, YAML parse, validation, model, checks, every renderer of formats() and the
// method specification document. The first byte, when there is one, chooses the options
// (language, strict, selection, quiet/verbose, one or two files); the rest is the file.
//   build-fuzz/routekaart_fuzz -max_total_time=60 tests/fuzz/corpus
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "catalogue/catalogue.hpp"
#include "check/check.hpp"
#include "check/report.hpp"
#include "io/source.hpp"
#include "model/intervention.hpp"
#include "render/format.hpp"
#include "render/spec.hpp"

namespace rk = routekaart;

namespace {

const rk::catalogue::Catalogue& catalogue() {
  static const rk::catalogue::CatalogueLoad load =
      rk::catalogue::load_embedded_catalogue(rk::Lang::en);
  if (!load.catalogue) std::abort();  // the embedded catalogue is broken: not the input's fault
  return *load.catalogue;
}

// What load_intervention does after reading the bytes (read_source minus the file system).
rk::model::LoadedIntervention load(const std::string& bytes, const rk::Limits& limits,
                                   rk::Lang lang) {
  const std::string path = "fuzz.yaml";
  if (auto problem = rk::io::check_encoding(path, bytes, lang)) {
    rk::model::LoadedIntervention failed;
    failed.diagnostics.push_back(std::move(*problem));
    return failed;
  }
  return rk::model::load_intervention_text(rk::io::Source{path, rk::io::normalise_text(bytes)},
                                           catalogue(), limits, lang);
}

// The FileReport of `validate` (cmd_check.cpp, build_report without coverage).
rk::check::FileReport validate_report(const rk::model::LoadedIntervention& loaded,
                                      const std::string& path) {
  rk::check::FileReport file;
  file.path = path;
  file.readable = !loaded.unreadable;
  file.valid = loaded.valid();
  file.findings = loaded.diagnostics;
  if (loaded.intervention) {
    file.parsed = true;
    file.name = loaded.intervention->info.name;
  }
  return file;
}

void render_all(const rk::check::Report& report, rk::render::RenderOptions options) {
  for (const auto& format : rk::render::formats()) {
    std::ostringstream out;
    format.render(report, options, out);
    options.color = !options.color;  // colour on for every other format: text only uses it
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const unsigned control = size > 0 ? data[0] : 0u;
  const std::string bytes(reinterpret_cast<const char*>(data) + (size > 0 ? 1 : 0),
                          size > 0 ? size - 1 : 0);
  rk::Limits limits;
  if (bytes.size() > limits.max_file_bytes) return 0;  // read_source refuses these unread
  const rk::Lang lang = (control & 1u) != 0 ? rk::Lang::nl : rk::Lang::en;

  rk::check::CheckOptions check;
  check.lang = lang;
  check.strict = (control & 2u) != 0;
  for (int n = 1; n <= rk::kSignpostCount; ++n)
    if ((control & 4u) == 0 || n % 3 != 0) check.selected.push_back(n);
  if ((control & 64u) != 0) check.required = {1, 6, 12};

  const rk::model::LoadedIntervention loaded = load(bytes, limits, lang);

  rk::render::RenderOptions options;
  options.lang = lang;
  options.quiet = (control & 8u) != 0;
  options.verbose = (control & 16u) != 0;
  options.catalogue = &catalogue();

  // check: one file, or the same file twice under two names (the portfolio pages).
  rk::check::Report checked;
  checked.selected = check.selected;
  checked.files.push_back(rk::check::check_file(loaded, "fuzz.yaml", catalogue(), check));
  if ((control & 32u) != 0)
    checked.files.push_back(rk::check::check_file(loaded, "dir/fuzz 2.yaml", catalogue(), check));
  rk::check::summarise(checked);
  options.coverage = true;
  render_all(checked, options);

  // validate: findings only.
  rk::check::Report validated;
  validated.files.push_back(validate_report(loaded, "fuzz.yaml"));
  rk::check::summarise(validated);
  options.coverage = false;
  render_all(validated, options);

  // spec: the method specification document of signpost 12.
  if (loaded.intervention) {
    const rk::Diagnostics integrity =
        rk::render::method_findings(loaded, "fuzz.yaml", catalogue(), lang);
    const rk::render::SpecDocument document = rk::render::build_spec_document(
        *loaded.intervention, "fuzz.yaml", integrity, catalogue(), lang);
    if (document.markdown.empty() || document.markdown.back() != '\n') std::abort();
  }
  return 0;
}
