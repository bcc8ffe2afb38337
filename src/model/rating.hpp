#pragma once
// One rating file: a team member's scores of the 14 signposts (the shape of one `ratings:` entry
// of an intervention file), and the conventions around it: who a rater is, which round a rating
// belongs to, and where a team keeps its rating files.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

/// `text` in lowercase ASCII: letters with diacritics lose them (é -> e, ş -> s, ı -> i), a few
/// become two letters (ß -> ss, æ -> ae, œ -> oe, þ -> th), combining marks vanish; other
/// characters that are not ASCII become a space.
std::string transliterate(std::string_view text);

/// Who a rater is, as a key: the name transliterated, with runs of anything but letters and
/// digits as one '-' ("Ayşe  Yılmaz" and "ayse yilmaz" are the same rater); the trimmed name in
/// lowercase when nothing is left of it.
std::string rater_key(std::string_view rater);

/// True when two rater names have the same rater_key.
bool same_rater(std::string_view a, std::string_view b);

/// The rater's name as a file name: rater_key, at most 60 characters; for a name with no letter
/// or digit that transliterates, "rater-" and eight hex digits of a hash of the name. Always
/// ASCII and never empty.
std::string rater_slug(std::string_view rater);

/// The round a rating names: its `round:` (on one line), or else its date, or "" when it has
/// neither. Two ratings of one rater with the same round key are in the same round (ratings
/// without a round name are grouped into rounds by date: check::rounds_of).
std::string round_key(const Rating& rating);

/// RK021 for each rating whose rater (rater_key) already rated with the same round_key, located
/// at the second, naming the first. Hashing: linear in the number of ratings.
void check_duplicate_raters(const std::vector<Rating>& ratings, Diagnostics& out);

/// The folder of the intervention file `file`, "" for the current folder; the current folder
/// also for standard input ("-") and pipes (a path under /dev/ or /proc/).
std::string team_folder(const std::string& file);

/// The rating folder of the convention: ratings/ in the team folder of `file`.
std::string ratings_folder(const std::string& file);

/// The name `rate` and `import` give a rating file: <rater-slug>-<date>.yaml.
std::string rating_file_name(std::string_view rater, std::string_view date);

/// Where `rate` writes a rating when no -o is given: rating_file_name in ratings_folder(file).
std::string default_rating_path(const std::string& file, std::string_view rater,
                                std::string_view date);

struct RatingsFolder {
  std::string path;      // ratings_folder(file)
  bool exists = false;   // a folder (or a link to one) is there
  bool outside = false;  // it is a link to a folder outside the team folder (or outside the
                         // repository that holds the team folder): not used
};

/// The rating folder of `file` and whether it may be used: it is a folder, and when it is a
/// symbolic link its target lies inside the team folder or inside the git repository (the
/// nearest folder above with a .git) that holds it.
RatingsFolder find_ratings_folder(const std::string& file);

/// One answer typed at a `rate` prompt.
struct Answer {
  enum Kind { score, blank, skip, quit, invalid } kind = invalid;
  int value = 0;  // 1..5 for `score`
};

/// Parses a line typed at a `rate` prompt: "1".."5", "" (blank), "s" (skip), "q" (quit); case and
/// surrounding spaces are ignored.
Answer parse_answer(std::string_view line);

}  // namespace routekaart::model
