#include "render/ratings_plot.hpp"

#include <fmt/format.h>

#include "common/strings.hpp"
#include "generated/texts/ratings.hpp"

namespace routekaart::render {
using catalogue::Catalogue;
using check::kDisagreementRange;
using check::Quadrant;
using check::RatingSummary;

PlotSpec ratings_plot(const RatingsReport& report, const Catalogue& catalogue, Lang lang) {
  const RatingSummary& sum = report.summary;
  PlotSpec spec;
  spec.title = tr(
      lang, texts::plot_title{.name = one_line(report.name.empty() ? report.path : report.name)});
  spec.subtitle = tr(lang, texts::plot_subtitle{.count = report.ratings.size()});
  spec.x_label = tr(lang, texts::plot_x{});
  spec.y_label = tr(lang, texts::plot_y{});
  spec.concentrate_here = quadrant_name(Quadrant::concentrate_here, lang);
  spec.keep_up = quadrant_name(Quadrant::keep_up, lang);
  spec.low_priority = quadrant_name(Quadrant::low_priority, lang);
  spec.possible_overkill = quadrant_name(Quadrant::possible_overkill, lang);
  if (sum.crosshair) {
    spec.has_crosshair = true;
    spec.cross_importance = sum.crosshair->importance;
    spec.cross_attention = sum.crosshair->attention;
    spec.legend_crosshair = {sum.crosshair->midpoint ? tr(lang, texts::plot_crosshair_midpoint{})
                                                     : tr(lang, texts::plot_crosshair_means{}),
                             tr(lang, texts::plot_crosshair_values{
                                          .attention = decimal_text(sum.crosshair->attention),
                                          .importance = decimal_text(sum.crosshair->importance)})};
  }
  spec.legend_point = tr(lang, texts::plot_point{});
  spec.legend_disagreement = tr(lang, texts::plot_disagreement{.range = kDisagreementRange});
  for (const auto& s : sum.signposts) {
    const std::string name = catalogue.find(s.number)->short_title.in(lang);
    if (s.gap) {
      spec.points.push_back(
          PlotPoint{s.number, s.importance->mean, s.attention->mean, s.disagreement,
                    tr(lang, texts::plot_tooltip{.attention = decimal_text(s.attention->mean),
                                                 .importance = decimal_text(s.importance->mean),
                                                 .name = name,
                                                 .number = s.number})});
      spec.legend.push_back(fmt::format("{} {}", s.number, name));
    } else {
      spec.legend.push_back(tr(lang, texts::plot_legend_absent{.name = name, .number = s.number}));
    }
  }
  return spec;
}

TrendSpec ratings_trend_plot(const RatingsReport& report, const Catalogue& catalogue, Lang lang) {
  TrendSpec spec;
  spec.title = tr(lang, texts::plot_trend_title{
                            .name = one_line(report.name.empty() ? report.path : report.name)});
  spec.subtitle = tr(lang, texts::plot_trend_subtitle{});
  spec.importance_label = tr(lang, texts::plot_trend_importance{});
  spec.attention_label = tr(lang, texts::plot_trend_attention{});
  for (std::size_t r = 0; r < report.rounds.size(); ++r)
    spec.rounds.push_back(
        tr(lang, texts::plot_trend_round{.count = report.rounds[r].raters,
                                         .number = r + 1,
                                         .round = round_label(report.rounds[r].id, lang)}));
  for (const auto& sp : catalogue.signposts) {
    TrendPanel panel;
    panel.title = fmt::format("{} {}", sp.number, sp.short_title.in(lang));
    for (const auto& round : report.rounds) {
      const check::SignpostRatings& s = round.summary.at(sp.number);
      panel.importance.push_back(s.importance ? std::optional<double>(s.importance->mean)
                                              : std::nullopt);
      panel.attention.push_back(s.attention ? std::optional<double>(s.attention->mean)
                                            : std::nullopt);
    }
    spec.panels.push_back(std::move(panel));
  }
  return spec;
}

}  // namespace routekaart::render
