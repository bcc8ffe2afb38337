#include "cli/language.hpp"

#include <cstdlib>
#include <string_view>
#include <utility>

#include "cli/commands.hpp"
#include "cli/platform.hpp"
#include "io/platform.hpp"
#include "io/source.hpp"
#include "model/intervention.hpp"

namespace routekaart::cli {
namespace {

// The language may still come from a file: nothing before the file in the order chose it.
bool file_may_choose(const Context& ctx) {
  return ctx.lang_source == LangSource::locale || ctx.lang_source == LangSource::fallback;
}

}  // namespace

EarlyOptions early_options(int argc, char** argv) {
  EarlyOptions out;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--") break;
    for (auto [name, target] : {std::pair{std::string_view("--lang"), &out.lang},
                                std::pair{std::string_view("--config"), &out.config}}) {
      if (arg == name && i + 1 < argc)
        *target = argv[i + 1];
      else if (arg.size() > name.size() && arg.substr(0, name.size()) == name &&
               arg[name.size()] == '=')
        *target = arg.substr(name.size() + 1);
    }
  }
  return out;
}

LangChoice early_language(const EarlyOptions& options, std::optional<std::string_view> project) {
  return decide_lang(
      options.lang, [](const char* name) -> const char* { return std::getenv(name); }, project,
      std::nullopt, platform::display_language());
}

void use_file_language(Context& ctx, std::optional<Lang> file) {
  if (!file || !file_may_choose(ctx)) return;
  ctx.lang = *file;
  ctx.lang_source = LangSource::file;
}

void use_file_language(Context& ctx, const std::string& path) {
  if (path == "-" || !file_may_choose(ctx)) return;
  // Only a regular file is read twice: a pipe (`<(...)`) would be empty for the command.
  io::platform::FileInfo info;
  if (io::platform::file_info(path, info) != 0 || info.kind != io::platform::FileKind::regular)
    return;
  const io::ReadResult read = io::read_source(path, Limits{});
  use_file_language(ctx, model::declared_language(read.source ? read.source->text : read.raw));
}

}  // namespace routekaart::cli
