#include "check/settings.hpp"

#include <algorithm>
#include <charconv>

#include "common/roadmap.hpp"
#include "generated/texts/check.hpp"

namespace routekaart::check {
namespace {

std::optional<int> number(std::string_view text) {
  int value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

}  // namespace

std::optional<std::vector<int>> parse_selection(std::string_view text) {
  std::vector<int> out;
  while (!text.empty()) {
    const std::size_t comma = text.find(',');
    std::string_view part = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    if (comma != std::string_view::npos && text.empty()) return std::nullopt;  // "1,"
    const std::size_t dash = part.find('-');
    const std::optional<int> first = number(part.substr(0, dash));
    const std::optional<int> last =
        dash == std::string_view::npos ? first : number(part.substr(dash + 1));
    if (!first || !last || *first < 1 || *last > kSignpostCount || *first > *last)
      return std::nullopt;
    for (int n = *first; n <= *last; ++n) out.push_back(n);
  }
  if (out.empty()) return std::nullopt;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

SettingsResult resolve_settings(const Request& request, const model::ProjectConfig& config,
                                const catalogue::Catalogue& catalogue, Mode mode) {
  Settings s;
  s.mode = mode;
  s.paths = request.paths.empty() ? config.paths : request.paths;
  s.include = config.include;
  s.exclude = config.exclude;
  const std::string fail_on = request.fail_on.value_or(config.fail_on.value_or("error"));
  s.fail_on = fail_on == kFailOnNever ? std::nullopt : parse_severity(fail_on);
  s.min_coverage = request.min_coverage ? request.min_coverage : config.min_coverage;
  s.min_practice_words = config.min_practice_words.value_or(kMinPracticeWords);
  s.strict = request.strict;
  s.required = config.require;
  s.rules = config.rules;
  s.follow_symlinks = request.follow_symlinks;
  s.stdin_name = request.stdin_name;
  if (request.max_file_size) s.limits.max_file_bytes = *request.max_file_size;
  if (request.signposts.empty()) {
    for (int n = 1; n <= kSignpostCount; ++n) s.selected.push_back(n);
  } else if (std::optional<std::vector<int>> selected = parse_selection(request.signposts)) {
    s.selected = std::move(*selected);
  } else {
    return {std::nullopt, texts::check_selection{.selection = request.signposts},
            texts::check_selection_hint{}};
  }
  if (!request.audience.empty()) {
    std::erase_if(s.selected, [&](int n) {
      const catalogue::Signpost* signpost = catalogue.find(n);
      return !signpost || !signpost->for_audience(request.audience);
    });
    if (s.selected.empty())
      return {std::nullopt,
              texts::check_selection_empty{.audience = request.audience,
                                           .selection = request.signposts},
              texts::check_selection_empty_hint{}};
  }
  return {std::move(s), std::nullopt, std::nullopt};
}

}  // namespace routekaart::check
