// `spec`: the method specification of signpost 12 as Markdown, from a file or as a blank skeleton.
#include "cli/commands.hpp"
#include "common/messages.hpp"
#include "render/format.hpp"
#include "render/spec.hpp"

namespace routekaart::cli {
using model::load_intervention;
using model::LoadedIntervention;
using render::build_blank_spec_document;
using render::build_spec_document;
using render::method_findings;
using render::render_findings_text;
using render::RenderOptions;
using render::SpecDocument;

int cmd_spec(Context& ctx, const Options& opt) {
  const Lang l = ctx.lang;
  if (opt.blank && !opt.paths.empty())
    return usage_error(ctx, msg(l, "spec.blank_and_file"), msg(l, "spec.blank_and_file.hint"));
  if (!opt.blank && opt.paths.empty())
    return usage_error(ctx, msg(l, "spec.no_file"), msg(l, "spec.no_file.hint"));
  if (opt.paths.size() > 1)
    return usage_error(ctx, msg(l, "spec.one_file", opt.paths.size()),
                       msg(l, "spec.one_file.hint"));

  int code = 0;
  SpecDocument doc;
  if (opt.blank) {
    doc = build_blank_spec_document(ctx.catalogue, l);
  } else {
    const std::string& path = opt.paths.front();
    const LoadedIntervention loaded = load_intervention(path, ctx.catalogue, Limits{}, l);
    RenderOptions plain;
    plain.lang = l;
    render_findings_text(loaded.diagnostics, plain, ctx.err);
    if (loaded.unreadable) return 2;
    if (!loaded.intervention) return 1;
    // A file with validation problems still gets its document, built from what could be read,
    // but the exit code says that the file has problems.
    if (!loaded.diagnostics.empty()) {
      ctx.err << msg(l, "spec.written_with_problems", path) << '\n';
      code = 1;
    }
    const std::string source = path == "-" ? msg(l, "stdin") : path;
    doc = build_spec_document(*loaded.intervention, source,
                              method_findings(loaded, path, ctx.catalogue, l), ctx.catalogue, l);
  }

  Options target = opt;
  if (target.output == "-") target.output.clear();
  if (int written = emit(ctx, target, doc.markdown); written != 0) return written;
  if (!target.output.empty()) ctx.err << msg(l, "output.written", target.output) << '\n';
  if (doc.todos == 0)
    ctx.err << msg(l, "spec.todos.none") << '\n';
  else if (doc.todos == 1)
    ctx.err << msg(l, "spec.todos.one") << '\n';
  else
    ctx.err << msg(l, "spec.todos.many", doc.todos) << '\n';
  if (opt.check_todos && doc.todos > 0) code = 1;
  return code;
}

}  // namespace routekaart::cli
