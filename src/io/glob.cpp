#include "io/glob.hpp"

#include <string_view>

namespace routekaart::io {
namespace {

// The bracket expression at the start of `pattern` ("[abc]", "[!a-z]", "[]x]"): whether it
// matches `c`, and in `length` how many characters it takes up (0 when it is not closed, and the
// '[' is then an ordinary character).
bool bracket_matches(std::string_view pattern, char c, std::size_t& length) {
  std::size_t i = 1;
  const bool negated = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
  if (negated) ++i;
  // The next character of the set, '\' making the one after it ordinary.
  auto next = [&]() {
    if (pattern[i] == '\\' && i + 1 < pattern.size()) ++i;
    return static_cast<unsigned char>(pattern[i++]);
  };
  const auto wanted = static_cast<unsigned char>(c);
  bool matched = false;
  for (bool first = true; i < pattern.size() && (first || pattern[i] != ']'); first = false) {
    const unsigned char low = next();
    unsigned char high = low;
    if (i + 1 < pattern.size() && pattern[i] == '-' && pattern[i + 1] != ']') {
      ++i;
      high = next();
    }
    if (low <= wanted && wanted <= high) matched = true;
  }
  if (i >= pattern.size()) {
    length = 0;
    return false;
  }
  length = i + 1;
  return matched != negated;
}

// fnmatch(3) without flags, byte by byte: '*' any text ('/' included), '?' any one character,
// [...] one of a set, '\' makes the next character ordinary. The same on every system.
bool match(std::string_view pattern, std::string_view text) {
  std::size_t p = 0, t = 0;
  std::size_t star = std::string_view::npos, star_text = 0;  // the last '*', for backtracking
  while (t < text.size()) {
    if (p < pattern.size()) {
      const char c = pattern[p];
      if (c == '*') {
        star = p++;
        star_text = t;
        continue;
      }
      std::size_t length = 1;
      bool ok = false;
      if (c == '?') {
        ok = true;
      } else if (c == '[') {
        ok = bracket_matches(pattern.substr(p), text[t], length);
        if (length == 0) {  // not closed: an ordinary '['
          length = 1;
          ok = text[t] == '[';
        }
      } else if (c == '\\' && p + 1 < pattern.size()) {
        ok = pattern[p + 1] == text[t];
        length = 2;
      } else {
        ok = c == text[t];
      }
      if (ok) {
        p += length;
        ++t;
        continue;
      }
    }
    if (star == std::string_view::npos) return false;
    p = star + 1;
    t = ++star_text;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace

bool glob_match(const std::string& pattern, const std::string& path) {
  if (match(pattern, path)) return true;
  // "**/" may also stand for no folder at all.
  for (std::size_t at = pattern.find("**/"); at != std::string::npos;
       at = pattern.find("**/", at + 1)) {
    std::string shorter = pattern.substr(0, at) + pattern.substr(at + 3);
    if (glob_match(shorter, path)) return true;
  }
  return false;
}

}  // namespace routekaart::io
