// `init`: a commented template of an intervention file, in the chosen language.
#include <fmt/format.h>

#include <sstream>

#include "cli/commands.hpp"
#include "common/messages.hpp"
#include "common/strings.hpp"
#include "render/escape.hpp"

namespace routekaart::cli {
using render::yaml_quote;

int cmd_init(Context& ctx, const Options& opt) {
  const Lang l = ctx.lang;
  const std::string name = opt.name.empty() ? msg(l, "init.default_name") : opt.name;
  std::ostringstream out;
  out << "# " << msg(l, "init.title") << "\n# " << msg(l, "init.check") << "\n# "
      << msg(l, "init.statuses") << "\n\nroutekaart: 1\nlanguage: " << lang_code(l)
      << "\n\nintervention:\n  name: " << yaml_quote(one_line(name)) << '\n'
      << "  organisation: \"\"\n  contact: \"\"\n"
      << "  setting: education        # education | care | combined\n"
      << "  tier: 3                   # " << msg(l, "init.tier") << '\n'
      << "  target_group: \"\"\n"
      << "  ages: [12, 18]            # " << msg(l, "init.ages") << '\n'
      << "  school_types: [vo]        # po | so | vo | vso | mbo\n"
      << "  summary: \"\"\n\nsignposts:\n";
  for (const auto& sp : ctx.catalogue.signposts) {
    out << fmt::format("  # {}. {}\n  #    {}\n", sp.number, sp.title.in(l), sp.hint.in(l));
    out << fmt::format("  {}:\n    status: planned\n    priority: essential\n    practice: \"\"\n",
                       sp.number);
  }
  out << "\n# " << msg(l, "init.method") << "\nmethod:\n  end_result: \"\"\n  goals: []\n"
      << "  # - {id: G1, text: \"...\", indicator: \"...\"}\n  methods: []\n"
      << "  # - {id: M1, name: \"...\", goals: [G1], signposts: [3, 7], mode: standard}\n"
      << "  phases: []\n\n# " << msg(l, "init.team") << "\nteam: []\n"
      << "# - {role: \"...\", hours_per_week: 16, expertise: \"...\"}\n\n# "
      << msg(l, "init.resources") << "\nresources:\n  funding: []\n  facilities: []\n"
      << "  time: \"\"\n";
  Options target = opt;
  if (target.output == "-") target.output.clear();
  const int code = emit(ctx, target, out.str());
  if (code == 0 && !target.output.empty())
    ctx.err << msg(l, "output.written", target.output) << '\n';
  return code;
}

}  // namespace routekaart::cli
