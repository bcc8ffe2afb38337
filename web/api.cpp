// The browser edition's entry points: the core library behind a few C functions that web/page.js
// calls (web/README.md). Text in, text out: nothing here reads or writes a file. Each command
// mirrors the CLI command of the same name (src/cli/cmd_*.cpp) on bytes in memory, so that the
// page gives what `routekaart ... --format json` prints (tests/web/compare.cjs checks it).
//
// Inputs are staged one by one (rk_input), results are one JSON object (rk_* return it):
//   {"output": what the CLI prints on standard output,
//    "messages": what it prints on standard error,
//    "exit": its exit code}
#ifndef __EMSCRIPTEN__
#error "web/api.cpp is for the browser edition: build it with tools/quickstart web"
#endif

#include <emscripten/emscripten.h>

#include <cstddef>
#include <exception>
#include <sstream>
#include <string>
#include <vector>

#include "catalogue/precompiled.hpp"
#include "check/agenda.hpp"
#include "check/findings.hpp"
#include "check/pipeline.hpp"
#include "check/ratings.hpp"
#include "generated/texts/cli.hpp"
#include "generated/texts/ratings.hpp"
#include "generated/texts/read.hpp"
#include "generated/texts/spec.hpp"
#include "model/rating.hpp"
#include "render/agenda.hpp"
#include "render/format.hpp"
#include "render/json_writer.hpp"
#include "render/rating_file.hpp"
#include "render/ratings.hpp"
#include "render/ratings_plot.hpp"
#include "render/spec.hpp"
#include "render/svg_plot.hpp"
#include "render/template.hpp"

