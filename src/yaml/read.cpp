#include "yaml/read.hpp"

#include <charconv>
#include <cmath>

namespace routekaart::yaml {

bool parse_integer(const Node& node, long& out) {
  if (!node.is_scalar() || node.quoted || node.value.empty()) return false;
  const char* begin = node.value.data();
  const char* end = begin + node.value.size();
  if (*begin == '+' && ++begin != end && *begin == '-') return false;  // "+-3"
  auto [ptr, ec] = std::from_chars(begin, end, out);
  return ec == std::errc() && ptr == end;
}

bool parse_bool(const Node& node, bool& out) {
  if (!node.is_scalar() || node.quoted) return false;
  if (node.value == "true") {
    out = true;
    return true;
  }
  if (node.value == "false") {
    out = false;
    return true;
  }
  return false;
}

bool parse_number(const Node& node, double& out) {
  if (!node.is_scalar() || node.quoted || node.value.empty()) return false;
  const char* begin = node.value.data();
  const char* end = begin + node.value.size();
  if (*begin == '+' && ++begin != end && *begin == '-') return false;  // "+-3"
  double value = 0;
  auto [ptr, ec] = std::from_chars(begin, end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return false;
  out = value;
  return true;
}
using yaml::parse_integer;

std::string text(const Node& map, std::string_view key) {
  const Node* node = map.find(key);
  return node && node->is_scalar() ? node->value : std::string();
}

Bilingual bilingual(const Node& map, std::string_view key) {
  const Node* node = map.find(key);
  if (!node || !node->is_map()) return {};
  return Bilingual{text(*node, "nl"), text(*node, "en")};
}

long integer(const Node& map, std::string_view key, long fallback) {
  const Node* node = map.find(key);
  long value = 0;
  return node && parse_integer(*node, value) ? value : fallback;
}

std::vector<std::string> text_list(const Node& map, std::string_view key) {
  std::vector<std::string> out;
  for (const auto& item : items(map, key))
    if (item.is_scalar()) out.push_back(item.value);
  return out;
}

const std::vector<Node>& items(const Node& map, std::string_view key) {
  static const std::vector<Node> none;
  const Node* node = map.find(key);
  return node && node->is_sequence() ? node->items : none;
}

}  // namespace routekaart::yaml
