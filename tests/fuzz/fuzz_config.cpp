// libFuzzer target: arbitrary bytes as the project configuration (.routekaart.yaml): read from a
// file as `--config FILE` reads it (model/config.hpp), turned into the effective settings
// (check/settings.hpp), shown as `routekaart config` shows them (text and JSON, both languages),
// its include and exclude patterns matched against a few paths, and a small intervention checked
// and rendered with those settings.
//   build-fuzz/routekaart_fuzz_config -max_total_time=60 tests/fuzz/corpus-config
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "fuzz_common.hpp"
#include "io/glob.hpp"
#include "model/config.hpp"
#include "render/config.hpp"

namespace rk = routekaart;
namespace fuzz = routekaart::fuzz;

namespace {

// The file the bytes are written to: one per process, in the system's temporary folder.
const std::string& config_path() {
  static const std::string path =
      (std::filesystem::temp_directory_path() /
       ("routekaart-fuzz-config-" + std::to_string(::getpid()) + ".yaml"))
          .string();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  {
    std::ofstream file(config_path(), std::ios::binary | std::ios::trunc);
    file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    if (!file) fuzz::broken();  // the temporary folder is not writable: not the input's fault
  }
  const rk::model::ProjectConfig config = rk::model::load_project_config(config_path(), ".");
  if (!config.problems.empty()) return 0;
  for (const rk::check::Mode mode : {rk::check::Mode::check, rk::check::Mode::validate}) {
    const rk::check::SettingsResult resolved =
        rk::check::resolve_settings({}, config, fuzz::catalogue(), mode);
    if (!resolved.settings) continue;
    const rk::check::Settings& settings = *resolved.settings;
    for (const auto* patterns : {&settings.include, &settings.exclude})
      for (const auto& pattern : *patterns)
        for (const char* path : {"docs/de-brug.yaml", "a/b/c/d.yml", "-", ".routekaart.yaml", ""})
          (void)rk::io::glob_match(pattern, path);
    rk::check::Report report;
    report.selected = settings.selected;
    report.files.push_back(fuzz::run(fuzz::kIntervention, "fuzz.yaml", settings).report);
    rk::check::summarise(report);
    rk::render::RenderOptions options;
    options.coverage = mode == rk::check::Mode::check;
    options.threshold = settings.fail_on;
    options.catalogue = &fuzz::catalogue();
    for (const rk::Lang lang : {rk::Lang::en, rk::Lang::nl}) {
      options.lang = lang;
      std::ostringstream out;
      rk::render::render_text(report, options, out);
      rk::render::render_json(report, options, out);
      for (const auto format : {rk::render::Format::text, rk::render::Format::json})
        rk::render::render_config(settings, config, rk::render::ConfigSources{}, lang, format, out);
    }
  }
  return 0;
}
