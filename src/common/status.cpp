#include "common/status.hpp"

#include <algorithm>

#include "common/strings.hpp"

namespace routekaart {

// Each row must sit at the index of its enum value: info() relies on it.
static_assert([] {
  for (std::size_t i = 0; i < kStatuses.size(); ++i)
    if (static_cast<std::size_t>(kStatuses[i].status) != i) return false;
  return true;
}());

namespace {

// A Dutch word as it is compared: lowercase, hyphens and underscores as spaces, runs of spaces
// as one, no dots, trimmed ("Niet-Van-Toepassing " -> "niet van toepassing", "n.v.t." -> "nvt").
std::string dutch_key(std::string_view word) {
  std::string out;
  bool space = false;
  for (char c : word) {
    if (c == '.') continue;
    if (c == ' ' || c == '-' || c == '_' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

// The priority words: the English ones of the format first, then the Dutch ones.
constexpr std::array<std::pair<std::string_view, Priority>, 4> kPriorityWords{{
    {"essential", Priority::essential},
    {"optional", Priority::optional},
    {"essentieel", Priority::essential},
    {"optioneel", Priority::optional},
}};
constexpr std::size_t kFirstDutchPriority = 2;

std::string_view priority_word(Priority priority) {
  return priority == Priority::optional ? "optional" : "essential";
}

}  // namespace

Message status_label(Status status) {
  return Message{info(status).label, {}};
}

std::string status_label(Lang lang, Status status) {
  return tr(lang, status_label(status));
}

std::string status_file_word(Lang lang, Status status) {
  return lang == Lang::nl ? status_label(lang, status) : std::string(status_word(status));
}

std::size_t status_label_width(Lang lang) {
  std::size_t width = 0;
  for (const auto& row : kStatuses)
    width = std::max(width, display_width(status_label(lang, row.status)));
  return width;
}

std::optional<Status> parse_status(std::string_view word) {
  for (const auto& row : kStatuses)
    if (row.in_files && row.word == word) return row.status;
  const std::string key = dutch_key(word);
  for (const auto& dutch : kDutchStatusWords)
    if (dutch.word == key) return dutch.status;
  return std::nullopt;
}

std::optional<Priority> parse_priority(std::string_view word) {
  for (std::size_t i = 0; i < kPriorityWords.size(); ++i) {
    const auto& [name, priority] = kPriorityWords[i];
    // The English words exactly, the Dutch ones in any case.
    if (name == word || (i >= kFirstDutchPriority && name == dutch_key(word))) return priority;
  }
  return std::nullopt;
}

std::optional<std::string_view> english_file_word(std::string_view word) {
  const std::string key = dutch_key(word);
  for (const auto& dutch : kDutchStatusWords)
    if (dutch.word == key) return status_word(dutch.status);
  for (std::size_t i = kFirstDutchPriority; i < kPriorityWords.size(); ++i)
    if (kPriorityWords[i].first == key) return priority_word(kPriorityWords[i].second);
  return std::nullopt;
}

std::vector<std::string_view> dutch_file_words(std::string_view english) {
  // Every Dutch word with its hyphenated form and the English word it stands for, kept here so
  // that the views stay valid.
  static const std::vector<std::pair<std::string, std::string_view>> words = [] {
    std::vector<std::pair<std::string, std::string_view>> out;
    for (const auto& dutch : kDutchStatusWords) {
      out.emplace_back(dutch.word, status_word(dutch.status));
      std::string hyphenated(dutch.word);
      std::replace(hyphenated.begin(), hyphenated.end(), ' ', '-');
      if (hyphenated != dutch.word) out.emplace_back(hyphenated, status_word(dutch.status));
    }
    for (std::size_t i = kFirstDutchPriority; i < kPriorityWords.size(); ++i)
      out.emplace_back(kPriorityWords[i].first, priority_word(kPriorityWords[i].second));
    return out;
  }();
  std::vector<std::string_view> out;
  for (const auto& [word, meaning] : words)
    if (meaning == english) out.push_back(word);
  return out;
}

}  // namespace routekaart
