#pragma once
// The process and terminal calls of the command line, the same on every system: POSIX on Linux,
// the Win32 API on Windows (file calls are in io/platform.hpp).
#include <ctime>
#include <string_view>

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

/// From now on Ctrl-C (SIGINT; on Windows the console's Ctrl+C) does not end the process: it ends
/// a read from standard input that is waiting (the read fails, as at the end of the input) and
/// interrupted() turns true. For `rate`, which then saves what was answered.
void catch_interrupt();

/// True once Ctrl-C was pressed after catch_interrupt().
bool interrupted();

/// The local calendar time of `time`; false when it cannot be had.
bool local_time(std::time_t time, std::tm& out);

}  // namespace routekaart::cli::platform
