#pragma once
// Where a command's output goes, and the exit codes: the only place that decides them.
//   0  all is well
//   1  a file has problems, a finding reached --fail-on, or coverage is below --min-coverage
//   2  usage error, a path that cannot be read or written, or an internal error
#include <string>
#include <vector>

#include "check/pipeline.hpp"
#include "common/diagnostic.hpp"
#include "common/message.hpp"
#include "render/format.hpp"

namespace routekaart::cli {

struct Context;
struct Options;

inline constexpr int kExitOk = 0;
inline constexpr int kExitProblems = 1;
inline constexpr int kExitUsage = 2;

/// The exit code of a pipeline run.
int exit_code(check::Outcome outcome);

/// Whether the value of -o means standard output: "-", or a name of what standard output already
/// writes to (/dev/stdout, /dev/fd/1, its terminal, the file it was redirected to), compared as
/// files, not as names. Such output is written to standard output directly.
bool is_standard_output(const std::string& path);

/// Whether the output goes to a file: -o names something other than standard output.
bool writes_file(const Options& opt);

/// Checks the -o of `opt` before any work is done, so that nothing is lost later: its name must
/// be UTF-8; it may not be a folder, a device or a pipe, nor an existing file without --force;
/// and it may not be a file the command reads (opt.paths, opt.ratings_paths, the project
/// configuration and `inputs`), compared as files (device and number, links followed), not as
/// names. Returns 0 (also when the output is standard output), or 2 after printing why.
int check_output(Context& ctx, const Options& opt, const std::vector<std::string>& inputs = {});

/// Writes `content` to opt.output after check_output (atomically, through symbolic links,
/// keeping the replaced file's permissions), or to ctx.out when the output is standard output.
/// `inputs` are files read besides those of check_output. Returns 0, or 2 after printing why it
/// failed.
int emit(Context& ctx, const Options& opt, const std::string& content,
         const std::vector<std::string>& inputs = {});

/// Prints a usage error ("routekaart: error: ...") with a hint (none when empty) and returns 2.
int usage_error(Context& ctx, const std::string& message, const std::string& hint);
/// The same, put into words in the context's language.
int usage_error(Context& ctx, const Message& message, const Message& hint);

/// Prints "wrote PATH" to standard error.
void print_written(Context& ctx, const std::string& path);

/// The format --format names (the option accepts only names of render/format.hpp).
render::Format chosen_format(const Options& opt);

/// Prints diagnostics to standard error as `file:line:column: severity: message [RULE]` lines,
/// and returns `code`.
int print_problems(Context& ctx, const Diagnostics& problems, int code);

}  // namespace routekaart::cli
