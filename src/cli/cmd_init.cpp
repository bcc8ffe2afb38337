// `init`: the commented template of an intervention file (render/template.hpp), in the chosen
// language, to standard output or a file.
#include <sstream>

#include "cli/commands.hpp"
#include "render/template.hpp"

namespace routekaart::cli {

int cmd_init(Context& ctx, const Options& opt) {
  std::ostringstream out;
  render::render_template(ctx.catalogue, ctx.lang, opt.name, out);
  const int code = emit(ctx, opt, out.str());
  if (code == kExitOk && writes_file(opt)) print_written(ctx, opt.output);
  return code;
}

}  // namespace routekaart::cli
