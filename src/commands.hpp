#pragma once
// The subcommands. Each takes the parsed options and the context, writes its output and
// returns the exit code; app.cpp is the only caller.
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "catalogue.hpp"
#include "lang.hpp"
#include "source.hpp"

namespace routekaart {

/// Everything the command line can set; each command reads the fields it needs.
struct Options {
  std::string lang;
  std::string catalogue_dir;
  std::string format = "text";
  std::string output;  // -o FILE
  bool force = false;
  bool quiet = false;
  bool verbose = false;
  std::vector<std::string> paths;
  std::string topic;      // explain: number, slug or rule id
  std::string signposts;  // --signposts 1,2,5-7
  std::string audience;   // --audience practitioners|managers
  std::string fail_on = "error";
  std::optional<double> min_coverage;
  bool strict = false;
  std::size_t max_file_size = Limits{}.max_file_bytes;
  std::string name;  // init --name
};

struct Context {
  Lang lang;
  const Catalogue& catalogue;
  std::ostream& out;
  std::ostream& err;
  bool color;  // stdout is a terminal and NO_COLOR is not set
};

int cmd_list(Context& ctx, const Options& opt);
int cmd_explain(Context& ctx, const Options& opt);
int cmd_rules(Context& ctx, const Options& opt);
int cmd_validate(Context& ctx, const Options& opt);
int cmd_check(Context& ctx, const Options& opt);
int cmd_init(Context& ctx, const Options& opt);
int cmd_schema(Context& ctx, const Options& opt);

/// Writes `content` to opt.output (atomically, refusing to overwrite without --force), or to
/// ctx.out when no output file was given. Returns 0, or 2 after printing why it failed.
int emit(Context& ctx, const Options& opt, const std::string& content);

/// Prints a usage error ("routekaart: error: ...") with a hint and returns 2.
int usage_error(Context& ctx, const std::string& message, const std::string& hint);

}  // namespace routekaart
