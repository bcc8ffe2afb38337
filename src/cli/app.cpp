#include "cli/app.hpp"

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <cstdlib>
#include <iostream>

#include "catalogue/precompiled.hpp"
#include "cli/choices.hpp"
#include "cli/commands.hpp"
#include "cli/completion.hpp"
#include "cli/interface.hpp"
#include "cli/language.hpp"
#include "cli/platform.hpp"
#include "cli/version.hpp"
#include "generated/texts/ci.hpp"
#include "generated/texts/cli.hpp"
#include "generated/texts/common.hpp"
#include "render/format.hpp"

namespace routekaart::cli {
using catalogue::CatalogueLoad;
using catalogue::load_catalogue_directory;
using model::load_project_config;
using model::ProjectConfig;
using render::Output;

namespace {

// Sets up CLI11 and, from the same calls, the description of the command line that the
// completion scripts are written from (cli/interface.hpp).
class Builder {
 public:
  Builder(CLI::App& app, Lang lang) : app_(app), lang_(lang) {}

  CLI::Option* flag(const std::string& names, bool& target, const Message& help) {
    return record(app_.add_flag(names, target, tr(lang_, help)), Value::none);
  }

  /// An option (names with dashes) or an argument (a name without).
  template <typename T>
  CLI::Option* option(const std::string& names, T& target, const Message& help, Value value) {
    return record(app_.add_option(names, target, tr(lang_, help)), value);
  }

  /// An option or argument that takes one of `choices` (or of `accepted`, when given: words
  /// that are accepted but not offered).
  template <typename T>
  CLI::Option* choice(const std::string& names, T& target, const Message& help,
                      const std::vector<std::string>& choices,
                      const std::vector<std::string>& accepted = {}) {
    CLI::Option* o = option(names, target, help, Value::choice);
    o->check(CLI::IsMember(accepted.empty() ? choices : accepted));
    pending_.back().choices = choices;
    return o;
  }

  /// -f/--format with the formats `output` accepts (render/format.hpp).
  void format(Options& o, Output output) {
    choice("-f,--format", o.format, texts::opt_format{}, format_choices(output));
  }

  /// -o/--output and --force: the output to a file instead of standard output.
  void output(Options& o) { output(o, texts::opt_output_file{}); }
  /// The same for a report of which the terminal still gets the text.
  void report_output(Options& o) { output(o, texts::opt_output{}); }
  /// -o/--output and --force with the command's own words for where the output goes.
  void output(Options& o, const Message& help) {
    option("-o,--output", o.output, help, Value::any_file);
    flag("--force", o.force, texts::opt_force{});
  }

  /// Records an option CLI11 made by itself (-h/--help, --version); `before_command_only` for
  /// those of the program that may not follow the command.
  CLI::Option* record(CLI::Option* option, Value value, bool before_command_only = false) {
    pending_.push_back({option, value, {}, before_command_only});
    return option;
  }

  /// What was recorded, as CLI11 has it once every call is made.
  std::vector<OptionInfo> describe() const {
    std::vector<OptionInfo> out;
    for (const auto& p : pending_) {
      OptionInfo info;
      const CLI::Option& o = *p.option;
      info.argument = o.get_positional();
      if (info.argument) info.names.push_back(o.get_name());
      for (const auto& s : o.get_snames()) info.names.push_back("-" + s);
      for (const auto& l : o.get_lnames()) info.names.push_back("--" + l);
      info.help = o.get_description();
      info.value = p.value;
      info.choices = p.choices;
      info.before_command_only = p.before_command_only;
      // CLI11 gives a container without a fixed number of values this maximum.
      const int most = info.argument ? o.get_items_expected_max() : o.get_expected_max();
      info.repeatable = most >= CLI::detail::expected_max_vector_size;
      info.count = info.argument && !info.repeatable ? std::max(1, most) : 1;
      out.push_back(std::move(info));
    }
    return out;
  }

