#include "cli/platform.hpp"

#include <csignal>
#include <cstdio>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <windows.h>

#include <cstdlib>
#else
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace routekaart::cli::platform {
namespace {
volatile std::sig_atomic_t interrupt_seen = 0;
}  // namespace

bool interrupted() {
  return interrupt_seen != 0;
}

#ifdef _WIN32
namespace {

UINT original_output_code_page = 0;
DWORD original_output_mode = 0;
bool colour_escapes = false;  // the console on standard output understands them

void restore_console() {
  if (original_output_code_page != 0) SetConsoleOutputCP(original_output_code_page);
  if (colour_escapes) SetConsoleMode(GetStdHandle(STD_OUTPUT_HANDLE), original_output_mode);
}

HANDLE std_handle(int fd) {
  return GetStdHandle(fd == 0 ? STD_INPUT_HANDLE : fd == 1 ? STD_OUTPUT_HANDLE : STD_ERROR_HANDLE);
}

}  // namespace

void prepare_process(void (*on_abort)(int)) {
  std::signal(SIGABRT, on_abort);
  // Texts are UTF-8 (the application manifest also makes UTF-8 the process code page, so that
  // arguments and file names arrive as UTF-8); the console shows them only in code page 65001.
  original_output_code_page = GetConsoleOutputCP();
  if (original_output_code_page == CP_UTF8 || !SetConsoleOutputCP(CP_UTF8))
    original_output_code_page = 0;
  // Colour escapes need virtual terminal processing (Windows 10 and later).
  const HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
  if (GetConsoleMode(out, &original_output_mode))
    colour_escapes = (original_output_mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0 ||
                     SetConsoleMode(out, original_output_mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING);
  std::atexit(restore_console);
  // Standard input stays in text mode: typed answers (`rate`) end with CRLF, and Ctrl+Z ends
  // the input; an intervention read from "-" is read as bytes (io::platform::read_file).
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stderr), _O_BINARY);
}

bool is_terminal(int fd) {
  // _isatty is also true for the NUL device; only a console has a console mode.
  DWORD mode = 0;
  return GetConsoleMode(std_handle(fd), &mode) && (fd != 1 || colour_escapes);
}

void write_stderr(std::string_view text) noexcept {
  [[maybe_unused]] const int written =
      _write(2, text.data(), static_cast<unsigned int>(text.size()));
}

bool local_time(std::time_t time, std::tm& out) {
  return localtime_s(&out, &time) == 0;
}

namespace {
BOOL WINAPI on_console_control(DWORD type) {
  if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT) return FALSE;
  interrupt_seen = 1;
  return TRUE;
}
}  // namespace

void catch_interrupt() {
  SetConsoleCtrlHandler(on_console_control, TRUE);
}

std::optional<Lang> display_language() {
  return PRIMARYLANGID(GetUserDefaultUILanguage()) == LANG_DUTCH ? Lang::nl : Lang::en;
}

bool stdout_reader_gone() {
  // A pipe whose reader has closed fails a write with ERROR_NO_DATA; a zero-byte write shows it.
  DWORD written = 0;
  return WriteFile(GetStdHandle(STD_OUTPUT_HANDLE), "", 0, &written, nullptr) == 0 &&
         GetLastError() == ERROR_NO_DATA;
}

#else
void prepare_process(void (*on_abort)(int)) {
  std::signal(SIGABRT, on_abort);
  // A closed pipe (`routekaart check | head -1`) is a write error we report, not a signal.
  std::signal(SIGPIPE, SIG_IGN);
}

bool is_terminal(int fd) {
  return ::isatty(fd) != 0;
}

namespace {
void on_interrupt(int) {
  interrupt_seen = 1;
}
}  // namespace

void catch_interrupt() {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a read waiting for input returns (EINTR)
  ::sigaction(SIGINT, &action, nullptr);
}

void write_stderr(std::string_view text) noexcept {
  [[maybe_unused]] const auto written = ::write(2, text.data(), text.size());
}

bool local_time(std::time_t time, std::tm& out) {
  return localtime_r(&time, &out) != nullptr;
}

std::optional<Lang> display_language() {
  return std::nullopt;
}

bool stdout_reader_gone() {
  struct stat info {};
  if (::fstat(1, &info) != 0 || !(S_ISFIFO(info.st_mode) || S_ISSOCK(info.st_mode))) return false;
  // poll reports POLLERR on the write end of a pipe that no process reads any more.
  pollfd fd{1, POLLOUT, 0};
  return ::poll(&fd, 1, 0) == 1 && (fd.revents & POLLERR) != 0;
}
#endif

}  // namespace routekaart::cli::platform
