#pragma once
// A baseline file (check/baseline.hpp) as `check --write-baseline` writes it: JSON, its findings
// sorted by file, rule, signpost and fingerprint, so that it changes only where the findings do.
//
//   {
//     "routekaart-baseline": 1,
//     "findings": [
//       {"file": "docs/de-brug.yaml", "rule": "RK103", "signpost": 9,
//        "fingerprint": "5a1b...", "count": 1, "message": "..."}
//     ]
//   }
//
// `message` is the first such finding in words, for the file's readers (a reviewer sees which
// findings were accepted); reading ignores it.
#include <ostream>

#include "check/baseline.hpp"
#include "common/lang.hpp"

namespace routekaart::render {

void render_baseline(const check::Baseline& baseline, Lang lang, std::ostream& out);

}  // namespace routekaart::render
