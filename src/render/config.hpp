#pragma once
// `routekaart config`: the effective settings of `check` and where each one comes from.
#include <ostream>

#include "check/settings.hpp"
#include "common/lang.hpp"
#include "model/config.hpp"
#include "render/format.hpp"

namespace routekaart::render {

/// Where the report language was chosen.
enum class LanguageOrigin {
  command_line,  // --lang
  environment,   // ROUTEKAART_LANG
  project,       // `language:` in the project configuration
  locale,        // LC_ALL, LC_MESSAGES, LANG
};

/// What only the caller knows: how the configuration file and the language were chosen.
struct ConfigSources {
  bool file_from_command_line = false;  // --config FILE rather than searched upwards
  LanguageOrigin language = LanguageOrigin::locale;
};

/// One row per setting, `key value (origin)`, in text or JSON (any other format is text). The
/// values are those of `settings` (what check::resolve_settings made of `config`); the origin of
/// each is its place in the configuration file, or the default.
void render_config(const check::Settings& settings, const model::ProjectConfig& config,
                   const ConfigSources& sources, Lang lang, Format format, std::ostream& out);

}  // namespace routekaart::render
