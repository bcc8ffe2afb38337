// Placeholder until this command is implemented.
#include "commands.hpp"

namespace routekaart {

int cmd_rate(Context& ctx, const Options&) {
  return usage_error(ctx, "not implemented yet", "");
}

int cmd_ratings(Context& ctx, const Options&) {
  return usage_error(ctx, "not implemented yet", "");
}

}  // namespace routekaart
