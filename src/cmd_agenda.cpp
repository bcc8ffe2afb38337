// Placeholder until this command is implemented.
#include "commands.hpp"

namespace routekaart {

int cmd_agenda(Context& ctx, const Options&) {
  return usage_error(ctx, "not implemented yet", "");
}

}  // namespace routekaart
