#pragma once
// Coverage: how far a file describes the signposts, per signpost and in all (README, "Coverage").
#include <vector>

#include "catalogue/catalogue.hpp"
#include "check/report.hpp"
#include "model/intervention.hpp"

namespace routekaart::check {

/// The per-signpost result (coverage and element counts) of one entry.
SignpostResult score_signpost(const model::SignpostEntry& entry,
                              const catalogue::Signpost& signpost);

/// The coverage over `results`: the mean over the applicable signposts, also per audience.
Coverage compute_coverage(const std::vector<SignpostResult>& results,
                          const catalogue::Catalogue& catalogue);

}  // namespace routekaart::check
