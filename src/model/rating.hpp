#pragma once
// One rating file: a team member's scores of the 14 signposts (the shape of one `ratings:` entry
// of an intervention file), and the conventions around it.
#include <optional>
#include <string>
#include <string_view>

#include "common/diagnostic.hpp"
#include "common/limits.hpp"
#include "io/source.hpp"
#include "model/intervention.hpp"

namespace routekaart::model {

struct RatingFile {
  std::optional<Rating> rating;  // present when the file could be parsed as a map
  Diagnostics diagnostics;
  bool unreadable = false;  // RK002
};

/// Parses and validates one rating file (schema::rating_spec) from text in memory. The rating's
/// mark is the place of its `rater` key.
RatingFile load_rating_text(const io::Source& source, const Limits& limits);
/// The same from a path ("-" for standard input).
RatingFile load_rating_file(const std::string& path, const Limits& limits);

/// True when two rater names are the same once trimmed and with ASCII case ignored.
bool same_rater(std::string_view a, std::string_view b);
/// The rater's name as same_rater compares it: equal keys, same rater (for hashing).
std::string rater_key(std::string_view rater);

/// The rater's name reduced to a file name: lowercase ASCII letters and digits joined by '-';
/// "rater" when nothing is left.
std::string rater_slug(std::string_view rater);

/// Where `rate` writes a rating when no -o is given: ratings/<rater-slug>-<date>.yaml in the
/// folder of the intervention file `file`, or under the current folder when `file` is standard
/// input ("-") or a pipe (a path under /dev/).
std::string default_rating_path(const std::string& file, std::string_view rater,
                                std::string_view date);

/// One answer typed at a `rate` prompt.
struct Answer {
  enum Kind { score, blank, skip, quit, invalid } kind = invalid;
  int value = 0;  // 1..5 for `score`
};

/// Parses a line typed at a `rate` prompt: "1".."5", "" (blank), "s" (skip), "q" (quit); case and
/// surrounding spaces are ignored.
Answer parse_answer(std::string_view line);

}  // namespace routekaart::model
