#include "yaml/read.hpp"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace routekaart::yaml {

bool parse_integer(const Node& node, std::int64_t& out) {
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

bool parse_decimal(std::string_view text, double& out) {
  // The form std::from_chars accepts for a finite number: an optional '-', digits with at most one
  // point (at least one digit), and an optional exponent with digits.
  std::size_t i = 0;
  const auto digits = [&] {
    const std::size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    return i - start;
  };
  if (i < text.size() && text[i] == '-') ++i;
  const std::size_t mantissa_start = i;
  std::size_t count = digits();
  if (i < text.size() && text[i] == '.') {
    ++i;
    count += digits();
  }
  if (count == 0) return false;
  const std::string_view mantissa = text.substr(mantissa_start, i - mantissa_start);
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    if (digits() == 0) return false;
  }
  if (i != text.size()) return false;
  // strtod needs a terminated string; it reads '.' as the point in the C locale, and routekaart
  // never sets another.
  const std::string copy(text);
  errno = 0;
  const double value = std::strtod(copy.c_str(), nullptr);
  // Too large; or so small that it became 0 although a digit is not 0 (from_chars calls both out
  // of range). A subnormal value is kept, as from_chars keeps it.
  if (!std::isfinite(value)) return false;
  if (value == 0 && mantissa.find_first_of("123456789") != std::string_view::npos) return false;
  out = value;
  return true;
}

bool parse_number(const Node& node, double& out) {
  if (!node.is_scalar() || node.quoted || node.value.empty()) return false;
  const char* begin = node.value.data();
  const char* end = begin + node.value.size();
  if (*begin == '+' && ++begin != end && *begin == '-') return false;  // "+-3"
#if defined(__cpp_lib_to_chars) && __cpp_lib_to_chars >= 201611L
  double value = 0;
  auto [ptr, ec] = std::from_chars(begin, end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return false;
  out = value;
  return true;
#else
  // libc++ 14 (emscripten's, for the browser edition) cannot read decimals with from_chars.
  return parse_decimal(std::string_view(begin, static_cast<std::size_t>(end - begin)), out);
#endif
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

std::int64_t integer(const Node& map, std::string_view key, std::int64_t fallback) {
  const Node* node = map.find(key);
  std::int64_t value = 0;
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
