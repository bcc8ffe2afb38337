#include "render/rating_file.hpp"

#include <fmt/format.h>

#include "common/strings.hpp"
#include "render/escape.hpp"

namespace routekaart::render {

std::string rating_yaml(const model::Rating& rating, const std::vector<std::string>& comment) {
  std::string out;
  for (const auto& line : comment) out += "# " + one_line(line) + '\n';
  out += "rater: " + yaml_quote(one_line(rating.rater)) + '\n';
  if (!rating.role.empty()) out += "role: " + yaml_quote(one_line(rating.role)) + '\n';
  if (!rating.date.empty()) out += "date: " + rating.date + '\n';
  if (!rating.round.empty()) out += "round: " + yaml_quote(one_line(rating.round)) + '\n';
  if (rating.scores.empty()) return out + "scores: {}\n";
  out += "scores:\n";
  for (const auto& [number, score] : rating.scores) {
    std::vector<std::string> parts;
    if (score.importance) parts.push_back(fmt::format("importance: {}", *score.importance));
    if (score.attention) parts.push_back(fmt::format("attention: {}", *score.attention));
    out += fmt::format("  {}: {{{}}}\n", number, fmt::join(parts, ", "));
  }
  return out;
}

}  // namespace routekaart::render
