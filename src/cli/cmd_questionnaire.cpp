// `questionnaire`: the rating questions for Microsoft Forms or Google Forms (text), or as the
// heading row of a spreadsheet (csv); render/questionnaire.hpp.
#include <sstream>

#include "cli/commands.hpp"
#include "render/questionnaire.hpp"

namespace routekaart::cli {

int cmd_questionnaire(Context& ctx, const Options& opt) {
  std::ostringstream out;
  if (opt.format == "csv")
    render::render_questionnaire_csv(ctx.catalogue, ctx.lang, out);
  else
    render::render_questionnaire_text(ctx.catalogue, ctx.lang, out);
  return emit(ctx, opt, out.str());
}

}  // namespace routekaart::cli
