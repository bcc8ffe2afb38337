#include "model/classify.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "generated/texts/model.hpp"

namespace routekaart::model {
namespace {

constexpr std::array<std::string_view, 5> kInterventionKeys{
    "routekaart", "intervention", "signposts", "interventie", "wegwijzers"};
constexpr std::array<std::string_view, 2> kRatingKeys{"rater", "scores"};
// Keys a rating file may also have; alone they say nothing.
constexpr std::array<std::string_view, 3> kNeutralKeys{"role", "date", "round"};
constexpr std::array<std::string_view, 9> kConfigurationKeys{
    "paths",   "include", "exclude", "language", "fail-on", "min-coverage", "min-practice-words",
    "require", "rules"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& words, const std::string& key) {
  return std::find(words.begin(), words.end(), key) != words.end();
}

// The key that starts `line` in its first column ("name" of `name: x`, `"name": x`), lowercase;
// "" when the line starts no key.
std::string top_level_key(std::string_view line) {
  if (line.empty()) return "";
  const char first = line.front();
  if (first == '"' || first == '\'') {
    const std::size_t close = line.find(first, 1);
    if (close == std::string_view::npos || close + 1 >= line.size() || line[close + 1] != ':')
      return "";
    line = line.substr(1, close - 1);
  } else {
    std::size_t colon = 0;
    for (;; ++colon) {
      colon = line.find(':', colon);
      if (colon == std::string_view::npos) return "";
      if (colon + 1 == line.size() || line[colon + 1] == ' ' || line[colon + 1] == '\t') break;
    }
    line = line.substr(0, colon);
  }
  std::string key;
  for (char c : line) key += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.pop_back();
  return key;
}

}  // namespace

FileKind classify_yaml(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  bool intervention = false, rating = false, configuration = false, other = false;
  bool list = false, first = true;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == ' ' || line.front() == '\t' || line.front() == '#' ||
        line.front() == '%' || line.substr(0, 3) == "---" || line.substr(0, 3) == "...")
      continue;
    if (first && (line.front() == '-' || line.front() == '[')) list = true;
    first = false;
    if (line.front() == '{') continue;  // a flow map: its keys are not read
    const std::string key = top_level_key(line);
    if (key.empty() || among(kNeutralKeys, key)) continue;
    if (among(kInterventionKeys, key))
      intervention = true;
    else if (among(kRatingKeys, key))
      rating = true;
    else if (among(kConfigurationKeys, key))
      configuration = true;
    else
      other = true;
  }
  if (intervention) return FileKind::intervention;
  if (rating) return FileKind::rating;
  if (configuration && !other) return FileKind::configuration;
  if (other || list) return FileKind::other;
  return FileKind::intervention;
}

Message file_kind_text(FileKind kind) {
  switch (kind) {
    case FileKind::intervention:
      return texts::kind_intervention{};
    case FileKind::rating:
      return texts::kind_rating{};
    case FileKind::configuration:
      return texts::kind_configuration{};
    case FileKind::other:
      break;
  }
  return texts::kind_other{};
}

}  // namespace routekaart::model
