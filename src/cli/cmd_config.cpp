// `config`: the effective settings of `check` (check::resolve_settings) and where each value
// comes from (render/config.hpp).
#include <sstream>

#include "check/settings.hpp"
#include "cli/commands.hpp"

namespace routekaart::cli {

int cmd_config(Context& ctx, const Options& opt) {
  const check::SettingsResult resolved =
      check::resolve_settings({}, ctx.config, ctx.catalogue, check::Mode::check);
  if (!resolved.settings) return usage_error(ctx, *resolved.problem, *resolved.hint);
  render::ConfigSources sources;
  sources.file_from_command_line = !opt.config_file.empty();
  sources.language = ctx.lang_source == LangSource::option ? render::LanguageOrigin::command_line
                     : ctx.lang_source == LangSource::environment
                         ? render::LanguageOrigin::environment
                     : ctx.lang_source == LangSource::project ? render::LanguageOrigin::project
                                                              : render::LanguageOrigin::locale;
  std::ostringstream out;
  render::render_config(*resolved.settings, ctx.config, sources, ctx.lang, chosen_format(opt), out);
  return emit(ctx, opt, out.str());
}

}  // namespace routekaart::cli
