#pragma once
// The command-line interface: parses arguments, runs one command, returns the exit code.

namespace routekaart::cli {

/// Runs the command line and returns its exit code (cli/output.hpp): 0, 1 or 2, whatever
/// happens. An exception that escapes a command, an allocation that fails, an abort or standard
/// output that cannot be written all end in one line on standard error and exit code 2.
int main(int argc, char** argv);

/// The command line without that last-resort handling; exceptions escape.
int run(int argc, char** argv);

}  // namespace routekaart::cli
