#pragma once
// The texts that several report formats share (terminal, Markdown, HTML), as Messages: each
// renderer puts them into words in its language, with its own escaping.
#include <string_view>

#include "check/report.hpp"
#include "common/message.hpp"

namespace routekaart::render {

/// The last line of a report: "2 files: 2 valid, 0 with problems; 1 error, 3 warnings, 0 info
/// messages", each count with its singular or plural.
Message summary_message(const check::Summary& summary);

/// A file's coverage: "Coverage 78%: 9 addressed, 2 partial, 2 open, 1 not applicable".
Message coverage_message(const check::Coverage& coverage);

/// A signpost's listed elements: "4 described (88%), 2 not described".
Message element_counts_message(const check::SignpostResult& result);

/// A file's element detail: "Elements: 88% over 4 described; 60 not described, 2 not
/// applicable". Only meaningful when some element is described.
Message element_coverage_message(const check::ElementCoverage& elements);

/// One line on what coverage is and is not: what the file describes against the roadmap, not
/// the quality or effect of the intervention.
Message coverage_meaning_message();

/// Whether a signpost belongs in the gap report: applicable and not addressed, or addressed
/// while its listed elements disagree.
bool in_gap_report(const check::SignpostResult& result);

/// Whether element `index` of a signpost goes in its gap list: it applies and is not addressed.
bool open_in_gap_report(const check::SignpostResult& result, std::size_t index);

/// An audience's name with its signposts, "practitioners (1-12)"; an audience this program
/// does not know (none, today) as its word.
Message audience_message(std::string_view audience);

}  // namespace routekaart::render
