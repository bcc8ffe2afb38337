// `ratings` output: the aggregate per signpost as an aligned table, Markdown or JSON.
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
using check::kDisagreementRange;
using check::Quadrant;
using check::quadrant_id;
using check::RatingSummary;
using check::SignpostRatings;
using check::Stats;
using model::Rating;

namespace {

constexpr std::size_t kTitleWidth = 28;
constexpr std::size_t kStatsWidth = 16;

std::string range_text(const Stats& s) {
  return fmt::format("{}-{}", s.min, s.max);
}

std::string quadrant_cell(const SignpostRatings& s, Lang lang) {
  return s.quadrant ? quadrant_name(*s.quadrant, lang) : "–";
}

std::string disagreement_detail(const SignpostRatings& s, Lang lang) {
  return tr(lang,
            texts::ratings_ranges{.attention = s.attention ? range_text(*s.attention) : "–",
                                  .importance = s.importance ? range_text(*s.importance) : "–"});
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

std::string rating_sentence(const SignpostRatings& s, Lang lang) {
  if (!s.rated()) return tr(lang, texts::ratings_not_rated{});
  std::string out = tr(lang, texts::ratings_sentence{.attention = stats_text(s.attention),
                                                     .count = s.raters,
                                                     .gap = gap_text(s.gap),
                                                     .importance = stats_text(s.importance)});
  if (s.quadrant) out += "; " + quadrant_name(*s.quadrant, lang);
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
      << '\n'
      << crosshair_text(sum, lang) << "\n\n";
  const std::string raters = tr(lang, texts::ratings_col_raters{});
  const std::size_t raters_width = std::max<std::size_t>(6, display_width(raters));
  std::size_t quadrant_width = 0;
  for (auto q : {Quadrant::concentrate_here, Quadrant::keep_up, Quadrant::low_priority,
                 Quadrant::possible_overkill})
    quadrant_width = std::max(quadrant_width, display_width(quadrant_name(q, lang)));
  out << fmt::format("{:>3}  {}  {:>{}}  {}  {}  {:>6}  {}\n", "#",
                     pad(tr(lang, texts::ratings_col_signpost{}), kTitleWidth), raters,
                     raters_width, pad(tr(lang, texts::ratings_col_importance{}), kStatsWidth),
                     pad(tr(lang, texts::ratings_col_attention{}), kStatsWidth),
                     tr(lang, texts::ratings_col_gap{}), tr(lang, texts::ratings_col_quadrant{}));
  for (const auto& s : sum.signposts) {
    const std::string title = pad(catalogue.find(s.number)->short_title.in(lang), kTitleWidth);
    if (!s.rated()) {
      out << fmt::format("{:>3}  {}  {:>{}}  {}\n", s.number, title, 0, raters_width,
                         tr(lang, texts::ratings_not_rated{}));
      continue;
    }
    std::string row = fmt::format("{:>3}  {}  {:>{}}  {}  {}  {:>6}  ", s.number, title, s.raters,
                                  raters_width, pad(stats_text(s.importance, true), kStatsWidth),
                                  pad(stats_text(s.attention, true), kStatsWidth), gap_text(s.gap));
    row += s.disagreement ? pad(quadrant_cell(s, lang), quadrant_width) + "  ! " +
                                tr(lang, texts::ratings_disagree{})
                          : quadrant_cell(s, lang);
    out << row << '\n';
  }
  out << '\n'
      << tr(lang, texts::ratings_legend{}) << "; "
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
      << "\n\n"
      << crosshair_text(sum, lang) << "\n\n";
  out << fmt::format(
             "| # | {} | {} | {} | {} | {} | {} | {} |\n", tr(lang, texts::ratings_col_signpost{}),
             tr(lang, texts::ratings_col_raters{}), tr(lang, texts::ratings_col_importance{}),
             tr(lang, texts::ratings_col_attention{}), tr(lang, texts::ratings_col_gap{}),
             tr(lang, texts::ratings_col_quadrant{}), tr(lang, texts::ratings_col_disagreement{}))
      << "|--:|---|--:|---|---|--:|---|---|\n";
  for (const auto& s : sum.signposts) {
    const std::string title = escape_markdown_cell(catalogue.find(s.number)->short_title.in(lang));
    if (!s.rated()) {
      out << fmt::format("| {} | {} | 0 | {} | – | – | – | – |\n", s.number, title,
                         tr(lang, texts::ratings_not_rated{}));
      continue;
    }
    out << fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", s.number, title, s.raters,
                       stats_text(s.importance), stats_text(s.attention), gap_text(s.gap),
                       quadrant_cell(s, lang), s.disagreement ? disagreement_detail(s, lang) : "–");
  }
  out << '\n'
      << tr(lang, texts::ratings_legend{}) << "; "
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
        .field("file", r.file)
        .field("scores", r.scores.size())
        .end_object();
  w.end_array();
  w.key("crosshair");
  if (sum.crosshair)
    w.begin_object()
        .field("mode", sum.crosshair->midpoint ? "midpoint" : "means")
        .field("importance", sum.crosshair->importance)
        .field("attention", sum.crosshair->attention)
        .end_object();
  else
    w.null();
  w.field("disagreement_range", kDisagreementRange);
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
  w.end_array().end_object();
}

}  // namespace routekaart::render