namespace routekaart::web {
namespace {

struct Input {
  std::string name;   // the file name shown in paths and diagnostics
  std::string bytes;  // as read, before any check
};

std::vector<Input> inputs;  // staged by rk_input, used and cleared by the next command
std::string result;         // the last command's JSON; valid until the next call

const catalogue::Catalogue& the_catalogue() {
  return catalogue::precompiled_catalogue();
}

// What io::read_source does after reading a file: the size limit, the encoding, BOM and CRLF.
io::ReadResult read_input(const Input& input, const Limits& limits) {
  if (input.bytes.size() > limits.max_file_bytes)
    return {std::nullopt, Diagnostic{RuleId::RK010,
                                     Severity::error,
                                     Location{input.name, 0, 0},
                                     texts::limit_size{.bytes = input.bytes.size(),
                                                       .limit = limits.max_file_bytes},
                                     {texts::limit_size_hint{}},
                                     0}};
  if (auto problem = io::check_encoding(input.name, input.bytes))
    return {std::nullopt, std::move(problem)};
  return {io::Source{input.name, io::normalise_text(input.bytes)}, std::nullopt};
}

// What model::load_intervention does, on a staged input.
model::LoadedIntervention load_intervention(const Input& input, const Limits& limits) {
  io::ReadResult read = read_input(input, limits);
  if (!read.source) {
    model::LoadedIntervention loaded;
    loaded.diagnostics.push_back(std::move(*read.error));
    return loaded;
  }
  return model::load_intervention_text(*read.source, the_catalogue(), limits);
}

// The language: the one asked for ("nl", "en"), else the file's own (its `language:` line, also
// when the file cannot be parsed or is not UTF-8, as the CLI reads it), else the page's.
Lang language(const char* chosen, const std::optional<Lang>& file, const char* fallback) {
  if (auto lang = parse_lang(chosen)) return *lang;
  if (file) return *file;
  if (!inputs.empty())
    if (auto declared = model::declared_language(inputs.front().bytes)) return *declared;
  return parse_lang(fallback).value_or(Lang::en);
}

const char* answer(const std::string& output, const std::string& messages, int exit) {
  std::ostringstream out;
  {
    render::JsonWriter json(out);
    json.begin_object()
        .field("output", output)
        .field("messages", messages)
        .field("exit", exit)
        .end_object();
  }
  result = out.str();
  inputs.clear();
  return result.c_str();
}

std::string problems_text(const Diagnostics& problems, Lang lang) {
  std::ostringstream out;
  render::RenderOptions plain;
  plain.lang = lang;
  render::render_findings_text(problems, plain, out);
  return out.str();
}

// cmd_check.cpp: one file through the pipeline, the report in `format`.
const char* check(const char* format_name, const char* chosen, const char* fallback) {
  if (inputs.size() != 1) return answer("", "one file expected\n", 2);
  const check::SettingsResult resolved =
      check::resolve_settings({}, model::ProjectConfig{}, the_catalogue(), check::Mode::check);
  const check::Settings& settings = *resolved.settings;
  const Input& input = inputs.front();
  check::Report report;
  report.selected = settings.selected;
  report.files.push_back(check::check_file(load_intervention(input, settings.limits), input.name,
                                           the_catalogue(), settings));
  check::summarise(report);
  const render::FormatInfo* format = render::find_format(format_name);
  if (!format) format = &render::format_info(render::Format::json);
  render::RenderOptions options;
  options.lang = language(chosen, report.files.front().language, fallback);
  options.threshold = settings.fail_on;
  options.catalogue = &the_catalogue();
  std::ostringstream out;
  format->render(report, options, out);
  const check::Outcome outcome = check::outcome(report, settings);
  return answer(out.str(), "",
                outcome == check::Outcome::ok         ? 0
                : outcome == check::Outcome::problems ? 1
                                                      : 2);
}

// cmd_spec.cpp: the method specification of one file.
const char* spec(const char* chosen, const char* fallback) {
  if (inputs.size() != 1) return answer("", "one file expected\n", 2);
  const check::SettingsResult resolved =
      check::resolve_settings({}, model::ProjectConfig{}, the_catalogue(), check::Mode::check);
  const Input& input = inputs.front();
  const model::LoadedIntervention loaded = load_intervention(input, resolved.settings->limits);
  const check::FileReport report =
      check::check_file(loaded, input.name, the_catalogue(), *resolved.settings);
  const Lang lang = language(chosen, report.language, fallback);
  Diagnostics format_problems;
  for (const auto& d : report.findings)
    if (is_format_rule(d.rule)) format_problems.push_back(d);
  std::string messages = problems_text(format_problems, lang);
  if (!report.readable) return answer("", messages, 2);
  if (!loaded.intervention) return answer("", messages, 1);
  int code = 0;
  if (!format_problems.empty()) {
    messages += tr(lang, texts::spec_written_with_problems{.file = input.name}) + '\n';
    code = 1;
  }
  const render::SpecDocument doc =
      render::build_spec_document(*loaded.intervention, input.name,
                                  check::method_findings(report.findings), the_catalogue(), lang);
  if (doc.todos == 0)
    messages += tr(lang, texts::spec_todos_none{}) + '\n';
  else
    messages += tr(lang, texts::spec_todos{.count = doc.todos}) + '\n';
  return answer(doc.markdown, messages, code);
}

// check::load_rated on staged inputs: the first is the intervention file, the others rating files.
check::RatedFile load_rated(const Limits& limits) {
  check::RatedFile out;
  model::LoadedIntervention loaded = load_intervention(inputs.front(), limits);
  out.problems = loaded.diagnostics;
  if (!loaded.valid()) {
    out.exit_code = 1;
    return out;
  }
  std::vector<model::Rating> ratings = loaded.intervention->ratings;
  for (std::size_t i = 1; i < inputs.size(); ++i) {
    io::ReadResult read = read_input(inputs[i], limits);
    if (!read.source) {
      out.problems.push_back(std::move(*read.error));
      continue;
    }
    model::RatingFile file = model::load_rating_text(*read.source, limits);
    out.problems.insert(out.problems.end(), file.diagnostics.begin(), file.diagnostics.end());
    if (file.rating && file.diagnostics.empty()) ratings.push_back(std::move(*file.rating));
  }
  model::check_duplicate_raters(ratings, out.problems);
  sort_diagnostics(out.problems);
  out.exit_code = out.problems.empty() ? 0 : 1;
  if (out.exit_code == 0) {
    out.intervention = std::move(loaded.intervention);
    out.ratings = std::move(ratings);
  }
  return out;
}

// cmd_ratings.cpp (`what`: json, markdown, text or plot) and cmd_agenda.cpp (`what`: agenda).
const char* ratings(const char* what_name, const char* chosen, const char* fallback,
                    bool midpoint) {
  if (inputs.empty()) return answer("", "no intervention file\n", 2);
  const std::string what = what_name;
  const Lang lang = language(chosen, std::nullopt, fallback);
  const std::string path = inputs.front().name;
  check::RatedFile rated = load_rated(Limits{});
  if (rated.exit_code != 0) return answer("", problems_text(rated.problems, lang), rated.exit_code);
  std::ostringstream out;
  if (what == "agenda") {
    // Each rater's latest rating, as the CLI's `agenda` takes them.
    std::vector<model::Rating> latest = check::latest_ratings(rated.ratings);
    check::Agenda agenda = check::plan_agenda(*rated.intervention, latest);
    const render::AgendaReport report{path, std::move(*rated.intervention), std::move(latest),
                                      std::move(agenda)};
    render::render_agenda(report, the_catalogue(), lang, out);
    return answer(out.str(), "", 0);
  }
  // Each rater's latest rating, with the rounds for the trend, as the CLI's `ratings` without
  // --round.
  check::Selection selection = check::select_ratings(rated.ratings, "");
  check::RatingSummary summary = check::summarise_ratings(selection.ratings, midpoint);
  const render::RatingsReport report{path,
                                     rated.intervention->info.name,
                                     std::move(selection.ratings),
                                     std::move(summary),
                                     check::summarise_rounds(rated.ratings),
                                     selection.round,
                                     {}};
  if (what == "json")
    render::render_ratings_json(report, lang, out);
  else if (what == "markdown")
    render::render_ratings_markdown(report, the_catalogue(), lang, out);
  else if (what == "plot")
    out << render::render_svg_plot(render::ratings_plot(report, the_catalogue(), lang));
  else
    render::render_ratings_text(report, the_catalogue(), lang, out);
  return answer(out.str(), "", 0);
}

// The signposts for the rating form: number, titles and summary in `lang`, and the form's texts
// that the CLI's `rate` uses too.
const char* signposts(const char* chosen) {
  const Lang lang = parse_lang(chosen).value_or(Lang::en);
  std::ostringstream out;
  {
    render::JsonWriter json(out);
    json.begin_object()
        .field("scale", tr(lang, texts::rate_scale{}))
        .field("importance", tr(lang, texts::rate_importance{}))
        .field("attention", tr(lang, texts::rate_attention{}))
        .key("signposts")
        .begin_array();
    for (const auto& s : the_catalogue().signposts)
      json.begin_object()
          .field("number", s.number)
          .field("title", s.title.in(lang))
          .field("short_title", s.short_title.in(lang))
          .field("summary", s.summary.in(lang))
          .end_object();
    json.end_array().end_object();
  }
  inputs.clear();
  result = out.str();
  return result.c_str();
}

// A rating file as `rate` writes it, from the form: inputs are rater, role, date, then per
// signpost "number importance attention comment" (0 for an empty score) in one line each.
const char* rating_file(const char* chosen, const char* intervention) {
  const Lang lang = parse_lang(chosen).value_or(Lang::en);
  if (inputs.size() < 3) return answer("", "rater, role and date expected\n", 2);
  model::Rating rating;
  rating.rater = inputs[0].bytes;
  rating.role = inputs[1].bytes;
  rating.date = inputs[2].bytes;
  std::vector<std::string> comment{
      tr(lang, texts::rate_comment{.path = intervention, .rater = rating.rater}),
      tr(lang, texts::rate_comment_use{.path = intervention})};
  for (std::size_t i = 3; i < inputs.size(); ++i) {
    std::istringstream line(inputs[i].bytes);
    int number = 0, importance = 0, attention = 0;
    if (!(line >> number >> importance >> attention) || !the_catalogue().find(number)) continue;
    model::Score score;
    if (importance >= 1 && importance <= 5) score.importance = importance;
    if (attention >= 1 && attention <= 5) score.attention = attention;
    if (score.importance || score.attention) rating.scores[number] = score;
    std::string note;
    std::getline(line >> std::ws, note);
    if (!note.empty()) comment.push_back(std::to_string(number) + ": " + note);
  }
  return answer(render::rating_yaml(rating, comment), "", 0);
}

// `routekaart init`: the template, valid as it stands.
const char* template_text(const char* chosen) {
  std::ostringstream out;
  render::render_template(the_catalogue(), parse_lang(chosen).value_or(Lang::en), "", out);
  return answer(out.str(), "", 0);
}

// Whatever happens, the page gets an answer, never a trap.
template <typename F>
const char* guarded(F&& f) {
  try {
    return f();
  } catch (const std::exception& e) {
    return answer("", tr(Lang::en, texts::cli_internal_error{.what = e.what()}) + '\n', 2);
  } catch (...) {
    return answer("", tr(Lang::en, texts::cli_internal_error{.what = "?"}) + '\n', 2);
  }
}

}  // namespace
}  // namespace routekaart::web

