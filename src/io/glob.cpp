#include "io/glob.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

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

// One element of a pattern.
struct GlobToken {
  enum Kind { literal, any, set, star, folders } kind;
  char c = 0;          // literal
  std::size_t at = 0;  // set: where its '[' is in the pattern
};

// The pattern as tokens: '*' any text ('/' included), '?' any one character, [...] one of a set,
// '\' makes the next character ordinary, and "**/" is `folders`, `star` and a literal '/': any
// text ending in '/', or, by the way `folders` offers past all three, nothing at all.
std::vector<GlobToken> tokenise(std::string_view pattern) {
  std::vector<GlobToken> out;
  for (std::size_t p = 0; p < pattern.size();) {
    const char c = pattern[p];
    std::size_t length = 0;
    if (pattern.substr(p, 3) == "**/") {
      out.push_back({GlobToken::folders});
      out.push_back({GlobToken::star});
      out.push_back({GlobToken::literal, '/'});
      p += 3;
    } else if (c == '*') {
      out.push_back({GlobToken::star});
      ++p;
    } else if (c == '?') {
      out.push_back({GlobToken::any});
      ++p;
    } else if (c == '[' && (bracket_matches(pattern.substr(p), 0, length), length > 0)) {
      out.push_back({GlobToken::set, 0, p});
      p += length;
    } else if (c == '\\' && p + 1 < pattern.size()) {
      out.push_back({GlobToken::literal, pattern[p + 1]});
      p += 2;
    } else {  // an ordinary character, or a '[' that is not closed
      out.push_back({GlobToken::literal, c});
      ++p;
    }
  }
  return out;
}

// fnmatch(3) without flags, byte by byte, plus "**/" (see tokenise). The same on every system.
// The pattern is run as a set of positions in it, all at once (no backtracking), so the time is
// at most the pattern's length times the path's, whatever the pattern.
bool match(std::string_view pattern, std::string_view text) {
  const std::vector<GlobToken> tokens = tokenise(pattern);
  const std::size_t n = tokens.size();
  // Adds the positions reachable without reading a character: past a '*' (it may match nothing)
  // and past all of "**/" (it may stand for no folder). Such steps only go forward, so one pass
  // does it.
  auto close = [&](std::vector<char>& at) {
    for (std::size_t i = 0; i < n; ++i) {
      if (!at[i]) continue;
      if (tokens[i].kind == GlobToken::star) at[i + 1] = 1;
      if (tokens[i].kind == GlobToken::folders) at[i + 1] = at[i + 3] = 1;
    }
  };
  std::vector<char> now(n + 1, 0), next(n + 1, 0);
  now[0] = 1;
  close(now);
  for (const char c : text) {
    std::fill(next.begin(), next.end(), 0);
    bool alive = false;
    for (std::size_t i = 0; i < n; ++i) {
      if (!now[i]) continue;
      alive = true;
      const GlobToken& t = tokens[i];
      std::size_t length = 0;
      switch (t.kind) {
        case GlobToken::folders:  // reads nothing itself
          break;
        case GlobToken::star:
          next[i] = 1;  // takes this character and stays
          break;
        case GlobToken::any:
          next[i + 1] = 1;
          break;
        case GlobToken::literal:
          if (t.c == c) next[i + 1] = 1;
          break;
        case GlobToken::set:
          if (bracket_matches(pattern.substr(t.at), c, length)) next[i + 1] = 1;
          break;
      }
    }
    if (!alive) return false;
    close(next);
    now.swap(next);
  }
  return now[n] != 0;
}

}  // namespace

bool glob_match(const std::string& pattern, const std::string& path) {
  return match(pattern, path);
}

}  // namespace routekaart::io
