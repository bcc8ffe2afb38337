#pragma once
// Facts of the roadmap itself that code relies on; everything else about it is catalogue data.

namespace routekaart {

/// The roadmap has 14 signposts (Heyne & Brouwer-Borghuis, 2022, table 1); the catalogue must
/// hold exactly this many, numbered 1..14.
inline constexpr int kSignpostCount = 14;

}  // namespace routekaart
