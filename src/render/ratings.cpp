// `ratings` output: the aggregate per signpost as an aligned table, Markdown or JSON, with the
// rounds, the trend between them and the summary per role when the report has them.
#include "render/ratings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "common/strings.hpp"
#include "generated/texts/ratings.hpp"
#include "render/escape.hpp"
#include "render/json_writer.hpp"
#include "render/style.hpp"

namespace routekaart::render {
using catalogue::Catalogue;
using check::Crosshair;
using check::GroupSummary;
using check::kDisagreementRange;
using check::kQuadrantRaters;
using check::Quadrant;
using check::quadrant_id;
using check::RatingSummary;
using check::SignpostRatings;
using check::Stats;
using model::Rating;

namespace {

constexpr std::size_t kTitleWidth = 28;
constexpr std::size_t kPairWidth = 11;  // "4.67 / 3.67"

std::string range_text(const Stats& s) {
  return fmt::format("{}-{}", s.min, s.max);
}

std::string disagreement_detail(const SignpostRatings& s, Lang lang) {
  return tr(lang,
            texts::ratings_ranges{.attention = s.attention ? range_text(*s.attention) : "–",
                                  .importance = s.importance ? range_text(*s.importance) : "–"});
}

std::optional<double> mean_of(const std::optional<Stats>& s) {
  return s ? std::optional<double>(s->mean) : std::nullopt;
}

// "4.67 / 3.67": the mean importance and attention of a signpost; "–" when it has neither.
std::string pair_text(const SignpostRatings& s) {
  if (!s.importance && !s.attention) return "–";
  return decimal_text(mean_of(s.importance)) + " / " + decimal_text(mean_of(s.attention));
}

// How one mean moved from the first group that has it to the last: "+0.33"; "–" with fewer than
// two.
std::string change_text(const std::vector<GroupSummary>& groups, int number, bool importance) {
  std::optional<double> first, last;
  int count = 0;
  for (const auto& g : groups) {
    const auto& s = g.summary.at(number);
    const std::optional<double> mean = mean_of(importance ? s.importance : s.attention);
    if (!mean) continue;
    if (!first) first = mean;
    last = mean;
    ++count;
  }
  return count < 2 ? "–" : gap_text(*last - *first);
}

std::string change_pair(const std::vector<GroupSummary>& groups, int number) {
  return change_text(groups, number, true) + " / " + change_text(groups, number, false);
}

std::string group_heading(const GroupSummary& g, const std::string& label) {
  return fmt::format("{} ({})", label, g.raters);
}

std::vector<std::string> round_headings(const RatingsReport& report, Lang lang) {
  std::vector<std::string> out;
  for (const auto& g : report.rounds) out.push_back(group_heading(g, round_label(g.id, lang)));
  return out;
}

std::vector<std::string> role_headings(const RatingsReport& report, Lang lang) {
  std::vector<std::string> out;
  for (const auto& g : report.roles) out.push_back(group_heading(g, role_label(g.label, lang)));
  return out;
}

// "Rounds: 2026-10-01 (4 raters), 2026-11-02 (2 raters); shown: ..." when there is more than one
// round or one was chosen.
std::string rounds_line(const RatingsReport& report, Lang lang) {
  std::vector<std::string> items;
  for (const auto& g : report.rounds)
    items.push_back(
        tr(lang, texts::ratings_round_item{.count = g.raters, .round = round_label(g.id, lang)}));
  const std::string shown =
      report.round ? tr(lang, texts::ratings_shown_round{.round = round_label(*report.round, lang)})
                   : tr(lang, texts::ratings_shown_latest{});
  return tr(lang, texts::ratings_rounds{.rounds = fmt::format("{}", fmt::join(items, ", ")),
                                        .shown = shown});
}

bool has_rounds_line(const RatingsReport& report) {
  return report.rounds.size() > 1 || report.round;
}

void json_stats(JsonWriter& w, std::string_view key, const std::optional<Stats>& s) {
  w.key(key);
  if (!s) {
    w.null();
    return;
  }
  w.begin_object()
      .field("n", s->n)
      .field("mean", s->mean)
      .field("sd", s->sd)
      .field("min", s->min)
      .field("max", s->max)
      .end_object();
}

void json_groups(JsonWriter& w, std::string_view key, std::string_view name,
                 const std::vector<GroupSummary>& groups, bool dates) {
  w.key(key).begin_array();
  for (const GroupSummary& g : groups) {
    w.begin_object().field(name, dates ? g.id : g.label);
    if (dates) w.field("first_date", g.first).field("last_date", g.last);
    w.field("raters", g.raters).key("signposts").begin_array();
    for (const auto& s : g.summary.signposts)
      w.begin_object()
          .field("id", s.number)
          .field("importance", mean_of(s.importance))
          .field("attention", mean_of(s.attention))
          .field("gap", s.gap)
          .end_object();
    w.end_array().end_object();
  }
  w.end_array();
}

// ---- Text ----------------------------------------------------------------------------------

// A table of means per group (rounds or roles): one row per signpost, one "importance /
// attention" column per group, and the change from first to last when `change`.
void groups_text(const std::vector<GroupSummary>& groups, const std::vector<std::string>& headings,
                 bool change, const Catalogue& catalogue, Lang lang, std::ostream& out) {
  std::vector<std::size_t> widths;
  for (const auto& h : headings) widths.push_back(std::max(kPairWidth, display_width(h)));
  std::string head =
      fmt::format("{:>3}  {}", "#", pad(tr(lang, texts::ratings_col_signpost{}), kTitleWidth));
  for (std::size_t i = 0; i < headings.size(); ++i) head += "  " + pad(headings[i], widths[i]);
  if (change) head += "  " + tr(lang, texts::ratings_col_change{});
  while (!head.empty() && head.back() == ' ') head.pop_back();
  out << head << '\n';
  for (int n = 1; n <= kSignpostCount; ++n) {
    std::string row =
        fmt::format("{:>3}  {}", n, pad(catalogue.find(n)->short_title.in(lang), kTitleWidth));
    for (std::size_t i = 0; i < groups.size(); ++i)
      row += "  " + pad(pair_text(groups[i].summary.at(n)), widths[i]);
    if (change) row += "  " + change_pair(groups, n);
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out << row << '\n';
  }
}

// ---- Markdown ------------------------------------------------------------------------------

void groups_markdown(const std::vector<GroupSummary>& groups,
                     const std::vector<std::string>& headings, bool change,
                     const Catalogue& catalogue, Lang lang, std::ostream& out) {
  out << "| # | " << tr(lang, texts::ratings_col_signpost{}) << " |";
  for (const auto& h : headings) out << ' ' << escape_markdown_cell(h) << " |";
  if (change) out << ' ' << tr(lang, texts::ratings_col_change{}) << " |";
  out << "\n|--:|---|";
  for (std::size_t i = 0; i < headings.size() + (change ? 1 : 0); ++i) out << "---|";
  out << '\n';
  for (int n = 1; n <= kSignpostCount; ++n) {
    out << "| " << n << " | " << escape_markdown_cell(catalogue.find(n)->short_title.in(lang))
        << " |";
    for (const auto& g : groups) out << ' ' << pair_text(g.summary.at(n)) << " |";
    if (change) out << ' ' << change_pair(groups, n) << " |";
    out << '\n';
  }
}

}  // namespace

std::string decimal_text(const std::optional<double>& value) {
  return value ? fmt::format("{:.2f}", *value) : "–";
}

std::string stats_text(const std::optional<Stats>& stats, bool aligned) {
  if (!stats) return "–";
  if (!stats->sd && !aligned) return fmt::format("{:.2f} ({})", stats->mean, range_text(*stats));
  return fmt::format("{:.2f} ±{} ({})", stats->mean, stats->sd ? decimal_text(stats->sd) : "–   ",
                     range_text(*stats));
}

std::string counted_stats_text(const std::optional<Stats>& stats, bool aligned) {
  if (!stats) return "–";
  return fmt::format("{} n={}", stats_text(stats, aligned), stats->n);
}

std::string gap_text(const std::optional<double>& gap) {
  if (!gap) return "–";
  return fmt::format("{:+.2f}", std::abs(*gap) < 1e-9 ? 0.0 : *gap);
}

Message quadrant_text(Quadrant quadrant) {
  switch (quadrant) {
    case Quadrant::concentrate_here:
      return texts::quadrant_concentrate_here{};
    case Quadrant::keep_up:
      return texts::quadrant_keep_up{};
    case Quadrant::low_priority:
      return texts::quadrant_low_priority{};
    case Quadrant::possible_overkill:
      break;
  }
  return texts::quadrant_possible_overkill{};
}

std::string quadrant_name(Quadrant quadrant, Lang lang) {
  return tr(lang, quadrant_text(quadrant));
}

std::string quadrant_cell(const SignpostRatings& s, Lang lang) {
  if (s.quadrant) return quadrant_name(*s.quadrant, lang);
  if (s.too_few_for_quadrant())
    return tr(lang, texts::ratings_quadrant_too_few{.needed = kQuadrantRaters});
  return "–";
}

std::string rating_sentence(const SignpostRatings& s, Lang lang) {
  if (!s.rated()) return tr(lang, texts::ratings_not_rated{});
  // The number of raters of a score only where it differs from the signpost's raters.
  auto stats = [&](const std::optional<Stats>& st) {
    return st && st->n != s.raters ? counted_stats_text(st) : stats_text(st);
  };
  std::string out = tr(lang, texts::ratings_sentence{.attention = stats(s.attention),
                                                     .count = s.raters,
                                                     .gap = gap_text(s.gap),
                                                     .importance = stats(s.importance)});
  if (s.quadrant || s.too_few_for_quadrant()) out += "; " + quadrant_cell(s, lang);
  if (s.disagreement)
    out += "; " + tr(lang, texts::ratings_disagree{}) + " (" + disagreement_detail(s, lang) + ")";
  return out;
}

std::string crosshair_text(const RatingSummary& summary, Lang lang) {
  if (!summary.crosshair) return tr(lang, texts::ratings_crosshair_none{});
  const Crosshair& c = *summary.crosshair;
  const std::string importance = decimal_text(c.importance), attention = decimal_text(c.attention);
  if (c.midpoint)
    return tr(lang,
              texts::ratings_crosshair_midpoint{.attention = attention, .importance = importance});
  return tr(lang, texts::ratings_crosshair_means{.attention = attention, .importance = importance});
}

std::string raters_text(const std::vector<Rating>& ratings, bool markdown) {
  auto text = [&](const std::string& t) {
    return markdown ? escape_markdown(t) : escape_terminal(one_line(t));
  };
  std::vector<std::string> parts;
  for (const auto& r : ratings) {
    std::vector<std::string> about;
    if (!r.role.empty()) about.push_back(text(r.role));
    if (!r.date.empty()) about.push_back(r.date);
    parts.push_back(about.empty() ? text(r.rater)
                                  : fmt::format("{} ({})", text(r.rater), fmt::join(about, ", ")));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

std::string round_label(const std::string& id, Lang lang) {
  return id.empty() ? tr(lang, texts::ratings_round_undated{}) : one_line(id);
}

std::string role_label(const std::string& role, Lang lang) {
  return role.empty() ? tr(lang, texts::ratings_role_none{}) : one_line(role);
}

void render_ratings_text(const RatingsReport& report, const Catalogue& catalogue, Lang lang,
                         std::ostream& out) {
  const RatingSummary& sum = report.summary;
  out << tr(lang,
            texts::ratings_title{.name = one_line(report.name.empty() ? report.path : report.name)},
            escape_terminal)
      << " — " << escape_terminal(report.path) << '\n';
  if (report.ratings.empty()) {
    out << tr(lang, texts::ratings_none{}) << '\n'
        << tr(lang, texts::ratings_none_hint{.path = report.path}, escape_terminal) << '\n';
    return;
  }
  out << tr(lang, texts::ratings_raters{.count = report.ratings.size(),
                                        .raters = raters_text(report.ratings)})
      << '\n';
  if (has_rounds_line(report)) out << rounds_line(report, lang) << '\n';
  out << crosshair_text(sum, lang) << "\n\n";
  // Column widths from the cells, so that large numbers of raters stay aligned.
  std::size_t importance_width = display_width(tr(lang, texts::ratings_col_importance{}));
  std::size_t attention_width = display_width(tr(lang, texts::ratings_col_attention{}));
  for (const auto& s : sum.signposts) {
    importance_width =
        std::max(importance_width, display_width(counted_stats_text(s.importance, true)));
    attention_width =
        std::max(attention_width, display_width(counted_stats_text(s.attention, true)));
  }
  std::size_t quadrant_width = 0;
  for (const auto& s : sum.signposts)
    quadrant_width = std::max(quadrant_width, display_width(quadrant_cell(s, lang)));
  out << fmt::format("{:>3}  {}  {}  {}  {:>6}  {}\n", "#",
                     pad(tr(lang, texts::ratings_col_signpost{}), kTitleWidth),
                     pad(tr(lang, texts::ratings_col_importance{}), importance_width),
                     pad(tr(lang, texts::ratings_col_attention{}), attention_width),
                     tr(lang, texts::ratings_col_gap{}), tr(lang, texts::ratings_col_quadrant{}));
  for (const auto& s : sum.signposts) {
    const std::string title = pad(catalogue.find(s.number)->short_title.in(lang), kTitleWidth);
    if (!s.rated()) {
      out << fmt::format("{:>3}  {}  {}\n", s.number, title, tr(lang, texts::ratings_not_rated{}));
      continue;
    }
    std::string row =
        fmt::format("{:>3}  {}  {}  {}  {:>6}  ", s.number, title,
                    pad(counted_stats_text(s.importance, true), importance_width),
                    pad(counted_stats_text(s.attention, true), attention_width), gap_text(s.gap));
    row += s.disagreement ? pad(quadrant_cell(s, lang), quadrant_width) + "  ! " +
                                tr(lang, texts::ratings_disagree{})
                          : quadrant_cell(s, lang);
    out << row << '\n';
  }
  out << '\n'
      << tr(lang, texts::ratings_legend{.needed = kQuadrantRaters}) << "; "
      << tr(lang, texts::ratings_legend_flag{.range = kDisagreementRange}) << '\n';
  if (!sum.priorities.empty()) {
    out << '\n' << tr(lang, texts::ratings_priorities{}) << '\n';
    int rank = 0;
    for (int n : sum.priorities) {
      const SignpostRatings& s = sum.at(n);
      out << fmt::format("{:>4}. {:>2}  {}  {:>6}  {}\n", ++rank, n,
                         pad(catalogue.find(n)->short_title.in(lang), kTitleWidth), gap_text(s.gap),
                         quadrant_cell(s, lang));
    }
  }
  bool any = false;
  for (const auto& s : sum.signposts) {
    if (!s.disagreement) continue;
    if (!any)
      out << '\n' << tr(lang, texts::ratings_disagreements{.range = kDisagreementRange}) << '\n';
    any = true;
    out << fmt::format("  {:>2}  {}: {}\n", s.number,
                       catalogue.find(s.number)->short_title.in(lang),
                       disagreement_detail(s, lang));
  }
  if (!sum.not_rated.empty()) {
    std::vector<std::string> names;
    for (int n : sum.not_rated)
      names.push_back(fmt::format("{} {}", n, catalogue.find(n)->short_title.in(lang)));
    out << '\n'
        << tr(lang, texts::ratings_unrated{.signposts = fmt::format("{}", fmt::join(names, ", "))})
        << '\n';
  }
  if (report.rounds.size() > 1) {
    out << '\n' << tr(lang, texts::ratings_trend{}) << '\n';
    groups_text(report.rounds, round_headings(report, lang), true, catalogue, lang, out);
  }
  if (!report.roles.empty()) {
    out << '\n' << tr(lang, texts::ratings_roles{}) << '\n';
    groups_text(report.roles, role_headings(report, lang), false, catalogue, lang, out);
  }
}

void render_ratings_markdown(const RatingsReport& report, const Catalogue& catalogue, Lang lang,
                             std::ostream& out) {
  const RatingSummary& sum = report.summary;
  out << "# "
      << tr(lang, texts::ratings_title{.name = report.name.empty() ? report.path : report.name},
            escape_markdown)
      << "\n\n"
      << tr(lang, texts::ratings_intervention_file{.path = report.path}, escape_markdown) << "\n\n";
  if (report.ratings.empty()) {
    out << tr(lang, texts::ratings_none{}) << ' '
        << tr(lang, texts::ratings_none_hint{.path = report.path}, escape_markdown) << '\n';
    return;
  }
  // raters_text escapes the names and roles itself; the dates stay as they are.
  out << tr(lang, texts::ratings_raters{.count = report.ratings.size(),
                                        .raters = raters_text(report.ratings, true)})
      << "\n\n";
  if (has_rounds_line(report)) out << escape_markdown(rounds_line(report, lang)) << "\n\n";
  out << crosshair_text(sum, lang) << "\n\n";
  out << fmt::format(
             "| # | {} | {} | {} | {} | {} | {} |\n", tr(lang, texts::ratings_col_signpost{}),
             tr(lang, texts::ratings_col_importance{}), tr(lang, texts::ratings_col_attention{}),
             tr(lang, texts::ratings_col_gap{}), tr(lang, texts::ratings_col_quadrant{}),
             tr(lang, texts::ratings_col_disagreement{}))
      << "|--:|---|---|---|--:|---|---|\n";
  for (const auto& s : sum.signposts) {
    const std::string title = escape_markdown_cell(catalogue.find(s.number)->short_title.in(lang));
    if (!s.rated()) {
      out << fmt::format("| {} | {} | {} | – | – | – | – |\n", s.number, title,
                         tr(lang, texts::ratings_not_rated{}));
      continue;
    }
    out << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", s.number, title,
                       counted_stats_text(s.importance), counted_stats_text(s.attention),
                       gap_text(s.gap), quadrant_cell(s, lang),
                       s.disagreement ? disagreement_detail(s, lang) : "–");
  }
  out << '\n'
      << tr(lang, texts::ratings_legend{.needed = kQuadrantRaters}) << "; "
      << tr(lang, texts::ratings_legend_column{.column = texts::ratings_col_disagreement{},
                                               .range = kDisagreementRange})
      << '\n';
  if (!sum.priorities.empty()) {
    out << "\n## " << tr(lang, texts::ratings_priorities{}) << "\n\n";
    int rank = 0;
    for (int n : sum.priorities)
      out << fmt::format("{}. **{} {}**: {} {}, {}\n", ++rank, n,
                         escape_markdown(catalogue.find(n)->short_title.in(lang)),
                         tr(lang, texts::ratings_col_gap{}), gap_text(sum.at(n).gap),
                         quadrant_cell(sum.at(n), lang));
  }
  bool any = false;
  for (const auto& s : sum.signposts) {
    if (!s.disagreement) continue;
    if (!any)
      out << "\n## " << tr(lang, texts::ratings_disagreements{.range = kDisagreementRange})
          << "\n\n";
    any = true;
    out << fmt::format("- **{} {}**: {}\n", s.number,
                       escape_markdown(catalogue.find(s.number)->short_title.in(lang)),
                       disagreement_detail(s, lang));
  }
  if (!sum.not_rated.empty()) {
    out << "\n## " << tr(lang, texts::ratings_not_rated_heading{}) << "\n\n";
    for (int n : sum.not_rated)
      out << fmt::format("- {} {}\n", n, escape_markdown(catalogue.find(n)->short_title.in(lang)));
  }
  if (report.rounds.size() > 1) {
    out << "\n## " << tr(lang, texts::ratings_trend{}) << "\n\n";
    groups_markdown(report.rounds, round_headings(report, lang), true, catalogue, lang, out);
  }
  if (!report.roles.empty()) {
    out << "\n## " << tr(lang, texts::ratings_roles{}) << "\n\n";
    groups_markdown(report.roles, role_headings(report, lang), false, catalogue, lang, out);
  }
}

void render_ratings_json(const RatingsReport& report, Lang lang, std::ostream& out) {
  const RatingSummary& sum = report.summary;
  JsonWriter w(out);
  w.begin_object();
  w.key("routekaart").begin_object().field("version", ROUTEKAART_VERSION).field("format", 1);
  w.end_object();
  w.field("language", lang_code(lang))
      .field("path", report.path)
      .field("intervention", report.name);
  w.key("raters").begin_array();
  for (const auto& r : report.ratings)
    w.begin_object()
        .field("rater", r.rater)
        .field("role", r.role)
        .field("date", r.date)
        .field("round", r.round)
        .field("file", r.file)
        .field("scores", r.scores.size())
        .end_object();
  w.end_array();
  w.key("round");
  if (report.round)
    w.value(*report.round);
  else
    w.null();
  w.key("crosshair");
  if (sum.crosshair)
    w.begin_object()
        .field("mode", sum.crosshair->midpoint ? "midpoint" : "means")
        .field("importance", sum.crosshair->importance)
        .field("attention", sum.crosshair->attention)
        .end_object();
  else
    w.null();
  w.field("disagreement_range", kDisagreementRange).field("quadrant_raters", kQuadrantRaters);
  w.key("signposts").begin_array();
  for (const auto& s : sum.signposts) {
    w.begin_object().field("id", s.number).field("raters", s.raters);
    json_stats(w, "importance", s.importance);
    json_stats(w, "attention", s.attention);
    w.field("gap", s.gap).field("disagreement", s.disagreement).key("quadrant");
    if (s.quadrant)
      w.value(quadrant_id(*s.quadrant));
    else
      w.null();
    w.end_object();
  }
  w.end_array().key("priorities").begin_array();
  for (int n : sum.priorities) w.value(n);
  w.end_array().key("not_rated").begin_array();
  for (int n : sum.not_rated) w.value(n);
  w.end_array();
  json_groups(w, "rounds", "round", report.rounds, true);
  json_groups(w, "roles", "role", report.roles, false);
  w.end_object();
}

}  // namespace routekaart::render
