#pragma once
// The language of everything routekaart says, decided once per run in one order (common/lang.hpp,
// decide_lang): --lang, ROUTEKAART_LANG, `language:` of the project configuration, `language:` of
// the one intervention file a command reads, the locale (LC_ALL, LC_MESSAGES, LANG; on Windows
// the display language), English. The first three and the locale are known before the command
// line is parsed (the help texts need them); a command that reads one file adds the file's own.
#include <optional>
#include <string>

#include "common/lang.hpp"

namespace routekaart::cli {

struct Context;

/// What routekaart reads from the command line before it parses it: --lang and --config, each
/// as `--x VALUE` or `--x=VALUE` (the last one given); empty when absent.
struct EarlyOptions {
  std::string lang;
  std::string config;
};
EarlyOptions early_options(int argc, char** argv);

/// The language from --lang, the environment, `project` (the `language:` of the project
/// configuration, when there is one) and the locale: everything but a file.
LangChoice early_language(const EarlyOptions& options,
                          std::optional<std::string_view> project = std::nullopt);

/// The next step of the order for a command that reads one intervention file: unless --lang,
/// ROUTEKAART_LANG or the project chose the language, the file's own `language:` does.
void use_file_language(Context& ctx, std::optional<Lang> file);
/// The same for the file at `path`, read for its `language:` line only (so that also a file
/// that is no valid YAML or UTF-8 is answered in its language); only a regular file is read, not
/// standard input or a pipe, which the command itself must read.
void use_file_language(Context& ctx, const std::string& path);

}  // namespace routekaart::cli
