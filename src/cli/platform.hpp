#pragma once
// The process and terminal calls of the command line, the same on every system: POSIX on Linux,
// the Win32 API on Windows (file calls are in io/platform.hpp).
#include <ctime>
#include <optional>
#include <string_view>

#include "common/lang.hpp"

namespace routekaart::cli::platform {

/// Prepares the process before anything is printed: on POSIX a closed pipe becomes a write error
/// instead of a signal (SIGPIPE is ignored); on Windows the console shows UTF-8 (restored at
/// exit) and standard output and error pass bytes unchanged (no CRLF translation), as on Linux.
/// `on_abort` is called, from a signal handler, when the process aborts.
void prepare_process(void (*on_abort)(int));

/// True when standard input (0) or standard output (1) is a terminal; on Windows a console, and
/// for standard output one that shows colour escapes.
bool is_terminal(int fd);

/// Writes to standard error without buffering; safe in a signal handler.
void write_stderr(std::string_view text) noexcept;

/// True when standard output is a pipe or socket whose reader has gone (`routekaart ... | head`):
/// a write error that needs no message.
bool stdout_reader_gone();

/// From now on Ctrl-C (SIGINT; on Windows the console's Ctrl-C and Ctrl-Break) does not end the
/// process: it is noted, and a read waiting for input returns as at end of input, so that the
/// caller can save what it has. `interrupted` tells whether it happened.
void catch_interrupt();
bool interrupted();

/// The display language of the user's system where the system says (Windows: Dutch for any
/// Dutch display language, else English); nullopt where the locale variables say it (POSIX).
std::optional<Lang> display_language();

/// The local calendar time of `time`; false when it cannot be had.
bool local_time(std::time_t time, std::tm& out);

}  // namespace routekaart::cli::platform
