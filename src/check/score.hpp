#pragma once
// Coverage: how far a file describes the signposts, per signpost and in all (README, "What
// coverage means, and what it does not"). The headline comes from the statuses the team gives;
// listed elements add a second figure and never lower the first.
#include <vector>

#include "catalogue/catalogue.hpp"
#include "check/report.hpp"
#include "model/intervention.hpp"

namespace routekaart::check {

/// True when the catalogue `condition` holds for the intervention `info` describes: an
/// alternative programme when the file says `alternative_programme: true`, a clinical setting
/// when its setting is care or combined.
bool condition_holds(catalogue::Condition condition, const model::InterventionInfo& info);

/// The per-signpost result of one entry: the status's score, and the element detail.
SignpostResult score_signpost(const model::SignpostEntry& entry,
                              const catalogue::Signpost& signpost,
                              const model::InterventionInfo& info);

/// The coverage over `results`: the mean over the applicable signposts, also per audience, and the
/// element detail over them.
Coverage compute_coverage(const std::vector<SignpostResult>& results,
                          const catalogue::Catalogue& catalogue);

}  // namespace routekaart::check
