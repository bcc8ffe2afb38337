// `rate`: one team member scores the 14 signposts in the terminal, and the scores become a
// rating file (render/rating_file.hpp) for `ratings` and `agenda`.
//
// The dialogue reads lines from standard input (so it can be piped) and prompts on standard
// output; when the input is not a terminal each answer is echoed, so that the transcript reads
// well. Per signpost it asks importance, then attention:
//   1..5    the score;
//   Enter   leaves this one score empty (the other is still asked; both empty = not rated);
//   s       skips the signpost: neither score is kept, even an importance already given;
//   q       stops and saves what was given so far; end of input and Ctrl-C do the same;
//   other   a message, and the question again.
// With no score at all nothing is written (exit 1). The file goes to ratings/<rater-slug>-
// <date>.yaml in the team folder of FILE (model::default_rating_path; the folder is created), or
// to -o FILE, or into -o FOLDER. Everything that can be checked is checked before the first
// question, so that no answer is typed in vain: the rater's name, the date (today, or
// ROUTEKAART_TODAY=YYYY-MM-DD for reproducible tests), the intervention file, the target folder
// (it exists; ratings/ is no link out of the team folder or repository), the file name (UTF-8,
// not too long), an existing file (never overwritten without --force) and a rating of the same
// rater in the same round (RK021, exit 1). Should the file still not be written, the rating is
// printed so that it can be saved by hand.
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "check/ratings.hpp"
#include "cli/commands.hpp"
#include "cli/language.hpp"
#include "cli/platform.hpp"
#include "common/strings.hpp"
#include "generated/texts/cli.hpp"
#include "generated/texts/ratings.hpp"
#include "io/atomic_write.hpp"
#include "io/platform.hpp"
#include "io/source.hpp"
#include "model/rating.hpp"
#include "render/rating_file.hpp"

namespace routekaart::cli {
using model::Answer;
using model::Rating;
using model::Score;

namespace fs = std::filesystem;
namespace {

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

// Asks for all 14 signposts; returns false when the dialogue ended early (q, end of input or
// Ctrl-C).
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

bool is_folder(const std::string& path) {
  std::error_code ec;
  return !path.empty() && fs::is_directory(io::platform::to_path(path), ec);
}

// The folder a file would be written in ("." for a bare name).
std::string parent_folder(const std::string& path) {
  const std::string parent = io::platform::from_path(io::platform::to_path(path).parent_path());
  return parent.empty() ? "." : parent;
}

bool same_folder(const std::string& a, const std::string& b) {
  std::error_code ea, eb;
  const fs::path ca = fs::weakly_canonical(io::platform::to_path(a.empty() ? "." : a), ea);
  const fs::path cb = fs::weakly_canonical(io::platform::to_path(b.empty() ? "." : b), eb);
  return !ea && !eb && ca == cb;
}

// Where the rating goes, checked before the first question (by check_output, as for every -o:
// the folder exists, the name is UTF-8 and not too long, nothing is there without --force, it is
// not a file the command reads); 0, or the exit code after saying why not. The default ratings/
// folder is made now, so that the check can try it; `made` tells whether it was, so that it can
// be removed again when nothing is written.
int choose_target(Context& ctx, const Options& opt, const std::string& path,
                  const std::string& rater, const std::string& date, std::string& target,
                  bool& made) {
  const Lang l = ctx.lang;
  made = false;
  if (opt.output == "-") {
    target = "-";
    return kExitOk;
  }
  if (opt.output.empty()) {
    const model::RatingsFolder folder = model::find_ratings_folder(path);
    if (folder.outside)
      return usage_error(ctx, tr(l, texts::rate_outside{.folder = folder.path}),
                         tr(l, texts::rate_outside_hint{}));
    target = model::default_rating_path(path, rater, date);
    const fs::path made_path = io::platform::to_path(parent_folder(target));
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(made_path, ec))) made = fs::create_directory(made_path, ec);
  } else {
    target = is_folder(opt.output) ? io::platform::from_path(io::platform::to_path(opt.output) /
                                                             model::rating_file_name(rater, date))
                                   : opt.output;
  }
  if (!opt.force && io::platform::exists_no_follow(target))
    return usage_error(ctx, tr(l, texts::rate_exists{.path = target}),
                       tr(l, texts::rate_exists_hint{}));
  Options probe = opt;
  probe.output = target;
  return check_output(ctx, probe);
}

// Removes the ratings/ folder choose_target made, while it is still empty.
void unmake_folder(bool made, const std::string& target) {
  std::error_code ec;
  if (made) fs::remove(io::platform::to_path(parent_folder(target)), ec);
}

