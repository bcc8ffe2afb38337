// `spec`: the method specification of signpost 12 as Markdown, from a file or as a blank skeleton.
#include "check/findings.hpp"
#include "check/pipeline.hpp"
#include "cli/commands.hpp"
#include "cli/language.hpp"
#include "generated/texts/read.hpp"
#include "generated/texts/spec.hpp"
#include "render/spec.hpp"

namespace routekaart::cli {

int cmd_spec(Context& ctx, const Options& opt) {
  if (opt.blank && !opt.paths.empty())
    return usage_error(ctx, tr(ctx.lang, texts::spec_blank_and_file{}),
                       tr(ctx.lang, texts::spec_blank_and_file_hint{}));
  if (!opt.blank && opt.paths.empty())
    return usage_error(ctx, tr(ctx.lang, texts::spec_no_file{}),
                       tr(ctx.lang, texts::spec_no_file_hint{}));
  if (opt.paths.size() > 1)
    return usage_error(ctx, tr(ctx.lang, texts::spec_one_file{.count = opt.paths.size()}),
                       tr(ctx.lang, texts::spec_one_file_hint{}));

  int code = kExitOk;
  render::SpecDocument doc;
  if (opt.blank) {
    doc = render::build_blank_spec_document(ctx.catalogue, ctx.lang);
  } else {
    // The same pipeline and project settings as `check`, so the method's findings are the ones
    // `check` shows.
    const check::SettingsResult resolved =
        check::resolve_settings({}, ctx.config, ctx.catalogue, check::Mode::check);
    const std::string& path = opt.paths.front();
    const check::Checked checked = check::check_path(path, ctx.catalogue, *resolved.settings);
    use_file_language(ctx, checked.report.language);
    Diagnostics format_problems;
    for (const auto& d : checked.report.findings)
      if (is_format_rule(d.rule)) format_problems.push_back(d);
    print_problems(ctx, format_problems, 0);
    if (!checked.report.readable) return kExitUsage;
    if (!checked.intervention) return kExitProblems;
    // A file with validation problems still gets its document, built from what could be read,
    // but the exit code says that the file has problems.
    if (!format_problems.empty()) {
      ctx.err << tr(ctx.lang, texts::spec_written_with_problems{.file = path}) << '\n';
      code = kExitProblems;
    }
    const std::string source = path == "-" ? tr(ctx.lang, texts::read_stdin{}) : path;
    doc = render::build_spec_document(*checked.intervention, source,
                                      check::method_findings(checked.report.findings),
                                      ctx.catalogue, ctx.lang);
  }

  if (int written = emit(ctx, opt, doc.markdown); written != 0) return written;
  if (writes_file(opt)) ctx.err << tr(ctx.lang, texts::spec_written{.file = opt.output}) << '\n';
  if (doc.todos == 0)
    ctx.err << tr(ctx.lang, texts::spec_todos_none{}) << '\n';
  else
    ctx.err << tr(ctx.lang, texts::spec_todos{.count = doc.todos}) << '\n';
  if (opt.check_todos && doc.todos > 0) code = kExitProblems;
  return code;
}

}  // namespace routekaart::cli
