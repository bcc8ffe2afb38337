// `list`, `explain` and `rules`: the catalogue and the rule table (render/catalogue.hpp).
#include <fmt/format.h>

#include <sstream>

#include "catalogue/rules.hpp"
#include "cli/commands.hpp"
#include "generated/texts/cli.hpp"
#include "render/catalogue.hpp"

namespace routekaart::cli {

int cmd_list(Context& ctx, const Options& opt) {
  std::ostringstream out;
  render::render_list(ctx.catalogue, ctx.lang, ctx.color, chosen_format(opt), out);
  return emit(ctx, opt, out.str());
}

int cmd_explain(Context& ctx, const Options& opt) {
  std::ostringstream out;
  if (const std::optional<RuleId> id = parse_rule_id(opt.topic)) {
    render::render_rule(catalogue::rule(*id), ctx.lang, ctx.color, chosen_format(opt), out);
    return emit(ctx, opt, out.str());
  }
  const catalogue::Signpost* signpost = ctx.catalogue.lookup(opt.topic);
  if (!signpost) {
    std::vector<std::string_view> slugs;
    for (const auto& s : ctx.catalogue.signposts) slugs.push_back(s.slug);
    return usage_error(
        ctx, texts::cli_unknown_topic{.topic = opt.topic},
        texts::cli_unknown_topic_hint{.slugs = fmt::format("{}", fmt::join(slugs, ", "))});
  }
  render::render_signpost(ctx.catalogue, *signpost, ctx.lang, ctx.color, chosen_format(opt), out);
  return emit(ctx, opt, out.str());
}

int cmd_rules(Context& ctx, const Options& opt) {
  std::ostringstream out;
  render::render_rules(ctx.lang, ctx.color, chosen_format(opt), out);
  return emit(ctx, opt, out.str());
}

}  // namespace routekaart::cli
