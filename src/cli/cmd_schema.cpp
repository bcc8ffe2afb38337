// `schema`: the JSON Schema of the file format (render/json_schema.hpp). Its descriptions are in
// English unless --lang names a language: editors show them to whoever opens the file.
#include <sstream>

#include "cli/commands.hpp"
#include "render/json_schema.hpp"

namespace routekaart::cli {

int cmd_schema(Context& ctx, const Options& opt) {
  std::ostringstream out;
  const Lang lang = ctx.lang_source == LangSource::option ? ctx.lang : Lang::en;
  render::render_json_schema(ctx.catalogue, lang, out);
  return emit(ctx, opt, out.str());
}

}  // namespace routekaart::cli
