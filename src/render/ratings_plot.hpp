#pragma once
// What the importance-attention plot of `ratings --plot` shows: the team's ratings as a PlotSpec
// (render/svg_plot.hpp), with every text in the report's language.
#include "catalogue/catalogue.hpp"
#include "common/lang.hpp"
#include "render/ratings.hpp"
#include "render/svg_plot.hpp"
#include "render/trend_plot.hpp"

namespace routekaart::render {

/// The plot of `report`: one point per signpost with both a mean importance and a mean
/// attention (the others in the legend as "not in the plot"), the crosshair when the summary
/// has one, and the quadrant labels.
PlotSpec ratings_plot(const RatingsReport& report, const catalogue::Catalogue& catalogue,
                      Lang lang);

/// The trend plot of `report`: a panel per signpost with its mean importance and attention in
/// each of the report's rounds.
TrendSpec ratings_trend_plot(const RatingsReport& report, const catalogue::Catalogue& catalogue,
                             Lang lang);

}  // namespace routekaart::render
