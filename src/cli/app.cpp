#include "cli/app.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <functional>
#include <iostream>

#include "catalogue/precompiled.hpp"
#include "cli/commands.hpp"
#include "cli/language.hpp"
#include "cli/platform.hpp"
#include "cli/version.hpp"
#include "common/messages.hpp"
#include "render/format.hpp"

namespace routekaart::cli {
using catalogue::CatalogueLoad;
using catalogue::load_catalogue_directory;
using catalogue::load_embedded_catalogue;
using model::load_project_config;
using model::ProjectConfig;
using render::formats;
using render::render_findings_text;
using render::RenderOptions;

namespace {

struct Command {
  const char* name;
  const char* help_id;  // message id of the one-line description
  std::function<void(CLI::App&, Options&)> options;
  int (*run)(Context&, const Options&);
};

void add_format(CLI::App& sub, Options& o, std::vector<std::string> allowed, Lang lang) {
  sub.add_option("-f,--format", o.format, msg(lang, "opt.format"))
      ->check(CLI::IsMember(std::move(allowed)));
}

void add_output(CLI::App& sub, Options& o, Lang lang) {
  sub.add_option("-o,--output", o.output, msg(lang, "opt.output"));
  sub.add_flag("--force", o.force, msg(lang, "opt.force"));
}

std::vector<std::string> report_format_names() {
  std::vector<std::string> names;
  for (const auto& f : formats()) names.emplace_back(f.name);
  return names;
}

std::vector<Command> command_table(Lang lang) {
  const std::vector<std::string> report_formats = {"text", "markdown", "json"};
  const std::vector<std::string> check_formats = report_format_names();
  return {
      {"list", "cmd.list", [=](CLI::App& s, Options& o) { add_format(s, o, report_formats, lang); },
       cmd_list},
      {"explain", "cmd.explain",
       [=](CLI::App& s, Options& o) {
         s.add_option("topic", o.topic, msg(lang, "opt.topic"))->required();
         add_format(s, o, report_formats, lang);
       },
       cmd_explain},
      {"rules", "cmd.rules",
       [=](CLI::App& s, Options& o) { add_format(s, o, report_formats, lang); }, cmd_rules},
      {"validate", "cmd.validate",
       [=](CLI::App& s, Options& o) {
         s.add_option("files", o.paths, msg(lang, "opt.files"))->required();
         add_format(s, o, check_formats, lang);
         add_output(s, o, lang);
         s.add_option("--max-file-size", o.max_file_size, msg(lang, "opt.max_file_size"));
       },
       cmd_validate},
      {"check", "cmd.check",
       [=](CLI::App& s, Options& o) {
         s.add_option("paths", o.paths, msg(lang, "opt.paths"));
         add_format(s, o, check_formats, lang);
         add_output(s, o, lang);
         s.add_option("--signposts", o.signposts, msg(lang, "opt.signposts"));
         s.add_option("--audience", o.audience, msg(lang, "opt.audience"))
             ->check(CLI::IsMember({"practitioners", "managers"}));
         s.add_option("--fail-on", o.fail_on, msg(lang, "opt.fail_on"))
             ->check(CLI::IsMember({"error", "warning", "info", "never"}));
         s.add_option("--min-coverage", o.min_coverage, msg(lang, "opt.min_coverage"))
             ->check(CLI::Range(0.0, 100.0));
         s.add_flag("--strict", o.strict, msg(lang, "opt.strict"));
         s.add_flag("--follow-symlinks", o.follow_symlinks, msg(lang, "opt.follow_symlinks"));
         s.add_option("--max-file-size", o.max_file_size, msg(lang, "opt.max_file_size"));
       },
       cmd_check},
      {"init", "cmd.init",
       [=](CLI::App& s, Options& o) {
         s.add_option("file", o.output, msg(lang, "opt.init_file"));
         s.add_option("--name", o.name, msg(lang, "opt.name"));
         s.add_flag("--force", o.force, msg(lang, "opt.force"));
       },
       cmd_init},
      {"schema", "cmd.schema", [=](CLI::App& s, Options& o) { add_output(s, o, lang); },
       cmd_schema},
      {"config", "cmd.config",
       [=](CLI::App& s, Options& o) {
         add_format(s, o, {"text", "json"}, lang);
       },
       cmd_config},
      {"spec", "cmd.spec",
       [=](CLI::App& s, Options& o) {
         s.add_option("file", o.paths, msg(lang, "opt.file"));
         add_output(s, o, lang);
         s.add_flag("--blank", o.blank, msg(lang, "opt.blank"));
         s.add_flag("--check", o.check_todos, msg(lang, "opt.check_todos"));
       },
       cmd_spec},
      {"rate", "cmd.rate",
       [=](CLI::App& s, Options& o) {
         s.add_option("file", o.paths, msg(lang, "opt.file"))->required();
         s.add_option("--rater", o.rater, msg(lang, "opt.rater"))->required();
         add_output(s, o, lang);
       },
       cmd_rate},
      {"ratings", "cmd.ratings",
       [=](CLI::App& s, Options& o) {
         s.add_option("file", o.paths, msg(lang, "opt.file"))->required();
         s.add_option("--ratings", o.ratings_paths, msg(lang, "opt.ratings"));
         s.add_option("--crosshair", o.crosshair, msg(lang, "opt.crosshair"))
             ->check(CLI::IsMember({"means", "midpoint"}));
         s.add_option("--plot", o.plot, msg(lang, "opt.plot"));
         add_format(s, o, report_formats, lang);
         add_output(s, o, lang);
       },
       cmd_ratings},
      {"agenda", "cmd.agenda",
       [=](CLI::App& s, Options& o) {
         s.add_option("file", o.paths, msg(lang, "opt.file"))->required();
         s.add_option("--ratings", o.ratings_paths, msg(lang, "opt.ratings"));
         add_output(s, o, lang);
       },
       cmd_agenda},
      {"diff", "cmd.diff",
       [=](CLI::App& s, Options& o) {
         s.add_option("files", o.paths, msg(lang, "opt.old_new"))->required()->expected(2);
         add_format(s, o, report_formats, lang);
         add_output(s, o, lang);
       },
       cmd_diff},
  };
}

}  // namespace

int run(int argc, char** argv) {
  const Lang lang = early_language(argc, argv);
  Options options;
  CLI::App app(msg(lang, "app.description"), "routekaart");
  app.set_version_flag("--version", version_line());
  app.require_subcommand(1);
  app.fallthrough();
  app.footer(msg(lang, "app.footer"));
  app.add_option("--lang", options.lang, msg(lang, "opt.lang"))
      ->check(CLI::IsMember({"nl", "en", "NL", "EN"}));
  app.add_option("--catalogue", options.catalogue_dir, msg(lang, "opt.catalogue"));
  app.add_option("--config", options.config_file, msg(lang, "opt.config"));
  app.add_flag("-q,--quiet", options.quiet, msg(lang, "opt.quiet"));
  app.add_flag("-v,--verbose", options.verbose, msg(lang, "opt.verbose"));
  const std::vector<Command> commands = command_table(lang);
  std::vector<CLI::App*> subs;
  for (const auto& command : commands) {
    CLI::App* sub = app.add_subcommand(command.name, msg(lang, command.help_id));
    command.options(*sub, options);
    subs.push_back(sub);
  }
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const auto& command : commands) names.push_back(command.name);
    if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
      std::cerr << "routekaart: "
                << msg(lang, "usage.error", msg(lang, "usage.unknown_command", argv[1])) << "\n    "
                << msg(lang, "text.hint", msg(lang, "usage.commands", fmt::join(names, ", ")))
                << '\n';
      return 2;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "routekaart: " << msg(lang, "usage.error", e.what()) << '\n'
              << "    " << msg(lang, "text.hint", msg(lang, "usage.hint")) << '\n';
    return 2;
  }
  const char* no_color = std::getenv("NO_COLOR");
  const bool color = platform::is_terminal(1) && !(no_color && *no_color);
  // The catalogue compiled into the binary, or the one --catalogue names.
  CatalogueLoad loaded;
  if (!options.catalogue_dir.empty()) {
    loaded = load_catalogue_directory(options.catalogue_dir);
    if (!loaded.catalogue) {
      sort_diagnostics(loaded.diagnostics);
      RenderOptions plain;
      plain.lang = lang;
      render_findings_text(loaded.diagnostics, plain, std::cerr);
      return kExitUsage;
    }
  }
  const catalogue::Catalogue& catalogue =
      loaded.catalogue ? *loaded.catalogue : catalogue::precompiled_catalogue();
  const ProjectConfig config = load_project_config(options.config_file, ".");
  if (!config.problems.empty()) {
    RenderOptions plain;
    plain.lang = lang;
    render_findings_text(config.problems, plain, std::cerr);
    return kExitUsage;
  }
  // The report language: --lang, ROUTEKAART_LANG, the project configuration, the locale.
  Lang report_lang = lang;
  const char* env_lang = std::getenv("ROUTEKAART_LANG");
  const bool chosen = !options.lang.empty() || (env_lang && parse_lang(env_lang));
  if (!chosen && config.language) report_lang = parse_lang(*config.language).value_or(lang);
  Context context{report_lang,
                  catalogue,
                  std::cout,
                  std::cerr,
                  color,
                  config,
                  chosen || config.language.has_value()};
  for (std::size_t i = 0; i < commands.size(); ++i)
    if (subs[i]->parsed()) return commands[i].run(context, options);
  return 2;
}

}  // namespace routekaart::cli
