// `rate` (one team member scores the 14 signposts in the terminal) and `ratings` (the team's
// scores together: statistics, quadrants, priorities, an optional SVG plot).
//
// The `rate` dialogue reads lines from standard input (so it can be piped) and prompts on
// standard output; when the input is not a terminal each answer is echoed, so that the transcript
// reads well. Per signpost it asks importance, then attention:
//   1..5    the score;
//   Enter   leaves this one score empty (the other is still asked; both empty = not rated);
//   s       skips the signpost: neither score is kept, even an importance already given;
//   q       stops and saves what was given so far; end of input does the same;
//   other   a message, and the question again.
// With no score at all nothing is written (exit 1). The file goes to -o, or else to
// ratings/<rater-slug>-<date>.yaml next to FILE (the folder is created; for standard input or a
// pipe, under the current folder). An existing file is never overwritten without --force: that
// is checked before the first question (exit 2) and again when writing, atomically. The date is
// today's local date, or ROUTEKAART_TODAY=YYYY-MM-DD (for reproducible tests). A rater who
// already rated in FILE's own `ratings:` is refused up front (RK021, exit 1).
#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "check/ratings.hpp"
#include "cli/commands.hpp"
#include "cli/platform.hpp"
#include "common/messages.hpp"
#include "common/strings.hpp"
#include "generated/texts/cli.hpp"
#include "io/atomic_write.hpp"
#include "io/platform.hpp"
#include "model/rating.hpp"
#include "render/escape.hpp"
#include "render/format.hpp"
#include "render/rating_file.hpp"
#include "render/ratings.hpp"
#include "render/style.hpp"
#include "render/svg_plot.hpp"

namespace routekaart::cli {
using catalogue::Catalogue;
using check::kDisagreementRange;
using check::load_rated;
using check::Quadrant;
using check::RatedFile;
using check::RatingSummary;
using check::summarise_ratings;
using io::Source;
using io::write_file_atomically;
using io::WriteResult;
using io::platform::from_path;
using io::platform::to_path;
using model::Answer;
using model::load_intervention;
using model::load_rating_text;
using model::LoadedIntervention;
using model::parse_answer;
using model::rater_slug;
using model::Rating;
using model::RatingFile;
using model::same_rater;
using model::Score;
using render::decimal_text;
using render::PlotPoint;
using render::PlotSpec;
using render::quadrant_name;
using render::rating_yaml;
using render::RatingsReport;
using render::render_findings_text;
using render::render_ratings_json;
using render::render_ratings_markdown;
using render::render_ratings_text;
using render::render_svg_plot;
using render::RenderOptions;

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

// ratings/<rater-slug>-<date>.yaml next to the intervention file (in the current folder for
// standard input and pipes).
std::string default_rating_path(const std::string& file, const std::string& rater,
                                const std::string& date) {
  fs::path folder =
      file == "-" || file.rfind("/dev/", 0) == 0 ? fs::path() : to_path(file).parent_path();
  return from_path(folder / "ratings" / to_path(rater_slug(rater) + "-" + date + ".yaml"));
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
    const Answer answer = parse_answer(line);
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
        d.ctx.out << "    " << msg(d.ctx.lang, "rate.invalid", one_line(line)) << '\n';
    }
  }
}

// Asks for all 14 signposts; returns false when the dialogue ended early (q or end of input).
bool interview(Dialogue& d, Rating& rating) {
  const Lang l = d.ctx.lang;
  for (const auto& sp : d.ctx.catalogue.signposts) {
    d.ctx.out << fmt::format("\n[{}/{}] {}\n", sp.number, kSignpostCount, sp.title.in(l))
              << wrap(sp.summary.in(l), 78, "      ") << '\n';
    Score score;
    int value = 0;
    const Asked importance = ask(d, "  " + msg(l, "rate.importance") + " ", value);
    if (importance == Asked::stop || importance == Asked::eof) return false;
    if (importance == Asked::skip) continue;
    if (importance == Asked::score) score.importance = value;
    const Asked attention = ask(d, "  " + msg(l, "rate.attention") + " ", value);
    if (attention == Asked::skip) continue;
    if (attention == Asked::score) score.attention = value;
    if (score.importance || score.attention) rating.scores[sp.number] = score;
    if (attention == Asked::stop || attention == Asked::eof) return false;
  }
  return true;
}

PlotSpec plot_spec(const RatingsReport& report, const Catalogue& catalogue, Lang l) {
  const RatingSummary& sum = report.summary;
  PlotSpec spec;
  spec.title = msg(l, "plot.title", one_line(report.name.empty() ? report.path : report.name));
  spec.subtitle = msg(l, "plot.subtitle", report.ratings.size());
  spec.x_label = msg(l, "plot.x");
  spec.y_label = msg(l, "plot.y");
  spec.concentrate_here = quadrant_name(Quadrant::concentrate_here, l);
  spec.keep_up = quadrant_name(Quadrant::keep_up, l);
  spec.low_priority = quadrant_name(Quadrant::low_priority, l);
  spec.possible_overkill = quadrant_name(Quadrant::possible_overkill, l);
  if (sum.crosshair) {
    spec.has_crosshair = true;
    spec.cross_importance = sum.crosshair->importance;
    spec.cross_attention = sum.crosshair->attention;
    spec.legend_crosshair = {
        msg(l, sum.crosshair->midpoint ? "plot.crosshair.midpoint" : "plot.crosshair.means"),
        msg(l, "plot.crosshair.values", decimal_text(sum.crosshair->importance),
            decimal_text(sum.crosshair->attention))};
  }
  spec.legend_point = msg(l, "plot.point");
  spec.legend_disagreement = msg(l, "plot.disagreement", kDisagreementRange);
  for (const auto& s : sum.signposts) {
    const std::string name = catalogue.find(s.number)->short_title.in(l);
    if (s.gap) {
      spec.points.push_back(
          PlotPoint{s.number, s.importance->mean, s.attention->mean, s.disagreement,
                    msg(l, "plot.tooltip", s.number, name, decimal_text(s.importance->mean),
                        decimal_text(s.attention->mean))});
      spec.legend.push_back(fmt::format("{} {}", s.number, name));
    } else {
      spec.legend.push_back(fmt::format("{} {} ({})", s.number, name, msg(l, "plot.absent")));
    }
  }
  return spec;
}

}  // namespace

