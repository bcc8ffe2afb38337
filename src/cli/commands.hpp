#pragma once
// The subcommands. Each takes the parsed options and the context, writes its output and
// returns the exit code; app.cpp is the only caller.
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "check/ratings.hpp"
#include "cli/choices.hpp"
#include "cli/output.hpp"
#include "common/lang.hpp"
#include "io/source.hpp"
#include "model/config.hpp"
#include "render/config.hpp"

namespace routekaart::cli {

/// Everything the command line can set; each command reads the fields it needs.
struct Options {
  std::string lang;
  std::string catalogue_dir;
  std::string format{render::format_name(render::Format::text)};
  std::string output;  // -o FILE
  bool force = false;
  bool quiet = false;
  bool verbose = false;
  std::string color{kColorChoices.front().name};  // --color auto|always|never
  std::vector<std::string> paths;
  std::string topic;      // explain: number, slug or rule id
  std::string signposts;  // --signposts 1,2,5-7
  std::string audience;   // --audience practitioners|managers
  std::string fail_on;    // empty: from the project configuration, else "error"
  std::optional<double> min_coverage;
  bool strict = false;
  bool follow_symlinks = false;  // check --follow-symlinks
  std::size_t max_file_size = Limits{}.max_file_bytes;
  // check and validate in CI (cli/ci_outputs.hpp)
  std::string baseline;        // --baseline FILE
  std::string write_baseline;  // --write-baseline FILE
  std::string summary;         // --summary FILE; empty: $GITHUB_STEP_SUMMARY when set
  bool no_summary = false;     // --no-summary
  std::string stdin_filename;  // --stdin-filename NAME
  std::string name;            // init --name
  // spec
  bool blank = false;        // spec --blank: the empty skeleton, no input file
  bool check_todos = false;  // spec --check: exit 1 when placeholders remain
  // rate, ratings, agenda, diff
  std::vector<std::string> ratings_paths;           // --ratings FILE|DIR (repeatable)
  std::string rater;                                // rate --rater NAME
  std::string crosshair{kCrosshairs.front().name};  // ratings --crosshair means|midpoint
  std::string plot;                                 // ratings --plot OUT.svg
  std::string trend_plot;                           // ratings --trend-plot OUT.svg
  std::string round;     // rate, import: --round NAME to record; ratings: the round to show
  std::string role;      // rate --role ROLE
  bool by_role = false;  // ratings --by-role
  int top = 0;           // agenda --top N (0: every signpost)
  int minutes = 0;       // agenda --minutes M (0: no time boxes)
  // project configuration and suppressions
  std::string config_file;  // --config FILE
  std::string shell;        // completion bash|zsh|fish
};

struct Interface;

struct Context {
  Lang lang;
  const catalogue::Catalogue& catalogue;
  std::ostream& out;
  std::ostream& err;
  bool color;                                     // colour text output (--color, cli::use_color)
  const model::ProjectConfig& config;             // .routekaart.yaml (empty when there is none)
  LangSource lang_source = LangSource::fallback;  // where `lang` came from (cli/language.hpp); a
                                                  // single file's `language:` may still choose
                                                  // it when it came from the locale
  const Interface* interface = nullptr;           // the commands and options (cli/interface.hpp)
};

int cmd_list(Context& ctx, const Options& opt);           // cmd_catalogue.cpp
int cmd_explain(Context& ctx, const Options& opt);        // cmd_catalogue.cpp
int cmd_rules(Context& ctx, const Options& opt);          // cmd_catalogue.cpp
int cmd_validate(Context& ctx, const Options& opt);       // cmd_check.cpp
int cmd_check(Context& ctx, const Options& opt);          // cmd_check.cpp
int cmd_init(Context& ctx, const Options& opt);           // cmd_init.cpp
int cmd_schema(Context& ctx, const Options& opt);         // cmd_schema.cpp
int cmd_config(Context& ctx, const Options& opt);         // cmd_config.cpp
int cmd_spec(Context& ctx, const Options& opt);           // cmd_spec.cpp
int cmd_rate(Context& ctx, const Options& opt);           // cmd_rate.cpp
int cmd_ratings(Context& ctx, const Options& opt);        // cmd_ratings.cpp
int cmd_agenda(Context& ctx, const Options& opt);         // cmd_agenda.cpp
int cmd_diff(Context& ctx, const Options& opt);           // cmd_diff.cpp
int cmd_completion(Context& ctx, const Options& opt);     // cmd_completion.cpp
int cmd_questionnaire(Context& ctx, const Options& opt);  // cmd_questionnaire.cpp
int cmd_import(Context& ctx, const Options& opt);         // cmd_import.cpp

/// The notes about where `ratings`, `agenda` and `spec` found their ratings, on standard error:
/// a team folder's ratings/ that links outside it (always) and, with --verbose, each file of a
/// ratings folder that was skipped because it is no rating file. (cmd_ratings.cpp)
void print_rating_notes(Context& ctx, const Options& opt,
                        const std::vector<check::SkippedFile>& skipped,
                        const std::string& outside_folder);

/// Today as YYYY-MM-DD: ROUTEKAART_TODAY when set (it must be a real date), else the local date;
/// false when neither can be had (`out` then holds the value that was refused). (cmd_rate.cpp)
bool today(std::string& out);

}  // namespace routekaart::cli