using namespace routekaart::web;

extern "C" {

/// Stages one input: a name and its bytes (UTF-8 expected, checked like a file's).
EMSCRIPTEN_KEEPALIVE void rk_input(const char* name, const char* bytes, std::size_t size) {
  inputs.push_back(Input{name, std::string(bytes, size)});
}

EMSCRIPTEN_KEEPALIVE const char* rk_check(const char* format, const char* lang,
                                          const char* fallback) {
  return guarded([&] { return check(format, lang, fallback); });
}

EMSCRIPTEN_KEEPALIVE const char* rk_spec(const char* lang, const char* fallback) {
  return guarded([&] { return spec(lang, fallback); });
}

EMSCRIPTEN_KEEPALIVE const char* rk_ratings(const char* what, const char* lang,
                                            const char* fallback, int midpoint) {
  return guarded([&] { return ratings(what, lang, fallback, midpoint != 0); });
}

EMSCRIPTEN_KEEPALIVE const char* rk_signposts(const char* lang) {
  return guarded([&] { return signposts(lang); });
}

EMSCRIPTEN_KEEPALIVE const char* rk_rating_file(const char* lang, const char* intervention) {
  return guarded([&] { return rating_file(lang, intervention); });
}

EMSCRIPTEN_KEEPALIVE const char* rk_template(const char* lang) {
  return guarded([&] { return template_text(lang); });
}

EMSCRIPTEN_KEEPALIVE const char* rk_version() {
  return ROUTEKAART_VERSION;
}
}
