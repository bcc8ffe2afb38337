// The last-resort handler: whatever happens, routekaart exits 0, 1 or 2 (cli/output.hpp).
#include <cstdlib>
#include <exception>
#include <iostream>
#include <new>
#include <string>

#include "cli/app.hpp"
#include "cli/language.hpp"
#include "cli/output.hpp"
#include "cli/platform.hpp"
#include "generated/texts/cli.hpp"

namespace routekaart::cli {
namespace {

// Decided before anything can fail, so that even the last message is in the user's language.
Lang fallback_language = Lang::en;

void say(const Message& message) {
  std::cerr << "routekaart: " << tr(fallback_language, message) << std::endl;
}

// An exception thrown where none can be caught (a destructor, a noexcept function) or an abort
// inside a library: one line, and exit code 2, never a core dump with exit code 134.
[[noreturn]] void on_terminate() {
  say(texts::cli_internal_error{.what = "std::terminate"});
  std::_Exit(kExitUsage);
}

// The line for an abort, in words before anything can fail: a signal handler may not allocate.
std::string abort_line;

extern "C" void on_abort(int) {
  platform::write_stderr(abort_line);
  std::_Exit(kExitUsage);
}

}  // namespace

int main(int argc, char** argv) {
  fallback_language = early_language(early_options(argc, argv)).lang;
  abort_line =
      "routekaart: " + tr(fallback_language, texts::cli_internal_error{.what = "abort"}) + '\n';
  std::set_terminate(on_terminate);
  platform::prepare_process(on_abort);
  int code = kExitUsage;
  try {
    code = run(argc, argv);
  } catch (const std::bad_alloc&) {
    say(texts::cli_out_of_memory{});
    return kExitUsage;
  } catch (const std::exception& e) {
    say(texts::cli_internal_error{.what = e.what()});
    return kExitUsage;
  } catch (...) {
    say(texts::cli_internal_error{.what = "?"});
    return kExitUsage;
  }
  std::cout.flush();
  if (!std::cout) {
    // A reader that stopped reading (`| head`) needs no message; a full disk does.
    if (!platform::stdout_reader_gone()) say(texts::cli_stdout_failed{});
    return kExitUsage;
  }
  return code;
}

}  // namespace routekaart::cli
