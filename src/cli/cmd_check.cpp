// `validate` and `check`: load files, build the report, render it, decide the exit code.
#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <sstream>
#include <thread>

#include "catalogue/rules.hpp"
#include "check/check.hpp"
#include "cli/commands.hpp"
#include "common/messages.hpp"
#include "io/atomic_write.hpp"
#include "io/paths.hpp"
#include "model/config.hpp"
#include "render/format.hpp"
#include "yaml/load.hpp"

namespace routekaart::cli {
using check::check_file;
using check::CheckOptions;
using check::FileReport;
using check::Report;
using check::summarise;
using io::expand_paths;
using io::ExpandedPaths;
using io::read_source;
using io::ReadResult;
using io::write_file_atomically;
using io::WriteResult;
using model::glob_match;
using model::load_intervention;
using model::LoadedIntervention;
using model::ProjectConfig;
using render::find_format;
using render::Format;
using render::FormatInfo;
using render::render_text;
using render::RenderOptions;
using yaml::parse_yaml;
using yaml::ParsedYaml;

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

// The report of one file: loaded, validated and (for `check`) checked. Safe to call from several
// threads at once: it only reads the catalogue, the rule table and the options.
FileReport report_file(const std::string& path, const Context& ctx, const Limits& limits,
                       const CheckOptions& check, bool coverage) {
  LoadedIntervention loaded = load_intervention(path, ctx.catalogue, limits, ctx.lang);
  if (coverage) return check_file(loaded, path, ctx.catalogue, check);
  FileReport file;
  file.path = path;
  file.readable = !loaded.unreadable;
  file.valid = loaded.valid();
  file.findings = std::move(loaded.diagnostics);
  if (loaded.intervention) {
    file.parsed = true;
    file.name = loaded.intervention->info.name;
  }
  return file;
}

// Reports every file, on as many workers as there are cores (at most 8, one per file at most),
// each taking the next file in turn; the results land in input order, so the output does not
// depend on the timing. An exception in a worker is rethrown here, as without threads.
std::vector<FileReport> report_files(const std::vector<std::string>& paths, const Context& ctx,
                                     const Limits& limits, const CheckOptions& check,
                                     bool coverage) {
  std::vector<FileReport> reports(paths.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++)
      reports[i] = report_file(paths[i], ctx, limits, check, coverage);
  };
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t workers = std::min({cores, std::size_t{8}, paths.size()});
  std::vector<std::future<void>> helpers;
  for (std::size_t w = 1; w < workers; ++w) helpers.push_back(std::async(std::launch::async, work));
  work();
  for (auto& helper : helpers) helper.get();
  return reports;
}

Run build_report(Context& ctx, const Options& opt, const CheckOptions& check, bool coverage) {
  Run run;
  run.report.selected = check.selected;
  ExpandedPaths paths = coverage ? expand_paths(opt.paths, ctx.lang, opt.follow_symlinks)
                                 : ExpandedPaths{opt.paths, {}};
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
  for (auto& file : report_files(paths.files, ctx, limits, check, coverage)) {
    run.unreadable = run.unreadable || !file.readable;
    run.report.files.push_back(std::move(file));
  }
  summarise(run.report);
  return run;
}

// The --fail-on severity; nullopt for "never".
std::optional<Severity> fail_threshold(const std::string& fail_on) {
  if (fail_on == "never") return std::nullopt;
  return parse_severity(fail_on).value_or(Severity::error);
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
  RenderOptions render;
  render.lang = ctx.lang;
  render.color = ctx.color;
  render.coverage = coverage;
  render.quiet = opt.quiet;
  render.verbose = opt.verbose;
  render.threshold = fail_threshold(opt.fail_on);
  render.catalogue = &ctx.catalogue;
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

// Command-line values win over the project configuration, which wins over the defaults.
Options with_config(const Context& ctx, const Options& opt) {
  Options effective = opt;
  if (effective.paths.empty()) effective.paths = ctx.config.paths;
  if (effective.fail_on.empty()) effective.fail_on = ctx.config.fail_on.value_or("error");
  if (!effective.min_coverage) effective.min_coverage = ctx.config.min_coverage;
  return effective;
}

// Drops files that the configuration's include/exclude globs leave out.
void filter_files(const ProjectConfig& config, Run& run) {
  if (config.include.empty() && config.exclude.empty()) return;
  auto matches = [](const std::vector<std::string>& globs, const std::string& path) {
    return std::any_of(globs.begin(), globs.end(),
                       [&](const std::string& g) { return glob_match(g, path); });
  };
  std::erase_if(run.report.files, [&](const FileReport& file) {
    return (!config.include.empty() && !matches(config.include, file.path)) ||
           matches(config.exclude, file.path);
  });
  run.unreadable = std::any_of(run.report.files.begin(), run.report.files.end(),
                               [](const FileReport& f) { return !f.readable; });
  summarise(run.report);
}

int run_command(Context& ctx, const Options& given, CheckOptions check, bool coverage) {
  const Options opt = with_config(ctx, given);
  if (opt.paths.empty())
    return usage_error(ctx, msg(ctx.lang, "check.no_paths"), msg(ctx.lang, "check.no_paths.hint"));
  if (!ctx.lang_chosen && opt.paths.size() == 1)
    if (auto lang = file_language(opt.paths[0])) ctx.lang = *lang;
  check.lang = ctx.lang;
  const auto start = std::chrono::steady_clock::now();
  Run run = build_report(ctx, opt, check, coverage);
  filter_files(ctx.config, run);
  const int code = report_and_exit(ctx, opt, run, coverage);
  if (opt.verbose)
    ctx.err << msg(ctx.lang, "check.timing", run.report.files.size(),
                   std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::steady_clock::now() - start)
                       .count())
            << '\n';
  return code;
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

std::optional<Lang> file_language(const std::string& path) {
  // Only regular files: standard input and pipes (process substitution) can be read only once.
  std::error_code ec;
  if (path == "-" || !std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  ReadResult read = read_source(path, Limits{}, Lang::en);
  if (!read.source) return std::nullopt;
  ParsedYaml parsed = parse_yaml(*read.source, Limits{}, Lang::en);
  if (!parsed.root || !parsed.root->is_map()) return std::nullopt;
  const yaml::Node* language = parsed.root->find("language");
  return language && language->is_scalar() ? parse_lang(language->value) : std::nullopt;
}

int cmd_validate(Context& ctx, const Options& opt) {
  CheckOptions check;
  return run_command(ctx, opt, check, false);
}

int cmd_check(Context& ctx, const Options& opt) {
  CheckOptions check;
  check.strict = opt.strict;
  check.required = ctx.config.require;
  check.rule_overrides = ctx.config.rules;
  if (!opt.signposts.empty() && !parse_selection(opt.signposts, check.selected))
    return usage_error(ctx, msg(ctx.lang, "check.selection", opt.signposts),
                       msg(ctx.lang, "check.selection.hint"));
  if (check.selected.empty())
    for (int n = 1; n <= kSignpostCount; ++n) check.selected.push_back(n);
  if (!opt.audience.empty())
    std::erase_if(check.selected,
                  [&](int n) { return !ctx.catalogue.find(n)->for_audience(opt.audience); });
  return run_command(ctx, opt, check, true);
}

}  // namespace routekaart::cli
