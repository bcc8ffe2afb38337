// `rate`: one team member scores the 14 signposts in the terminal, and the scores become a
// rating file (render/rating_file.hpp) for `ratings` and `agenda`.
//
// The dialogue reads lines from standard input (so it can be piped) and prompts on standard
// output; when the input is not a terminal each answer is echoed, so that the transcript reads
// well. Per signpost it asks importance, then attention:
//   1..5    the score;
//   Enter   leaves this one score empty (the other is still asked; both empty = not rated);
//   s       skips the signpost: neither score is kept, even an importance already given;
//   q       stops and saves what was given so far; end of input does the same;
//   other   a message, and the question again.
// With no score at all nothing is written (exit 1). The file goes to -o, or else to
// ratings/<rater-slug>-<date>.yaml next to FILE (model::default_rating_path; the folder is
// created). An existing file is never overwritten without --force: that is checked before the
// first question (exit 2) and again when writing, atomically. The date is today's local date, or
// ROUTEKAART_TODAY=YYYY-MM-DD (for reproducible tests). A rater who already rated in FILE's own
// `ratings:` is refused up front (RK021, exit 1).
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/language.hpp"
#include "cli/platform.hpp"
#include "common/strings.hpp"
#include "generated/texts/cli.hpp"
#include "generated/texts/ratings.hpp"
#include "io/platform.hpp"
#include "model/rating.hpp"
#include "render/rating_file.hpp"

