#pragma once
// Where a command's output goes, and the exit codes: the only place that decides them.
//   0  all is well
//   1  a file has problems, a finding reached --fail-on, or coverage is below --min-coverage
//   2  usage error, a path that cannot be read or written, or an internal error
#include <string>

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

/// Writes `content` to opt.output (atomically, refusing to overwrite without --force), or to
/// ctx.out when no output file was given. Returns 0, or 2 after printing why it failed.
int emit(Context& ctx, const Options& opt, const std::string& content);

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