// RK021 when `rater` already rated in round `round` in FILE's own ratings or in a rating file
// the team folder (or the target folder) holds; a rating in `target` itself does not count when
// --force replaces it.
std::optional<Diagnostic> already_rated(const model::Intervention& intervention,
                                        const std::string& path, const std::string& target,
                                        const std::string& rater, const std::string& round,
                                        bool force) {
  std::vector<std::string> folders;
  if (target != "-" && is_folder(parent_folder(target))) folders.push_back(parent_folder(target));
  const check::RatingSet set = check::collect_team_ratings(intervention, path, folders, Limits{});
  const std::string key = model::rater_key(rater);
  for (const auto& r : set.ratings) {
    if (model::rater_key(r.rater) != key || model::round_key(r) != round) continue;
    if (force && target != "-" && r.file != path && same_folder(r.file, target) &&
        io::platform::to_path(r.file).filename() == io::platform::to_path(target).filename())
      continue;
    return Diagnostic{RuleId::RK021,
                      Severity::error,
                      Location{r.file, r.mark.line, r.mark.column},
                      texts::rate_already{.rater = rater, .round = round},
                      {texts::rate_already_hint{}},
                      0};
  }
  return std::nullopt;
}

}  // namespace

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
  std::string target;
  bool made = false;
  if (int code = choose_target(ctx, opt, path, rater, date, target, made); code != kExitOk) {
    unmake_folder(made, target);
    return code;
  }
  Rating rating;
  rating.rater = rater;
  rating.role = one_line(opt.role);
  rating.round = one_line(opt.round);
  rating.date = date;
  if (loaded.intervention)
    if (auto twice = already_rated(*loaded.intervention, path, target, rater,
                                   model::round_key(rating), opt.force)) {
      unmake_folder(made, target);
      return print_problems(ctx, {*twice}, kExitProblems);
    }

  const std::string name = loaded.intervention && !loaded.intervention->info.name.empty()
                               ? one_line(loaded.intervention->info.name)
                               : path;
  ctx.out << tr(l, texts::rate_intro{.date = date, .name = name, .rater = rater}) << '\n'
          << tr(l, texts::rate_scale{}) << '\n'
          << tr(l, texts::rate_keys{}) << '\n';
  platform::catch_interrupt();
  Dialogue dialogue{ctx, std::cin, !platform::is_terminal(0)};
  const bool complete = interview(dialogue, rating);
  if (platform::interrupted())
    ctx.out << '\n' << tr(l, texts::rate_interrupted{}) << '\n';
  else if (!complete && !rating.scores.empty())
    ctx.out << '\n' << tr(l, texts::rate_stopped{}) << '\n';
  if (rating.scores.empty()) {
    unmake_folder(made, target);
    usage_error(ctx, tr(l, texts::rate_nothing{}), tr(l, texts::rate_nothing_hint{}));
    return kExitProblems;
  }
  const std::string content =
      render::rating_yaml(rating, {tr(l, texts::rate_comment{.path = path, .rater = rater}),
                                   tr(l, texts::rate_comment_use{.path = path})});
  // What `ratings` will read back: a problem here is a bug, but then no file is written.
  model::RatingFile check = model::load_rating_text(io::Source{target, content}, Limits{});
  if (!check.diagnostics.empty()) return print_problems(ctx, check.diagnostics, kExitProblems);
  if (target == "-") {
    ctx.out << content;
    return kExitOk;
  }
  std::string error;
  const io::WriteResult written = io::write_file_atomically(target, content, opt.force, error);
  if (written != io::WriteResult::written) {
    // The answers are not lost: they go to standard output, to be saved by hand.
    usage_error(ctx,
                written == io::WriteResult::exists
                    ? tr(l, texts::rate_exists{.path = target})
                    : tr(l, texts::output_failed{.path = target, .reason = error}),
                tr(l, texts::rate_printed{}));
    ctx.out << '\n' << content;
    return kExitUsage;
  }
  ctx.out << '\n'
          << tr(l,
                texts::rate_written{
                    .path = target, .saved = rating.scores.size(), .total = kSignpostCount})
          << '\n';
  // The next step: `ratings FILE` finds ratings/ of the team folder by itself.
  if (same_folder(parent_folder(target), model::ratings_folder(path)))
    ctx.out << tr(l, texts::rate_next{.path = path}) << '\n';
  else
    ctx.out << tr(l, texts::rate_next_elsewhere{.path = path, .rating = target}) << '\n';
  return kExitOk;
}

}  // namespace routekaart::cli
