// `validate` and `check`: load files, build the report, render it, decide the exit code.
#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "atomic_write.hpp"
#include "check.hpp"
#include "commands.hpp"
#include "messages.hpp"
#include "paths.hpp"
#include "render.hpp"

namespace routekaart {
namespace {

// Parses "1,2,5-7" into signpost numbers; false on anything else.
bool parse_selection(const std::string& text, std::vector<int>& out) {
  std::stringstream stream(text);
  std::string part;
  while (std::getline(stream, part, ',')) {
    int first = 0, last = 0;
    char dash = 0;
    std::stringstream p(part);
    if (!(p >> first)) return false;
    last = first;
    if (p >> dash) {
      if (dash != '-' || !(p >> last)) return false;
    }
    std::string rest;
    if (p >> rest) return false;
    if (first < 1 || last > kSignpostCount || first > last) return false;
    for (int n = first; n <= last; ++n) out.push_back(n);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return !out.empty();
}

struct Run {
  Report report;
  bool unreadable = false;
};

Run build_report(Context& ctx, const Options& opt, const CheckOptions& check, bool coverage) {
  Run run;
  run.report.selected = check.selected;
  ExpandedPaths paths = coverage ? expand_paths(opt.paths, ctx.lang) : ExpandedPaths{opt.paths, {}};
  Limits limits;
  limits.max_file_bytes = opt.max_file_size;
  for (const auto& problem : paths.problems) {
    FileReport file;
    file.path = problem.location.file;
    file.readable = false;
    file.findings.push_back(problem);
    run.report.files.push_back(std::move(file));
    run.unreadable = true;
  }
  for (const auto& path : paths.files) {
    LoadedIntervention loaded = load_intervention(path, ctx.catalogue, limits, ctx.lang);
    run.unreadable = run.unreadable || loaded.unreadable;
    FileReport file = coverage ? check_file(loaded, path, ctx.catalogue, check) : FileReport{};
    if (!coverage) {
      file.path = path;
      file.readable = !loaded.unreadable;
      file.valid = loaded.valid();
      file.findings = loaded.diagnostics;
      if (loaded.intervention) {
        file.parsed = true;
        file.name = loaded.intervention->info.name;
      }
    }
    run.report.files.push_back(std::move(file));
  }
  summarise(run.report);
  return run;
}

bool reaches(Severity severity, const std::string& fail_on) {
  if (fail_on == "never") return false;
  Severity threshold = Severity::error;
  if (fail_on == "warning") threshold = Severity::warning;
  if (fail_on == "info") threshold = Severity::info;
  return severity >= threshold;
}

int exit_code(const Run& run, const Options& opt) {
  if (run.unreadable) return 2;
  for (const auto& file : run.report.files) {
    if (!file.valid) return 1;
    for (const auto& d : file.findings)
      if (reaches(d.severity, opt.fail_on)) return 1;
    if (opt.min_coverage && file.coverage.percent && *file.coverage.percent < *opt.min_coverage)
      return 1;
  }
  return 0;
}

int report_and_exit(Context& ctx, const Options& opt, const Run& run, bool coverage) {
  RenderOptions render{ctx.lang,    ctx.color,       coverage,      opt.quiet,
                       opt.verbose, Severity::error, &ctx.catalogue};
  const FormatInfo* format = find_format(opt.format);
  if (!opt.output.empty()) {
    std::ostringstream file;
    RenderOptions plain = render;
    plain.color = false;
    format->render(run.report, plain, file);
    if (int code = emit(ctx, opt, file.str()); code != 0) return code;
    render_text(run.report, render, ctx.out);
  } else {
    if (format->format != Format::text) render.color = false;
    format->render(run.report, render, ctx.out);
  }
  return exit_code(run, opt);
}

}  // namespace

int emit(Context& ctx, const Options& opt, const std::string& content) {
  if (opt.output.empty() || opt.output == "-") {
    ctx.out << content;
    return 0;
  }
  std::string error;
  switch (write_file_atomically(opt.output, content, opt.force, error)) {
    case WriteResult::written:
      return 0;
    case WriteResult::exists:
      return usage_error(ctx, msg(ctx.lang, "output.exists", opt.output),
                         msg(ctx.lang, "output.exists.hint"));
    case WriteResult::failed:
      break;
  }
  return usage_error(ctx, msg(ctx.lang, "output.failed", opt.output, error),
                     msg(ctx.lang, "output.failed.hint"));
}

int cmd_validate(Context& ctx, const Options& opt) {
  Run run = build_report(ctx, opt, CheckOptions{ctx.lang, false, {}}, false);
  return report_and_exit(ctx, opt, run, false);
}

int cmd_check(Context& ctx, const Options& opt) {
  CheckOptions check{ctx.lang, opt.strict, {}};
  if (!opt.signposts.empty() && !parse_selection(opt.signposts, check.selected))
    return usage_error(ctx, msg(ctx.lang, "check.selection", opt.signposts),
                       msg(ctx.lang, "check.selection.hint"));
  if (check.selected.empty())
    for (int n = 1; n <= kSignpostCount; ++n) check.selected.push_back(n);
  if (!opt.audience.empty())
    std::erase_if(check.selected,
                  [&](int n) { return !ctx.catalogue.find(n)->for_audience(opt.audience); });
  Run run = build_report(ctx, opt, check, true);
  return report_and_exit(ctx, opt, run, true);
}

}  // namespace routekaart
