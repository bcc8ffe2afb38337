#pragma once
// `routekaart completion bash|zsh|fish`: the completion script of each shell, written from the
// command line's own description (cli/interface.hpp), the catalogue (signpost numbers and slugs)
// and the rule table (rule ids). The build installs its output.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalogue/catalogue.hpp"
#include "cli/interface.hpp"

namespace routekaart::cli {

enum class Shell { bash, zsh, fish };

struct ShellInfo {
  Shell shell;
  std::string_view name;  // as `routekaart completion` takes it
};

inline constexpr std::array<ShellInfo, 3> kShells{{
    {Shell::bash, "bash"},
    {Shell::zsh, "zsh"},
    {Shell::fish, "fish"},
}};
static_assert(kShells.size() == static_cast<std::size_t>(Shell::fish) + 1);
static_assert(kShells[0].shell == Shell::bash && kShells[1].shell == Shell::zsh &&
              kShells[2].shell == Shell::fish);

/// The shell names, in table order.
std::vector<std::string> shell_choices();
/// The shell named `name`, or nullopt.
std::optional<Shell> parse_shell(std::string_view name);

/// The whole script for `shell`. Bash's needs neither the bash-completion package nor the
/// binary; zsh's is an autoloadable function file (_routekaart); fish's a completions file.
std::string completion_script(Shell shell, const Interface& interface,
                              const catalogue::Catalogue& catalogue);

}  // namespace routekaart::cli
