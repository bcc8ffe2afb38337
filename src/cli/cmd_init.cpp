// `init`: the commented template of an intervention file (render/template.hpp), in the chosen
// language, to standard output or a file.
#include <sstream>

#include "cli/commands.hpp"
#include "render/template.hpp"

namespace routekaart::cli {

int cmd_init(Context& ctx, const Options& opt) {
  std::ostringstream out;
  render::render_template(ctx.catalogue, ctx.lang, opt.name, out);
  Options target = opt;
  if (target.output == "-") target.output.clear();
  const int code = emit(ctx, target, out.str());
  if (code == kExitOk && !target.output.empty()) print_written(ctx, target.output);
  return code;
}

}  // namespace routekaart::cli
