#pragma once
// The command-line interface: parses arguments, runs one command, returns the exit code.

namespace routekaart::cli {

/// Exit codes: 0 success; 1 a checked file has problems (or a finding reached --fail-on);
/// 2 usage error, or a path that does not exist or cannot be read.
int run(int argc, char** argv);

}  // namespace routekaart::cli