 private:
  struct Pending {
    CLI::Option* option;
    Value value;
    std::vector<std::string> choices;
    bool before_command_only;
  };
  CLI::App& app_;
  Lang lang_;
  std::vector<Pending> pending_;
};

// The options of check and validate for CI: the baseline, the job summary, standard input's name
// (cli/ci_outputs.hpp).
void ci_options(Builder& b, Options& o) {
  b.option("--baseline", o.baseline, texts::opt_baseline{}, Value::any_file);
  b.option("--write-baseline", o.write_baseline, texts::opt_write_baseline{}, Value::any_file);
  CLI::Option* summary = b.option("--summary", o.summary, texts::opt_summary{}, Value::any_file);
  summary->excludes(b.flag("--no-summary", o.no_summary, texts::opt_no_summary{}));
  b.option("--stdin-filename", o.stdin_filename, texts::opt_stdin_filename{}, Value::text);
}

struct Command {
  std::string_view name;
  TextId help;  // its line in --help (texts/cli.yaml)
  void (*options)(Builder&, Options&);
  int (*run)(Context&, const Options&);
};

// Every command, in the order --help lists them.
constexpr std::array<Command, 16> kCommands{{
    {"list", texts::cmd_list::text_id, [](Builder& b, Options& o) { b.format(o, Output::list); },
     cmd_list},
    {"explain", texts::cmd_explain::text_id,
     [](Builder& b, Options& o) {
       b.option("topic", o.topic, texts::opt_topic{}, Value::topic)->required();
       b.format(o, Output::explain);
     },
     cmd_explain},
    {"rules", texts::cmd_rules::text_id, [](Builder& b, Options& o) { b.format(o, Output::rules); },
     cmd_rules},
    {"validate", texts::cmd_validate::text_id,
     [](Builder& b, Options& o) {
       b.option("files", o.paths, texts::opt_files{}, Value::yaml_files)->required();
       b.format(o, Output::validate);
       b.report_output(o);
       b.option("--max-file-size", o.max_file_size, texts::opt_max_file_size{}, Value::text);
       ci_options(b, o);
     },
     cmd_validate},
    {"check", texts::cmd_check::text_id,
     [](Builder& b, Options& o) {
       b.option("paths", o.paths, texts::opt_paths{}, Value::yaml_files);
       b.format(o, Output::check);
       b.report_output(o);
       b.option("--signposts", o.signposts, texts::opt_signposts{}, Value::signposts);
       b.choice("--audience", o.audience, texts::opt_audience{}, audience_choices());
       b.choice("--fail-on", o.fail_on, texts::opt_fail_on{}, fail_on_choices());
       b.option("--min-coverage", o.min_coverage, texts::opt_min_coverage{}, Value::text)
           ->check(CLI::Range(0.0, 100.0));
       b.flag("--strict", o.strict, texts::opt_strict{});
       b.flag("--follow-symlinks", o.follow_symlinks, texts::opt_follow_symlinks{});
       b.option("--max-file-size", o.max_file_size, texts::opt_max_file_size{}, Value::text);
       ci_options(b, o);
     },
     cmd_check},
    {"init", texts::cmd_init::text_id,
     [](Builder& b, Options& o) {
       b.option("file", o.output, texts::opt_init_file{}, Value::any_file);
       b.option("--name", o.name, texts::opt_name{}, Value::text);
       b.flag("--force", o.force, texts::opt_force{});
     },
     cmd_init},
    {"schema", texts::cmd_schema::text_id, [](Builder& b, Options& o) { b.output(o); }, cmd_schema},
    {"config", texts::cmd_config::text_id,
     [](Builder& b, Options& o) { b.format(o, Output::config); }, cmd_config},
    {"spec", texts::cmd_spec::text_id,
     [](Builder& b, Options& o) {
       b.option("file", o.paths, texts::opt_file{}, Value::yaml_files);
       b.output(o);
       b.flag("--blank", o.blank, texts::opt_blank{});
       b.flag("--check", o.check_todos, texts::opt_check_todos{});
     },
     cmd_spec},
    {"rate", texts::cmd_rate::text_id,
     [](Builder& b, Options& o) {
       b.option("file", o.paths, texts::opt_file{}, Value::yaml_files)->required();
       b.option("--rater", o.rater, texts::opt_rater{}, Value::text)->required();
       b.option("--role", o.role, texts::opt_role{}, Value::text);
       b.option("--round", o.round, texts::opt_round_record{}, Value::text);
       b.output(o, texts::opt_output_rating{});
     },
     cmd_rate},
    {"ratings", texts::cmd_ratings::text_id,
     [](Builder& b, Options& o) {
       b.option("file", o.paths, texts::opt_file{}, Value::yaml_files)->required();
       b.option("--ratings", o.ratings_paths, texts::opt_ratings{}, Value::yaml_files);
       b.option("--round", o.round, texts::opt_round{}, Value::text);
       b.flag("--by-role", o.by_role, texts::opt_by_role{});
       b.choice("--crosshair", o.crosshair, texts::opt_crosshair{}, crosshair_choices());
       b.option("--plot", o.plot, texts::opt_plot{}, Value::any_file);
       b.option("--trend-plot", o.trend_plot, texts::opt_trend_plot{}, Value::any_file);
       b.format(o, Output::ratings);
       b.output(o);
     },
     cmd_ratings},
    {"agenda", texts::cmd_agenda::text_id,
     [](Builder& b, Options& o) {
       b.option("file", o.paths, texts::opt_file{}, Value::yaml_files)->required();
       b.option("--ratings", o.ratings_paths, texts::opt_ratings{}, Value::yaml_files);
       b.option("--top", o.top, texts::opt_top{}, Value::text)->check(CLI::Range(1, 14));
       b.option("--minutes", o.minutes, texts::opt_minutes{}, Value::text)
           ->check(CLI::Range(1, 600));
       b.output(o);
     },
     cmd_agenda},
    {"questionnaire", texts::cmd_questionnaire::text_id,
     [](Builder& b, Options& o) {
       b.choice("-f,--format", o.format, texts::opt_format{}, questionnaire_format_choices());
       b.output(o);
     },
     cmd_questionnaire},
    {"import", texts::cmd_import::text_id,
     [](Builder& b, Options& o) {
       b.option("files", o.paths, texts::opt_file_csv{}, Value::any_file)->required()->expected(2);
       b.option("--round", o.round, texts::opt_round_record{}, Value::text);
       b.output(o, texts::opt_output_import{});
     },
     cmd_import},
    {"diff", texts::cmd_diff::text_id,
     [](Builder& b, Options& o) {
       b.option("files", o.paths, texts::opt_old_new{}, Value::yaml_files)->required()->expected(2);
       b.format(o, Output::diff);
       b.output(o);
     },
     cmd_diff},
    {"completion", texts::cmd_completion::text_id,
     [](Builder& b, Options& o) {
       b.choice("shell", o.shell, texts::opt_shell{}, shell_choices())->required();
       b.output(o);
     },
     cmd_completion},
}};

std::string help_words(Lang lang, TextId id) {
  return tr(lang, Message{id, {}});
}

// CLI11's own words in --help, in the user's language.
void translate_help(CLI::App& app, Lang lang) {
  const auto formatter = app.get_formatter();
  formatter->label("Usage", tr(lang, texts::cli_help_usage{}));
  formatter->label("OPTIONS", tr(lang, texts::cli_help_options_badge{}));
  formatter->label("SUBCOMMAND", tr(lang, texts::cli_help_command_badge{}));
  formatter->label("Positionals", tr(lang, texts::cli_help_positionals{}));
  formatter->label("REQUIRED", tr(lang, texts::cli_help_required{}));
  app.option_defaults()->group(tr(lang, texts::cli_help_options{}));
}

// "routekaart: error: MESSAGE" and "    hint: HINT" on standard error; returns 2.
int parse_error(Lang lang, const Message& message, const Message& hint) {
  std::cerr << "routekaart: " << tr(lang, texts::cli_error{.message = message}) << "\n    "
            << tr(lang, texts::cli_hint{.hint = hint}) << '\n';
  return kExitUsage;
}

// The program's options and a subcommand per command, with their description.
struct CommandLine {
  Interface interface;
  std::array<CLI::App*, kCommands.size()> subcommands{};
};

CommandLine set_up(CLI::App& app, Options& options, Lang lang) {
  translate_help(app, lang);
  Builder program(app, lang);
  program.record(app.set_help_flag("-h,--help", tr(lang, texts::cli_help_help{})), Value::none,
                 true);
  program.record(
      app.set_version_flag("--version", version_line(), tr(lang, texts::cli_help_version{})),
      Value::none, true);
  app.require_subcommand(1);
  app.fallthrough();
  app.footer(tr(lang, texts::cli_footer{}));
  program.choice("--lang", options.lang, texts::opt_lang{}, language_choices(), language_words());
  program.option("--catalogue", options.catalogue_dir, texts::opt_catalogue{}, Value::folder);
  program.option("--config", options.config_file, texts::opt_config{}, Value::yaml_files);
  program.flag("-q,--quiet", options.quiet, texts::opt_quiet{});
  program.flag("-v,--verbose", options.verbose, texts::opt_verbose{});
  program.choice("--color", options.color, texts::opt_color{}, color_choices());

  CommandLine out;
  out.interface.global = program.describe();
  for (std::size_t i = 0; i < kCommands.size(); ++i) {
    const Command& command = kCommands[i];
    CLI::App* sub = app.add_subcommand(std::string(command.name), help_words(lang, command.help));
    sub->group(tr(lang, texts::cli_help_commands{}));
    // CLI11 makes a subcommand's help flag before it takes over the group of its options.
    sub->get_help_ptr()->group(tr(lang, texts::cli_help_options{}));
    Builder builder(*sub, lang);
    builder.record(sub->get_help_ptr(), Value::none);
    command.options(builder, options);
    // The exit codes in the footer; --fail-on only where the command has it.
    sub->footer(tr(lang, sub->get_option_no_throw("--fail-on")
                             ? Message(texts::cli_footer{})
                             : Message(texts::cli_footer_plain{})));
    out.interface.commands.push_back(
        {std::string(command.name), help_words(lang, command.help), builder.describe()});
    out.subcommands[i] = sub;
  }
  return out;
}

const Command* find_command(std::string_view name) {
  for (const auto& command : kCommands)
    if (command.name == name) return &command;
  return nullptr;
}

// Problems with the catalogue or the project configuration, before any command runs; returns 2.
int print_diagnostics(const Diagnostics& diagnostics, Lang lang) {
  render::RenderOptions plain;
  plain.lang = lang;
  render::render_findings_text(diagnostics, plain, std::cerr);
  return kExitUsage;
}

}  // namespace

int run(int argc, char** argv) {
  // The language is decided before the command line is parsed, so that help and usage errors
  // are in it too: --lang, ROUTEKAART_LANG, the project configuration, the locale
  // (cli/language.hpp). The configuration is read once, here; its problems are reported below.
  const EarlyOptions early = early_options(argc, argv);
  const ProjectConfig config = load_project_config(early.config, ".");
  const LangChoice choice = early_language(early, config.language);
  const Lang lang = choice.lang;
  Options options;
  CLI::App app(tr(lang, texts::cli_description{}), "routekaart");
  const CommandLine command_line = set_up(app, options, lang);
  if (argc > 1 && argv[1][0] != '-' && !find_command(argv[1])) {
    std::vector<std::string_view> names;
    for (const auto& command : kCommands) names.push_back(command.name);
    return parse_error(lang, texts::cli_unknown_command{.command = argv[1]},
                       texts::cli_commands{.commands = fmt::format("{}", fmt::join(names, ", "))});
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
    return parse_error(lang, texts::value{.value = e.what()}, texts::cli_usage_hint{});
  }
  const bool color = use_color(options.color, platform::is_terminal(1),
                               [](const char* name) -> const char* { return std::getenv(name); });
  // The catalogue compiled into the binary, or the one --catalogue names.
  CatalogueLoad loaded;
  if (!options.catalogue_dir.empty()) {
    loaded = load_catalogue_directory(options.catalogue_dir);
    if (!loaded.catalogue) {
      sort_diagnostics(loaded.diagnostics);
      return print_diagnostics(loaded.diagnostics, lang);
    }
  }
  const catalogue::Catalogue& catalogue =
      loaded.catalogue ? *loaded.catalogue : catalogue::precompiled_catalogue();
  // A configuration that was found but is not used (another user's, or one others may change) is
  // named under --verbose, and by `config`, whose work is to say where settings come from.
  bool shows_config = options.verbose;
  for (std::size_t i = 0; i < kCommands.size(); ++i)
    if (kCommands[i].name == "config" && command_line.subcommands[i]->parsed()) shows_config = true;
  if (config.not_applied && shows_config)
    std::cerr << "routekaart: " << tr(lang, *config.not_applied) << '\n';
  if (!config.problems.empty()) return print_diagnostics(config.problems, lang);
  Context context{lang,  catalogue, std::cout,     std::cerr,
                  color, config,    choice.source, &command_line.interface};
  for (std::size_t i = 0; i < kCommands.size(); ++i)
    if (command_line.subcommands[i]->parsed()) return kCommands[i].run(context, options);
  return kExitUsage;
}

}  // namespace routekaart::cli
