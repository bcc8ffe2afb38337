// `diff OLD NEW`: what changed between two versions of an intervention file: coverage, statuses,
// rating means, raters, and findings that appeared or were resolved (compared by rule, signpost
// and message, so that moved lines do not count as changes).
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "check/check.hpp"
#include "check/ratings.hpp"
#include "cli/commands.hpp"
#include "common/messages.hpp"
#include "common/strings.hpp"
#include "model/config.hpp"
#include "render/escape.hpp"
#include "render/format.hpp"
#include "render/json_writer.hpp"
#include "render/ratings.hpp"

namespace routekaart::cli {
using check::check_file;
using check::CheckOptions;
using check::Coverage;
using check::FileReport;
using check::RatingSummary;
using check::same_rater;
using check::SignpostRatings;
using check::Stats;
using check::summarise_ratings;
using model::load_intervention;
using model::LoadedIntervention;
using model::Rating;
using render::decimal_text;
using render::escape_markdown;
using render::escape_markdown_cell;
using render::JsonWriter;
using render::percent_text;
using render::render_findings_text;
using render::render_json;
using render::render_markdown;
using render::render_text;
using render::RenderOptions;

namespace {

struct Side {
  LoadedIntervention loaded;
  FileReport report;
  RatingSummary ratings;
  std::vector<std::string> raters;
};

struct RatingMove {
  int number = 0;
  std::optional<double> old_importance, new_importance, old_attention, new_attention;
};

struct Diff {
  Side before, after;
  std::vector<std::pair<Status, Status>> statuses;  // old and new, index: signpost - 1
  std::vector<int> status_changed;
  std::vector<RatingMove> moves;
  std::vector<std::string> added, removed;
  Diagnostics appeared, resolved;
  bool empty() const {
    return status_changed.empty() && moves.empty() && added.empty() && removed.empty() &&
           appeared.empty() && resolved.empty() &&
           before.report.coverage.percent.has_value() ==
               after.report.coverage.percent.has_value() &&
           (!before.report.coverage.percent || percent_text(before.report.coverage.percent) ==
                                                   percent_text(after.report.coverage.percent));
  }
};

// Loads and checks one version, with the project configuration's required signposts and rule
// severities, so that the findings are the ones `check` shows.
Side load_side(const std::string& path, const Context& ctx) {
  Side side;
  side.loaded = load_intervention(path, ctx.catalogue, Limits{}, ctx.lang);
  CheckOptions options;
  options.lang = ctx.lang;
  for (int n = 1; n <= kSignpostCount; ++n) options.selected.push_back(n);
  options.required = ctx.config.require;
  options.rule_overrides = ctx.config.rules;
  side.report = check_file(side.loaded, path, ctx.catalogue, options);
  std::vector<Rating> ratings;
  if (side.loaded.intervention) ratings = side.loaded.intervention->ratings;
  side.ratings = summarise_ratings(ratings, false);
  for (const auto& r : ratings) side.raters.push_back(one_line(r.rater));
  return side;
}

std::optional<double> mean(const std::optional<Stats>& s) {
  return s ? std::optional<double>(s->mean) : std::nullopt;
}

std::string key(const Diagnostic& d) {
  return fmt::format("{}\x1f{}\x1f{}", d.rule, d.signpost, d.message);
}

// The findings of `from` that `against` does not have, counting repeats.
Diagnostics missing_from(const Diagnostics& from, const Diagnostics& against) {
  std::map<std::string, int> count;
  for (const auto& d : against) ++count[key(d)];
  Diagnostics out;
  for (const auto& d : from)
    if (count[key(d)] > 0)
      --count[key(d)];
    else
      out.push_back(d);
  return out;
}

Diff compare(Side before, Side after) {
  Diff diff{std::move(before), std::move(after), {}, {}, {}, {}, {}, {}, {}};
  const FileReport &a = diff.before.report, &b = diff.after.report;
  // Statuses and ratings only mean something when both versions could be read as a model.
  for (int n = 1; n <= kSignpostCount && a.parsed && b.parsed; ++n) {
    const auto i = static_cast<std::size_t>(n - 1);
    const Status sa = a.signposts[i].status, sb = b.signposts[i].status;
    diff.statuses.emplace_back(sa, sb);
    if (sa != sb) diff.status_changed.push_back(n);
    const SignpostRatings &ra = diff.before.ratings.at(n), &rb = diff.after.ratings.at(n);
    RatingMove move{n, mean(ra.importance), mean(rb.importance), mean(ra.attention),
                    mean(rb.attention)};
    if (decimal_text(move.old_importance) != decimal_text(move.new_importance) ||
        decimal_text(move.old_attention) != decimal_text(move.new_attention))
      diff.moves.push_back(move);
  }
  if (a.parsed && b.parsed) {
    for (const auto& r : diff.after.raters)
      if (std::none_of(diff.before.raters.begin(), diff.before.raters.end(),
                       [&](const std::string& o) { return same_rater(o, r); }))
        diff.added.push_back(r);
    for (const auto& r : diff.before.raters)
      if (std::none_of(diff.after.raters.begin(), diff.after.raters.end(),
                       [&](const std::string& o) { return same_rater(o, r); }))
        diff.removed.push_back(r);
  }
  diff.appeared = missing_from(b.findings, a.findings);
  diff.resolved = missing_from(a.findings, b.findings);
  return diff;
}

std::string points_text(const Coverage& a, const Coverage& b) {
  if (!a.percent || !b.percent) return "–";
  return fmt::format("{:+.1f}", *b.percent - *a.percent);
}

std::string arrow(const std::string& from, const std::string& to) {
  return from + " → " + to;
}

std::string move_text(const RatingMove& m, Lang l) {
  return msg(l, "diff.rating_line",
             arrow(decimal_text(m.old_importance), decimal_text(m.new_importance)),
             arrow(decimal_text(m.old_attention), decimal_text(m.new_attention)));
}

std::string counts_text(const Coverage& a, const Coverage& b, Lang l) {
  auto pair = [](int x, int y) { return fmt::format("{} → {}", x, y); };
  return msg(l, "diff.counts", pair(a.addressed, b.addressed), pair(a.partial, b.partial),
             pair(a.open, b.open), pair(a.not_applicable, b.not_applicable));
}

void render_text(const Diff& d, const Context& ctx, std::ostream& out) {
  const Lang l = ctx.lang;
  const Coverage &a = d.before.report.coverage, &b = d.after.report.coverage;
  RenderOptions plain;
  plain.lang = l;
  out << msg(l, "diff.title", d.before.report.path, d.after.report.path) << '\n'
      << msg(l, "diff.coverage", arrow(percent_text(a.percent), percent_text(b.percent)),
             points_text(a, b))
      << '\n';
  if (d.before.report.parsed && d.after.report.parsed) out << "  " << counts_text(a, b, l) << '\n';
  if (!d.status_changed.empty()) {
    out << '\n' << msg(l, "diff.h.statuses") << fmt::format(" ({}):\n", d.status_changed.size());
    for (int n : d.status_changed) {
      const auto& [sa, sb] = d.statuses[static_cast<std::size_t>(n - 1)];
      out << fmt::format("  {:>2}  {}: {}\n", n, ctx.catalogue.find(n)->short_title.in(l),
                         arrow(std::string(status_word(sa)), std::string(status_word(sb))));
    }
  }
  if (!d.moves.empty()) {
    out << '\n' << msg(l, "diff.h.ratings") << fmt::format(" ({}):\n", d.moves.size());
    for (const auto& m : d.moves)
      out << fmt::format("  {:>2}  {}: {}\n", m.number,
                         ctx.catalogue.find(m.number)->short_title.in(l), move_text(m, l));
  }
  if (!d.added.empty() || !d.removed.empty()) out << '\n';
  if (!d.added.empty())
    out << msg(l, "diff.added", fmt::format("{}", fmt::join(d.added, ", "))) << '\n';
  if (!d.removed.empty())
    out << msg(l, "diff.removed", fmt::format("{}", fmt::join(d.removed, ", "))) << '\n';
  if (!d.appeared.empty()) {
    out << '\n' << msg(l, "diff.h.appeared") << fmt::format(" ({}):\n", d.appeared.size());
    render_findings_text(d.appeared, plain, out);
  }
  if (!d.resolved.empty()) {
    out << '\n' << msg(l, "diff.h.resolved") << fmt::format(" ({}):\n", d.resolved.size());
    render_findings_text(d.resolved, plain, out);
  }
  if (d.empty()) out << '\n' << msg(l, "diff.none") << '\n';
}

void findings_markdown(const Diagnostics& findings, Lang l, std::ostream& out) {
  out << "| " << msg(l, "md.place") << " | " << msg(l, "md.rule") << " | " << msg(l, "md.severity")
      << " | " << msg(l, "md.message") << " |\n|---|---|---|---|\n";
  for (const auto& f : findings)
    out << fmt::format("| {} | {} | {} | {} |\n",
                       escape_markdown_cell(fmt::format("{}:{}:{}", f.location.file,
                                                        f.location.line, f.location.column)),
                       f.rule, severity_name(f.severity), escape_markdown_cell(f.message));
}

void render_markdown(const Diff& d, const Context& ctx, std::ostream& out) {
  const Lang l = ctx.lang;
  const Coverage &a = d.before.report.coverage, &b = d.after.report.coverage;
  out << "# "
      << msg(l, "diff.title", escape_markdown(d.before.report.path),
             escape_markdown(d.after.report.path))
      << "\n\n"
      << msg(l, "diff.coverage", arrow(percent_text(a.percent), percent_text(b.percent)),
             points_text(a, b))
      << (d.before.report.parsed && d.after.report.parsed ? "; " + counts_text(a, b, l) : "")
      << ".\n";
  if (!d.status_changed.empty()) {
    out << "\n## " << msg(l, "diff.h.statuses") << "\n\n| # | " << msg(l, "text.signpost") << " | "
        << msg(l, "diff.md.old") << " | " << msg(l, "diff.md.new") << " |\n|--:|---|---|---|\n";
    for (int n : d.status_changed) {
      const auto& [sa, sb] = d.statuses[static_cast<std::size_t>(n - 1)];
      out << fmt::format("| {} | {} | {} | {} |\n", n,
                         escape_markdown_cell(ctx.catalogue.find(n)->short_title.in(l)),
                         status_word(sa), status_word(sb));
    }
  }
  if (!d.moves.empty()) {
    out << "\n## " << msg(l, "diff.h.ratings") << "\n\n| # | " << msg(l, "text.signpost") << " | "
        << msg(l, "ratings.col.importance") << " | " << msg(l, "ratings.col.attention")
        << " |\n|--:|---|---|---|\n";
    for (const auto& m : d.moves)
      out << fmt::format("| {} | {} | {} | {} |\n", m.number,
                         escape_markdown_cell(ctx.catalogue.find(m.number)->short_title.in(l)),
                         arrow(decimal_text(m.old_importance), decimal_text(m.new_importance)),
                         arrow(decimal_text(m.old_attention), decimal_text(m.new_attention)));
  }
  if (!d.added.empty() || !d.removed.empty()) {
    out << "\n## " << msg(l, "diff.h.raters") << "\n\n";
    std::vector<std::string> added, removed;
    for (const auto& r : d.added) added.push_back(escape_markdown(r));
    for (const auto& r : d.removed) removed.push_back(escape_markdown(r));
    if (!added.empty()) out << "- " << msg(l, "diff.added", fmt::join(added, ", ")) << '\n';
    if (!removed.empty()) out << "- " << msg(l, "diff.removed", fmt::join(removed, ", ")) << '\n';
  }
  if (!d.appeared.empty()) {
    out << "\n## " << msg(l, "diff.h.appeared") << "\n\n";
    findings_markdown(d.appeared, l, out);
  }
  if (!d.resolved.empty()) {
    out << "\n## " << msg(l, "diff.h.resolved") << "\n\n";
    findings_markdown(d.resolved, l, out);
  }
  if (d.empty()) out << '\n' << msg(l, "diff.none") << '\n';
}

void side_json(JsonWriter& w, std::string_view name, const Side& s) {
  const Coverage& c = s.report.coverage;
  w.key(name).begin_object().field("path", s.report.path);
  w.key("intervention");
  if (s.report.parsed)
    w.value(s.report.name);
  else
    w.null();
  w.field("valid", s.report.valid).key("coverage");
  if (!s.report.parsed) {
    w.null().end_object();
    return;
  }
  w.begin_object()
      .field("percent", c.percent)
      .field("addressed", c.addressed)
      .field("partial", c.partial)
      .field("open", c.open)
      .field("not_applicable", c.not_applicable)
      .end_object()
      .end_object();
}

void findings_json(JsonWriter& w, std::string_view name, const Diagnostics& findings) {
  w.key(name).begin_array();
  for (const auto& d : findings) {
    w.begin_object().field("rule", d.rule).field("severity", severity_name(d.severity));
    w.key("signpost");
    if (d.signpost)
      w.value(d.signpost);
    else
      w.null();
    w.field("message", d.message)
        .field("path", d.location.file)
        .field("line", d.location.line)
        .field("column", d.location.column)
        .end_object();
  }
  w.end_array();
}

void render_json(const Diff& d, Lang l, std::ostream& out) {
  JsonWriter w(out);
  w.begin_object();
  w.key("routekaart").begin_object().field("version", ROUTEKAART_VERSION).field("format", 1);
  w.end_object().field("language", lang_code(l));
  side_json(w, "old", d.before);
  side_json(w, "new", d.after);
  const Coverage &a = d.before.report.coverage, &b = d.after.report.coverage;
  w.key("coverage_change");
  if (a.percent && b.percent)
    w.value(*b.percent - *a.percent);
  else
    w.null();
  w.key("status_changes").begin_array();
  for (int n : d.status_changed) {
    const auto& [sa, sb] = d.statuses[static_cast<std::size_t>(n - 1)];
    w.begin_object().field("id", n).field("old", status_word(sa)).field("new", status_word(sb));
    w.end_object();
  }
  w.end_array().key("rating_changes").begin_array();
  for (const auto& m : d.moves) {
    w.begin_object().field("id", m.number).key("importance").begin_object();
    w.field("old", m.old_importance).field("new", m.new_importance).end_object();
    w.key("attention").begin_object();
    w.field("old", m.old_attention).field("new", m.new_attention).end_object().end_object();
  }
  w.end_array().key("raters").begin_object().key("added").begin_array();
  for (const auto& r : d.added) w.value(r);
  w.end_array().key("removed").begin_array();
  for (const auto& r : d.removed) w.value(r);
  w.end_array().end_object().key("findings").begin_object();
  findings_json(w, "appeared", d.appeared);
  findings_json(w, "resolved", d.resolved);
  w.end_object().field("changed", !d.empty()).end_object();
}

}  // namespace

int cmd_diff(Context& ctx, const Options& opt) {
  const Lang l = ctx.lang;
  Side before = load_side(opt.paths[0], ctx);
  Side after = load_side(opt.paths[1], ctx);
  if (before.loaded.unreadable || after.loaded.unreadable) {
    RenderOptions plain;
    plain.lang = l;
    if (before.loaded.unreadable) render_findings_text(before.loaded.diagnostics, plain, ctx.err);
    if (after.loaded.unreadable) render_findings_text(after.loaded.diagnostics, plain, ctx.err);
    return 2;
  }
  const bool new_valid = after.loaded.valid();
  const Diff diff = compare(std::move(before), std::move(after));
  std::ostringstream out;
  if (opt.format == "json")
    render_json(diff, l, out);
  else if (opt.format == "markdown")
    render_markdown(diff, ctx, out);
  else
    render_text(diff, ctx, out);
  if (int code = emit(ctx, opt, out.str()); code != 0) return code;
  if (new_valid) return 0;
  ctx.err << "routekaart: " << msg(l, "diff.new_invalid", opt.paths[1], opt.paths[1]) << '\n';
  return 1;
}

}  // namespace routekaart::cli
