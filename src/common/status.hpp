#pragma once
// The status a team gives a signpost or an element, and what each one means: one table. Files
// write the English word ("not-addressed") or a Dutch one ("niet aangepakt"); readers see the
// status in the report's language (texts/common.yaml, status.*).
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/lang.hpp"
#include "common/message.hpp"
#include "generated/texts/common.hpp"

namespace routekaart {

enum class Status { addressed, partial, planned, not_addressed, not_applicable, not_described };

struct StatusInfo {
  Status status;
  std::string_view word;  // as written in files; "not-described" is never written, only shown
  TextId label;           // how a reader sees it, in either language (texts/common.yaml)
  double score;           // its share of coverage: addressed 1, partial 0.5, the rest 0
  bool open;              // work still to do (planned, not-addressed, not described)
  bool in_files;          // a value files may use
};

inline constexpr std::array<StatusInfo, 6> kStatuses{{
    {Status::addressed, "addressed", texts::status_addressed::text_id, 1.0, false, true},
    {Status::partial, "partial", texts::status_partial::text_id, 0.5, false, true},
    {Status::planned, "planned", texts::status_planned::text_id, 0.0, true, true},
    {Status::not_addressed, "not-addressed", texts::status_not_addressed::text_id, 0.0, true, true},
    {Status::not_applicable, "not-applicable", texts::status_not_applicable::text_id, 0.0, false,
     true},
    {Status::not_described, "not-described", texts::status_not_described::text_id, 0.0, true,
     false},
}};
static_assert(kStatuses.size() == static_cast<std::size_t>(Status::not_described) + 1);

/// The Dutch words files may use instead of the English ones, as a Dutch team would write them.
/// parse_status also takes them in any case and with hyphens or underscores for the spaces
/// ("Niet-aangepakt"); the first word of each status is its display word (status.* in
/// texts/common.yaml), so what a Dutch report shows can be written back.
struct DutchStatusWord {
  std::string_view word;
  Status status;
};
inline constexpr std::array<DutchStatusWord, 11> kDutchStatusWords{{
    {"aangepakt", Status::addressed},
    {"behandeld", Status::addressed},
    {"deels aangepakt", Status::partial},
    {"gedeeltelijk", Status::partial},
    {"deels", Status::partial},
    {"deels behandeld", Status::partial},
    {"gepland", Status::planned},
    {"niet aangepakt", Status::not_addressed},
    {"niet behandeld", Status::not_addressed},
    {"niet van toepassing", Status::not_applicable},
    {"nvt", Status::not_applicable},  // also n.v.t.: dots are left out when comparing
}};

/// The table row of `status`.
constexpr const StatusInfo& info(Status status) {
  return kStatuses[static_cast<std::size_t>(status)];
}
/// The word used in files ("not-addressed"); "not-described" for a signpost the file omits.
/// Machine outputs (JSON, SARIF properties) use it too.
constexpr std::string_view status_word(Status status) {
  return info(status).word;
}
/// The status as a reader sees it: "not addressed", "niet aangepakt" (a Message for findings,
/// which are put into words later).
Message status_label(Status status);
/// The same in words, in `lang`.
std::string status_label(Lang lang, Status status);
/// The word a file written in `lang` uses: the English word of the format, or in Dutch the
/// status as a Dutch report shows it ("niet aangepakt"), which parse_status reads back.
std::string status_file_word(Lang lang, Status status);
/// The display width of the longest label in `lang`: for columns.
std::size_t status_label_width(Lang lang);
/// The score of one status: addressed 1, partial 0.5, anything else 0.
constexpr double status_score(Status status) {
  return info(status).score;
}
/// True for planned, not-addressed and not described: work that is still open.
constexpr bool is_open(Status status) {
  return info(status).open;
}
/// Parses a status word as files write it: an English word exactly ("not-addressed"), or a Dutch
/// word of kDutchStatusWords in any case, with spaces, hyphens or underscores ("Niet aangepakt");
/// nullopt for anything else.
std::optional<Status> parse_status(std::string_view word);

/// Whether a signpost must be addressed (the default) or may be left open.
enum class Priority { essential, optional };

/// Parses `priority:` as files write it: "essential" or "optional", or the Dutch "essentieel" or
/// "optioneel" in any case; nullopt for anything else.
std::optional<Priority> parse_priority(std::string_view word);

/// The English word of the format that a Dutch word of a file stands for ("Deels aangepakt" ->
/// "partial", "optioneel" -> "optional"); nullopt when `word` is none of the Dutch words.
std::optional<std::string_view> english_file_word(std::string_view word);

/// The Dutch words that stand for the English word `english` of the format ("partial" ->
/// "deels aangepakt", "deels-aangepakt", "gedeeltelijk", "deels"; "optional" -> "optioneel"),
/// lowercase, each with spaces and, when it has spaces, with hyphens; the word a Dutch report
/// shows first. Empty for a word without Dutch alternatives ("po").
std::vector<std::string_view> dutch_file_words(std::string_view english);

}  // namespace routekaart
