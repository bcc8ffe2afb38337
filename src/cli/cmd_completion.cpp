// `completion bash|zsh|fish`: the completion script of a shell (cli/completion.hpp).
#include "cli/commands.hpp"
#include "cli/completion.hpp"

namespace routekaart::cli {

int cmd_completion(Context& ctx, const Options& opt) {
  // --help lists the shells and the option accepts no other name.
  const Shell shell = parse_shell(opt.shell).value_or(Shell::bash);
  return emit(ctx, opt, completion_script(shell, *ctx.interface, ctx.catalogue));
}

}  // namespace routekaart::cli