namespace routekaart::cli {
using model::Answer;
using model::Rating;
using model::Score;

namespace fs = std::filesystem;
namespace {

// Today as YYYY-MM-DD: ROUTEKAART_TODAY when set (it must be a real date), else the local date.
bool today(std::string& out) {
  if (const char* fixed = std::getenv("ROUTEKAART_TODAY"); fixed && *fixed) {
    out = fixed;
    int y = 0;
    unsigned m = 0, d = 0;
    char a = 0, b = 0;
    std::istringstream in(out);
    if (out.size() != 10 || !(in >> y >> a >> m >> b >> d) || a != '-' || b != '-') return false;
    return std::chrono::year_month_day{std::chrono::year{y}, std::chrono::month{m},
                                       std::chrono::day{d}}
        .ok();
  }
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  if (!platform::local_time(now, local)) return false;
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
  out = buffer;
  return true;
}

std::string wrap(std::string_view text, std::size_t width, const std::string& indent) {
  std::string out = indent, word;
  std::size_t column = indent.size();
  std::istringstream words{std::string(text)};
  while (words >> word) {
    if (column > indent.size() && column + 1 + display_width(word) > width) {
      out += '\n' + indent;
      column = indent.size();
    } else if (column > indent.size()) {
      out += ' ';
      ++column;
    }
    out += word;
    column += display_width(word);
  }
  return out;
}

struct Dialogue {
  Context& ctx;
  std::istream& in;
  bool echo;  // input is not a terminal: repeat each answer so the transcript reads well
};

enum class Asked { score, blank, skip, stop, eof };

Asked ask(Dialogue& d, const std::string& prompt, int& value) {
  for (;;) {
    d.ctx.out << prompt << std::flush;
    std::string line;
    if (!std::getline(d.in, line)) {
      d.ctx.out << '\n';
      return Asked::eof;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (d.echo) d.ctx.out << line << '\n';
    const Answer answer = model::parse_answer(line);
    switch (answer.kind) {
      case Answer::score:
        value = answer.value;
        return Asked::score;
      case Answer::blank:
        return Asked::blank;
      case Answer::skip:
        return Asked::skip;
      case Answer::quit:
        return Asked::stop;
      case Answer::invalid:
        d.ctx.out << "    " << tr(d.ctx.lang, texts::rate_invalid{.answer = one_line(line)})
                  << '\n';
    }
  }
}

// Asks for all 14 signposts; returns false when the dialogue ended early (q or end of input).
bool interview(Dialogue& d, Rating& rating) {
  const Lang l = d.ctx.lang;
  const std::string importance_prompt = "  " + tr(l, texts::rate_importance{}) + " ";
  const std::string attention_prompt = "  " + tr(l, texts::rate_attention{}) + " ";
  for (const auto& sp : d.ctx.catalogue.signposts) {
    d.ctx.out << fmt::format("\n[{}/{}] {}\n", sp.number, kSignpostCount, sp.title.in(l))
              << wrap(sp.summary.in(l), 78, "      ") << '\n';
    Score score;
    int value = 0;
    const Asked importance = ask(d, importance_prompt, value);
    if (importance == Asked::stop || importance == Asked::eof) return false;
    if (importance == Asked::skip) continue;
    if (importance == Asked::score) score.importance = value;
    const Asked attention = ask(d, attention_prompt, value);
    if (attention == Asked::skip) continue;
    if (attention == Asked::score) score.attention = value;
    if (score.importance || score.attention) rating.scores[sp.number] = score;
    if (attention == Asked::stop || attention == Asked::eof) return false;
  }
  return true;
}

}  // namespace

int cmd_rate(Context& ctx, const Options& opt) {
  use_file_language(ctx, opt.paths.front());
  const Lang l = ctx.lang;
  const std::string& path = opt.paths.front();
  const std::string rater = one_line(opt.rater);
  if (rater.empty())
    return usage_error(ctx, tr(l, texts::rate_no_rater{}), tr(l, texts::rate_no_rater_hint{}));
  std::string date;
  if (!today(date))
    return usage_error(ctx, tr(l, texts::rate_today{.value = date}),
                       tr(l, texts::rate_today_hint{}));
  model::LoadedIntervention loaded = model::load_intervention(path, ctx.catalogue, Limits{});
  if (loaded.unreadable) return print_problems(ctx, loaded.diagnostics, kExitUsage);
  if (loaded.intervention)
    for (const auto& r : loaded.intervention->ratings)
      if (model::same_rater(r.rater, rater))
        return print_problems(ctx,
                              {Diagnostic{RuleId::RK021,
                                          Severity::error,
                                          Location{path, r.mark.line, r.mark.column},
                                          texts::rate_already{.rater = rater},
                                          {texts::rate_already_hint{}},
                                          0}},
                              kExitProblems);
  Options target = opt;
  const bool default_target = target.output.empty();
  if (default_target) target.output = model::default_rating_path(path, rater, date);
  std::error_code ec;
  if (target.output != "-" && !opt.force &&
      fs::exists(fs::symlink_status(io::platform::to_path(target.output), ec)))
    return usage_error(ctx, tr(l, texts::rate_exists{.path = target.output}),
                       tr(l, texts::rate_exists_hint{}));

  const std::string name = loaded.intervention && !loaded.intervention->info.name.empty()
                               ? one_line(loaded.intervention->info.name)
                               : path;
  ctx.out << tr(l, texts::rate_intro{.date = date, .name = name, .rater = rater}) << '\n'
          << tr(l, texts::rate_scale{}) << '\n'
          << tr(l, texts::rate_keys{}) << '\n';
  Rating rating;
  rating.rater = rater;
  rating.date = date;
  Dialogue dialogue{ctx, std::cin, !platform::is_terminal(0)};
  if (!interview(dialogue, rating) && !rating.scores.empty())
    ctx.out << '\n' << tr(l, texts::rate_stopped{}) << '\n';
  if (rating.scores.empty()) {
    usage_error(ctx, tr(l, texts::rate_nothing{}), tr(l, texts::rate_nothing_hint{}));
    return kExitProblems;
  }
  const std::string content =
      render::rating_yaml(rating, {tr(l, texts::rate_comment{.path = path, .rater = rater}),
                                   tr(l, texts::rate_comment_use{.path = path})});
  // What `ratings` will read back: a problem here is a bug, but then no file is written.
  model::RatingFile check = model::load_rating_text(io::Source{target.output, content}, Limits{});
  if (!check.diagnostics.empty()) return print_problems(ctx, check.diagnostics, kExitProblems);
  if (default_target)
    fs::create_directories(io::platform::to_path(target.output).parent_path(), ec);
  if (int code = emit(ctx, target, content); code != kExitOk) return code;
  if (target.output != "-") {
    const std::string folder =
        io::platform::from_path(io::platform::to_path(target.output).parent_path());
    ctx.out << '\n'
            << tr(l, texts::rate_written{.path = target.output,
                                         .saved = rating.scores.size(),
                                         .total = kSignpostCount})
            << '\n'
            << tr(l, texts::rate_next{.folder = folder.empty() ? "." : folder, .path = path})
            << '\n';
  }
  return kExitOk;
}

}  // namespace routekaart::cli
