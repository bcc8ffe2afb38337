// `import FILE CSV`: the answers of the team's form (Microsoft Forms, Google Forms, a
// spreadsheet) as rating files, one per respondent (model/form.hpp), written into ratings/ of
// FILE's team folder (or -o FOLDER) as `rate` would write them. A row with a problem (an answer
// that is not a score from 1 to 5, no name, a rater who already rated in this round) is reported
// at its place in the CSV and nothing is written for it; the other rows are written, each file
// atomically and never over an existing one without --force. Exit 0 when every row was written,
// 1 when a row or the file has problems, 2 when a file cannot be read or a folder is missing.
#include <filesystem>
#include <unordered_map>

#include "check/ratings.hpp"
#include "cli/commands.hpp"
#include "generated/texts/cli.hpp"
#include "generated/texts/form.hpp"
#include "generated/texts/ratings.hpp"
#include "io/atomic_write.hpp"
#include "io/platform.hpp"
#include "model/form.hpp"
#include "model/rating.hpp"
#include "render/rating_file.hpp"

namespace routekaart::cli {
namespace fs = std::filesystem;
namespace {

struct Earlier {
  std::string file;
  yaml::Mark mark;
};

}  // namespace

int cmd_import(Context& ctx, const Options& opt) {
  const Lang l = ctx.lang;
  const std::string& path = opt.paths[0];
  const std::string& csv = opt.paths[1];
  std::string date;
  if (!today(date))
    return usage_error(ctx, tr(l, texts::rate_today{.value = date}),
                       tr(l, texts::rate_today_hint{}));
  model::LoadedIntervention loaded = model::load_intervention(path, ctx.catalogue, Limits{});
  if (loaded.unreadable) return print_problems(ctx, loaded.diagnostics, kExitUsage);
  if (!loaded.intervention) return print_problems(ctx, loaded.diagnostics, kExitProblems);
  std::error_code ec;
  std::string folder = opt.output;
  if (folder.empty()) {
    const model::RatingsFolder team = model::find_ratings_folder(path);
    if (team.outside)
      return usage_error(ctx, tr(l, texts::rate_outside{.folder = team.path}),
                         tr(l, texts::rate_outside_hint{}));
    folder = team.path;
  } else if (!fs::is_directory(io::platform::to_path(folder), ec)) {
    return usage_error(ctx, tr(l, texts::import_not_folder{.path = folder}),
                       tr(l, texts::import_not_folder_hint{}));
  }
  io::ReadResult read = io::read_source(csv, Limits{});
  if (!read.source) return print_problems(ctx, {*read.error}, kExitUsage);
  const model::FormAnswers answers = model::read_form_answers(*read.source, date, opt.round);
  if (!answers.problems.empty()) return print_problems(ctx, answers.problems, kExitProblems);

  // Who rated in which round already: FILE's own ratings, its team folder's and those in the
  // folder written to.
  const std::vector<std::string> also =
      opt.output.empty() ? std::vector<std::string>{} : std::vector<std::string>{folder};
  const check::RatingSet existing =
      check::collect_team_ratings(*loaded.intervention, path, also, Limits{});
  std::unordered_map<std::string, Earlier> rated;
  for (const auto& r : existing.ratings)
    rated.try_emplace(model::rater_key(r.rater) + '\x1f' + model::round_key(r),
                      Earlier{r.file, r.mark});
  std::size_t written = 0, problems = 0;
  for (const auto& row : answers.rows) {
    if (!row.rating) {
      print_problems(ctx, row.problems, 0);
      ++problems;
      continue;
    }
    model::Rating rating = *row.rating;
    const std::string target = io::platform::from_path(io::platform::to_path(folder) /
                                                       model::rating_file_name(rating.rater, date));
    const std::string key = model::rater_key(rating.rater) + '\x1f' + model::round_key(rating);
    auto [earlier, fresh] = rated.try_emplace(key, Earlier{rating.file, rating.mark});
    // --force replaces a file of the same name; another rating in the round still counts.
    const bool replaced = opt.force && earlier->second.file != rating.file &&
                          io::platform::to_path(earlier->second.file).filename() ==
                              io::platform::to_path(target).filename();
    if (!fresh && !replaced) {
      print_problems(ctx,
                     {Diagnostic{RuleId::RK021,
                                 Severity::error,
                                 Location{csv, rating.mark.line, rating.mark.column},
                                 texts::import_already{.column = earlier->second.mark.column,
                                                       .file = earlier->second.file,
                                                       .line = earlier->second.mark.line,
                                                       .rater = rating.rater,
                                                       .round = model::round_key(rating)},
                                 {texts::import_already_hint{}},
                                 0}},
                     0);
      ++problems;
      continue;
    }
    earlier->second = Earlier{rating.file, rating.mark};
    const std::string content = render::rating_yaml(
        rating,
        {tr(l,
            texts::import_comment{.csv = csv, .path = path, .rater = rating.rater, .row = row.row}),
         tr(l, texts::rate_comment_use{.path = path})});
    fs::create_directories(io::platform::to_path(folder), ec);
    std::string error;
    const io::WriteResult result = io::write_file_atomically(target, content, opt.force, error);
    if (result != io::WriteResult::written) {
      usage_error(ctx,
                  result == io::WriteResult::exists
                      ? tr(l, texts::output_exists{.path = target})
                      : tr(l, texts::output_failed{.path = target, .reason = error}),
                  tr(l, result == io::WriteResult::exists ? Message(texts::output_exists_hint{})
                                                          : Message(texts::output_failed_hint{})));
      ++problems;
      continue;
    }
    ++written;
    ctx.out << tr(l, texts::import_written{.path = target,
                                           .rater = rating.rater,
                                           .saved = rating.scores.size(),
                                           .total = kSignpostCount})
            << '\n';
  }
  ctx.out << tr(l, texts::import_summary_written{.count = written}) << '\n';
  if (problems > 0) ctx.out << tr(l, texts::import_summary_problems{.count = problems}) << '\n';
  if (written > 0) {
    if (opt.output.empty())
      ctx.out << tr(l, texts::import_next{.path = path}) << '\n';
    else
      ctx.out << tr(l, texts::import_next_elsewhere{.folder = folder, .path = path}) << '\n';
  }
  return problems > 0 ? kExitProblems : kExitOk;
}

}  // namespace routekaart::cli
