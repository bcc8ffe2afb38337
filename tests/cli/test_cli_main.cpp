// cli::main, the last-resort handler (src/cli/main.cpp), tested through the real command line:
// this program links routekaart_cli and calls cli::main as src/main.cpp does, with standard
// output pointed at a buffer that fails. With std::cout's exceptions switched on for badbit, the
// stream lets the buffer's exception escape from the first write of the command (`list` writes
// its output through cli/output.cpp's emit), up through the command and cli::run into the
// handler: the way any exception from inside a command travels. An abort and std::terminate from
// inside a command are tested the same way, in a child process. No test-only trigger is built
// into the binary.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <functional>
#include <iostream>
#include <new>
#include <sstream>
#include <stdexcept>
#include <streambuf>
#include <string>
#include <vector>

#include "cli/app.hpp"

namespace {

// A buffer that calls `fail` on every write: it throws, or returns end-of-file (a full disk).
class FailingBuffer : public std::streambuf {
 public:
  explicit FailingBuffer(std::function<void()> fail) : fail_(std::move(fail)) {}

 protected:
  int_type overflow(int_type) override {
    fail_();
    return traits_type::eof();
  }
  std::streamsize xsputn(const char*, std::streamsize) override {
    fail_();
    return 0;
  }

 private:
  std::function<void()> fail_;
};

struct Result {
  int code;
  std::string err;  // what standard error got
};

// cli::main with `args`, standard output written into `out` (exceptions on badbit when
// `throwing`), standard error captured.
Result run(std::vector<std::string> args, std::streambuf* out, bool throwing) {
  args.insert(args.begin(), "routekaart");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::ostringstream err;
  std::streambuf* old_out = std::cout.rdbuf(out);
  std::streambuf* old_err = std::cerr.rdbuf(err.rdbuf());
  // Standard error is tied to standard output: each write to it flushes std::cout first. Once
  // the failing buffer has made std::cout bad, that flush would throw again only because of the
  // exception mask this test sets (the program never sets one), so the tie is undone here.
  std::ostream* old_tie = std::cerr.tie(nullptr);
  if (throwing) std::cout.exceptions(std::ios::badbit);
  const int code = routekaart::cli::main(static_cast<int>(args.size()), argv.data());
  std::cout.exceptions(std::ios::goodbit);
  std::cout.clear();
  std::cout.rdbuf(old_out);
  std::cerr.rdbuf(old_err);
  std::cerr.tie(old_tie);
  return {code, err.str()};
}

// cli::main with `args` in a child process whose standard output fails by calling `fail`: for
// what ends the process (an abort, std::terminate). Returns the exit code and standard error.
Result run_in_child(std::vector<std::string> args, std::function<void()> fail) {
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::dup2(pipe_fds[1], 2);
    ::close(pipe_fds[0]);
    FailingBuffer out(fail);
    std::cout.rdbuf(&out);
    args.insert(args.begin(), "routekaart");
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::_Exit(routekaart::cli::main(static_cast<int>(args.size()), argv.data()) + 100);
  }
  ::close(pipe_fds[1]);
  std::string err;
  char buffer[512];
  for (ssize_t n; (n = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;)
    err.append(buffer, static_cast<std::size_t>(n));
  ::close(pipe_fds[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), err};
}

}  // namespace

TEST_CASE("cli::main: a command that succeeds exits 0 and says nothing on standard error") {
  std::stringbuf out;
  const Result r = run({"--lang", "en", "list"}, &out, true);
  CHECK(r.code == 0);
  CHECK(r.err == "");
  CHECK(out.str().find("Do not set the bar high at the start") != std::string::npos);
}

TEST_CASE("cli::main: an exception escaping a command is one line and exit code 2") {
  FailingBuffer out([] { throw std::runtime_error("the disk is on fire"); });
  const Result r = run({"--lang", "en", "list"}, &out, true);
  CHECK(r.code == 2);
  CHECK(r.err ==
        "routekaart: internal error (the disk is on fire); please report it, with the command "
        "and the file\n");
}

TEST_CASE("cli::main: the line is in the user's language") {
  FailingBuffer out([] { throw std::runtime_error("brand"); });
  const Result r = run({"--lang", "nl", "rules"}, &out, true);
  CHECK(r.code == 2);
  CHECK(r.err ==
        "routekaart: interne fout (brand); meld dit alsjeblieft, met het commando en het "
        "bestand\n");
}

TEST_CASE("cli::main: memory that runs out is one line and exit code 2") {
  FailingBuffer out([] { throw std::bad_alloc(); });
  const Result r = run({"--lang", "en", "explain", "6"}, &out, true);
  CHECK(r.code == 2);
  CHECK(r.err == "routekaart: not enough memory; check fewer or smaller files at once\n");
}

TEST_CASE("cli::main: an exception that is no std::exception is one line and exit code 2") {
  FailingBuffer out([] { throw 42; });
  const Result r = run({"--lang", "en", "list", "--format", "json"}, &out, true);
  CHECK(r.code == 2);
  CHECK(r.err ==
        "routekaart: internal error (?); please report it, with the command and the file\n");
}

TEST_CASE("cli::main: standard output that cannot be written is one line and exit code 2") {
  FailingBuffer out([] {});  // end-of-file on every write, as on a full disk
  const Result r = run({"--lang", "en", "list"}, &out, false);
  CHECK(r.code == 2);
  CHECK(r.err ==
        "routekaart: cannot write the output (is the disk full, or was the pipe closed?)\n");
}

TEST_CASE("cli::main: an abort inside a command is one line and exit code 2, no core dump") {
  const Result r = run_in_child({"--lang", "en", "list"}, [] { std::abort(); });
  CHECK(r.code == 2);
  CHECK(r.err ==
        "routekaart: internal error (abort); please report it, with the command and the file\n");
}

TEST_CASE("cli::main: std::terminate inside a command is one line and exit code 2") {
  const Result r = run_in_child({"--lang", "nl", "list"}, [] { std::terminate(); });
  CHECK(r.code == 2);
  CHECK(r.err ==
        "routekaart: interne fout (std::terminate); meld dit alsjeblieft, met het commando en het "
        "bestand\n");
}