int cmd_rate(Context& ctx, const Options& opt) {
  const Lang l = ctx.lang;
  const std::string& path = opt.paths.front();
  const std::string rater = one_line(opt.rater);
  if (rater.empty()) return usage_error(ctx, msg(l, "rate.no_rater"), msg(l, "rate.no_rater.hint"));
  std::string date;
  if (!today(date)) return usage_error(ctx, msg(l, "rate.today", date), msg(l, "rate.today.hint"));
  LoadedIntervention loaded = load_intervention(path, ctx.catalogue, Limits{});
  if (loaded.unreadable) return print_problems(ctx, loaded.diagnostics, 2);
  if (loaded.intervention)
    for (const auto& r : loaded.intervention->ratings)
      if (same_rater(r.rater, rater))
        return print_problems(ctx,
                              {Diagnostic{RuleId::RK021,
                                          Severity::error,
                                          Location{path, r.mark.line, r.mark.column},
                                          texts::rate_already{.rater = rater},
                                          {texts::rate_already_hint{}},
                                          0}},
                              1);
  Options target = opt;
  const bool default_target = target.output.empty();
  if (default_target) target.output = default_rating_path(path, rater, date);
  std::error_code ec;
  if (target.output != "-" && !opt.force &&
      fs::exists(fs::symlink_status(to_path(target.output), ec)))
    return usage_error(ctx, msg(l, "output.exists", target.output), msg(l, "rate.exists.hint"));

  const std::string name = loaded.intervention && !loaded.intervention->info.name.empty()
                               ? one_line(loaded.intervention->info.name)
                               : path;
  ctx.out << msg(l, "rate.intro", name, rater, date) << '\n'
          << msg(l, "rate.scale") << '\n'
          << msg(l, "rate.keys") << '\n';
  Rating rating;
  rating.rater = rater;
  rating.date = date;
  Dialogue dialogue{ctx, std::cin, !platform::is_terminal(0)};
  if (!interview(dialogue, rating) && !rating.scores.empty())
    ctx.out << '\n' << msg(l, "rate.stopped") << '\n';
  if (rating.scores.empty()) {
    ctx.err << "routekaart: " << msg(l, "usage.error", msg(l, "rate.nothing")) << "\n    "
            << msg(l, "text.hint", msg(l, "rate.nothing.hint")) << '\n';
    return 1;
  }
  const std::string content =
      rating_yaml(rating, {msg(l, "rate.comment", rater, path), msg(l, "rate.comment.use", path)});
  RatingFile check = load_rating_text(Source{target.output, content}, Limits{});
  if (!check.diagnostics.empty()) return print_problems(ctx, check.diagnostics, 1);
  if (default_target) fs::create_directories(to_path(target.output).parent_path(), ec);
  if (int code = emit(ctx, target, content); code != 0) return code;
  if (target.output != "-") {
    const std::string folder = from_path(to_path(target.output).parent_path());
    ctx.out << '\n'
            << msg(l, "rate.written", rating.scores.size(), kSignpostCount, target.output) << '\n'
            << msg(l, "rate.next", path, folder.empty() ? "." : folder) << '\n';
  }
  return 0;
}

int cmd_ratings(Context& ctx, const Options& opt) {
  const Lang l = ctx.lang;
  RatedFile rated = load_rated(opt.paths.front(), opt.ratings_paths, ctx.catalogue, Limits{});
  if (rated.exit_code != 0) return print_problems(ctx, rated.problems, rated.exit_code);
  RatingsReport report{opt.paths.front(), rated.intervention->info.name, rated.ratings,
                       summarise_ratings(rated.ratings, opt.crosshair == "midpoint")};
  std::ostringstream out;
  if (opt.format == "json")
    render_ratings_json(report, l, out);
  else if (opt.format == "markdown")
    render_ratings_markdown(report, ctx.catalogue, l, out);
  else
    render_ratings_text(report, ctx.catalogue, l, out);
  if (!opt.plot.empty()) {
    std::string error;
    switch (write_file_atomically(opt.plot, render_svg_plot(plot_spec(report, ctx.catalogue, l)),
                                  opt.force, error)) {
      case WriteResult::written:
        ctx.err << msg(l, "output.written", opt.plot) << '\n';
        break;
      case WriteResult::exists:
        return usage_error(ctx, msg(l, "output.exists", opt.plot), msg(l, "output.exists.hint"));
      case WriteResult::failed:
        return usage_error(ctx, msg(l, "output.failed", opt.plot, error),
                           msg(l, "output.failed.hint"));
    }
  }
  return emit(ctx, opt, out.str());
}

}  // namespace routekaart::cli
