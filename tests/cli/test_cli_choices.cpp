// cli/choices.cpp: whether text output is coloured (--color, FORCE_COLOR, CLICOLOR_FORCE,
// NO_COLOR, TERM=dumb), with the environment given as a table.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "cli/choices.hpp"

namespace {

// The environment of one case; use_color takes a plain function, so the table is a global.
std::map<std::string, std::string> environment;

const char* fake_env(const char* name) {
  const auto found = environment.find(name);
  return found == environment.end() ? nullptr : found->second.c_str();
}

bool colored(std::string_view choice, bool terminal, std::map<std::string, std::string> env) {
  environment = std::move(env);
  return routekaart::cli::use_color(choice, terminal, fake_env);
}

}  // namespace

TEST_CASE("use_color: --color always and never win over every variable") {
  CHECK(colored("always", false, {{"NO_COLOR", "1"}, {"TERM", "dumb"}}));
  CHECK_FALSE(colored("never", true, {{"FORCE_COLOR", "1"}, {"CLICOLOR_FORCE", "1"}}));
}

TEST_CASE("use_color: auto follows the terminal unless a variable says otherwise") {
  CHECK(colored("auto", true, {}));
  CHECK_FALSE(colored("auto", false, {}));
  CHECK(colored("auto", false, {{"FORCE_COLOR", "1"}}));
  CHECK(colored("auto", false, {{"FORCE_COLOR", "true"}}));
  CHECK(colored("auto", false, {{"CLICOLOR_FORCE", "1"}}));
  // FORCE_COLOR empty, "0" or "false" forces nothing.
  CHECK_FALSE(colored("auto", false, {{"FORCE_COLOR", ""}}));
  CHECK_FALSE(colored("auto", false, {{"FORCE_COLOR", "0"}}));
  CHECK_FALSE(colored("auto", false, {{"CLICOLOR_FORCE", "false"}}));
  // Forcing beats NO_COLOR and TERM=dumb; NO_COLOR (not empty) and TERM=dumb beat a terminal.
  CHECK(colored("auto", false, {{"FORCE_COLOR", "1"}, {"NO_COLOR", "1"}}));
  CHECK(colored("auto", false, {{"FORCE_COLOR", "3"}, {"TERM", "dumb"}}));
  CHECK_FALSE(colored("auto", true, {{"NO_COLOR", "1"}}));
  CHECK(colored("auto", true, {{"NO_COLOR", ""}}));
  CHECK_FALSE(colored("auto", true, {{"TERM", "dumb"}}));
  CHECK(colored("auto", true, {{"TERM", "xterm-256color"}}));
}

TEST_CASE("color_choices: auto, always, never") {
  CHECK(routekaart::cli::color_choices() == std::vector<std::string>{"auto", "always", "never"});
}
