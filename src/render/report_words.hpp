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

/// A signpost's elements: "2 addressed, 1 partial of 4".
Message element_counts_message(const check::SignpostResult& result);

/// An audience's name with its signposts, "practitioners (1-12)"; an audience this program
/// does not know (none, today) as its word.
Message audience_message(std::string_view audience);

}  // namespace routekaart::render
