#include "yaml/diagnose.hpp"

#include <fmt/format.h>
#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <array>
#include <vector>

#include "common/strings.hpp"
#include "generated/texts/yaml.hpp"

namespace routekaart::yaml {
namespace {

constexpr auto npos = std::string_view::npos;

// The code point at text[i] and its length in bytes; an invalid byte is U+FFFD of length 1.
char32_t code_point_at(std::string_view text, std::size_t i, std::size_t& length) {
  const auto c = static_cast<unsigned char>(text[i]);
  length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    length = 1;
    return 0xFFFD;
  }
  char32_t code = length == 1 ? c : c & (0xFFu >> (length + 1));
  for (std::size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    if ((next & 0xC0) != 0x80) {
      length = 1;
      return 0xFFFD;
    }
    code = (code << 6) | (next & 0x3Fu);
  }
  return code;
}

// The words of an odd space, or nullopt for any other code point.
std::optional<Message> odd_space_name(char32_t c) {
  const std::string code = fmt::format("U+{:04X}", static_cast<unsigned>(c));
  if (c == 0xA0) return texts::space_nbsp{.code = code};
  if (c == 0x202F) return texts::space_narrow{.code = code};
  if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF)
    return texts::space_invisible{.code = code};
  if ((c >= 0x2000 && c <= 0x200A) || c == 0x1680 || c == 0x205F || c == 0x3000)
    return texts::space_other{.code = code};
  return std::nullopt;
}

// The opening curly quotes Word types, and the closing ones that may end such a text.
constexpr std::array<std::string_view, 5> kOpeningQuotes{"\u201C", "\u2018", "\u201E", "\u201A",
                                                         "\u00AB"};
constexpr std::array<std::string_view, 5> kClosingQuotes{"\u201D", "\u2019", "\u201C", "\u2018",
                                                         "\u00BB"};

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = text.find('\n', start);
    if (end == npos) {
      out.push_back(text.substr(start));
      return out;
    }
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

std::size_t indent_of(std::string_view line) {
  const std::size_t i = line.find_first_not_of(' ');
  return i == npos ? line.size() : i;
}

// Not blank and not a comment.
bool is_content(std::string_view line) {
  const std::size_t i = line.find_first_not_of(" \t");
  return i != npos && line[i] != '#';
}

// The 1-based column of byte `offset` of `line`, counting characters.
int column_at(std::string_view line, std::size_t offset) {
  return static_cast<int>(display_width(line.substr(0, std::min(offset, line.size())))) + 1;
}

// Where the content of a line starts: after the indentation and any "- " of list items.
std::size_t content_start(std::string_view line) {
  std::size_t i = indent_of(line);
  while (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ') {
    i += 2;
    while (i < line.size() && line[i] == ' ') ++i;
  }
  return i;
}

// A line `key: value`: where its key, its colon and its value (npos when none) start.
struct KeyLine {
  std::size_t key = 0, colon = 0, value = npos;
};

std::optional<KeyLine> key_line(std::string_view line) {
  const std::size_t start = content_start(line);
  if (start >= line.size() || std::string_view("\"'[{#").find(line[start]) != npos)
    return std::nullopt;
  for (std::size_t c = start; c < line.size(); ++c) {
    if (line[c] == '#' && c > start && line[c - 1] == ' ') return std::nullopt;  // a comment
    if (line[c] == ':' && (c + 1 == line.size() || line[c + 1] == ' ' || line[c + 1] == '\t')) {
      KeyLine k{start, c, npos};
      const std::size_t v = line.find_first_not_of(" \t", c + 1);
      if (v != npos && line[v] != '#') k.value = v;
      return k;
    }
  }
  return std::nullopt;
}

std::string_view trim_end(std::string_view text) {
  const std::size_t end = text.find_last_not_of(" \t");
  return end == npos ? std::string_view() : text.substr(0, end + 1);
}

// A line's value up to a comment, without trailing spaces.
std::string_view value_text(std::string_view line, std::size_t value) {
  std::string_view v = line.substr(value);
  if (const std::size_t comment = v.find(" #"); comment != npos) v = v.substr(0, comment);
  return trim_end(v);
}

// "status:" for a key line, else the start of the line's content: how a hint names a line.
std::string line_label(std::string_view line) {
  if (const auto k = key_line(line)) return std::string(line.substr(k->key, k->colon - k->key + 1));
  const std::string_view content = trim_end(line.substr(indent_of(line)));
  std::string out;
  for (std::size_t i = 0, count = 0; i < content.size(); ++count) {
    std::size_t length = 0;
    code_point_at(content, i, length);
    if (count == 24) return out + "\u2026";
    out.append(content.substr(i, length));
    i += length;
  }
  return out;
}

// The last few words of `text` (for "YAML reads 'Let op:' as a key").
std::string last_words(std::string_view text) {
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = text.find_first_not_of(' ', i);
    if (start == npos) break;
    const std::size_t end = std::min(text.find(' ', start), text.size());
    words.push_back(text.substr(start, end - start));
    i = end;
  }
  const std::size_t first = words.size() > 4 ? words.size() - 4 : 0;
  const std::vector<std::string_view> last(words.begin() + static_cast<std::ptrdiff_t>(first),
                                           words.end());
  return fmt::format("{}", fmt::join(last, " "));
}

// `text` between single quotes, a ' inside written twice.
std::string single_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

struct Explanation {
  Mark mark;
  Message problem;
  std::vector<Message> hint;
};

class Explainer {
 public:
  Explainer(std::string_view text, Mark at, std::string_view parser_message)
      : lines_(split_lines(text)), at_(at), message_(parser_message) {}

  std::optional<Explanation> explain() const {
    if (at_.line < 1 || static_cast<std::size_t>(at_.line) > lines_.size()) return std::nullopt;
    const std::string_view l = line(at_.line);
    const std::size_t offset =
        std::min(static_cast<std::size_t>(std::max(at_.column, 1) - 1), l.size());
    // Lines that end in CR alone (old Mac files): the parser sees one long line.
    if (l.find('\r') != npos)
      return Explanation{Mark{at_.line, 1}, texts::yaml_cr_only{}, {texts::yaml_cr_only_hint{}}};
    if (auto e = tab(l)) return e;
    if (auto e = odd_space(l, offset)) return e;
    if (auto e = curly(at_.line)) return e;
    if (is(YAML::ErrorMsg::EOF_IN_SCALAR)) return unclosed_quote(l, offset);
    if (is(YAML::ErrorMsg::END_OF_SEQ_FLOW) || is(YAML::ErrorMsg::END_OF_MAP_FLOW))
      return unclosed_bracket();
    const std::string_view escape = YAML::ErrorMsg::INVALID_ESCAPE;
    if (message_.substr(0, escape.size()) == escape) {
      // The parser stops after the code; the mistake is at its backslash.
      const std::string character(message_.substr(escape.size()));
      const std::size_t backslash = l.rfind("\\" + character, offset);
      return at(at_.line, backslash == npos ? offset : backslash,
                texts::yaml_escape{.character = character}, {texts::yaml_escape_hint{}});
    }
    if (is(YAML::ErrorMsg::MAP_VALUE))
      if (auto e = map_value(l, offset)) return e;
    if (is(YAML::ErrorMsg::MAP_VALUE) || is(YAML::ErrorMsg::END_OF_MAP) ||
        is(YAML::ErrorMsg::END_OF_SEQ) || is(YAML::ErrorMsg::BLOCK_ENTRY) ||
        is(YAML::ErrorMsg::UNKNOWN_TOKEN) || is(YAML::ErrorMsg::MAP_KEY))
      return offset > content_start(l) ? inside_line(l, offset) : indentation(l);
    return std::nullopt;
  }

 private:
  bool is(const char* message) const { return message_ == message; }

  std::string_view line(int number) const { return lines_[static_cast<std::size_t>(number - 1)]; }

  // The nearest line above `number` with content; 0 when there is none.
  int previous_content(int number) const {
    for (int n = number - 1; n >= 1; --n)
      if (is_content(line(n))) return n;
    return 0;
  }

  Explanation at(int number, std::size_t offset, Message problem, std::vector<Message> hint) const {
    return Explanation{Mark{number, column_at(line(number), offset)}, std::move(problem),
                       std::move(hint)};
  }

  // A tab in the indentation of the line (yaml-cpp says so for some tabs, not for all).
  std::optional<Explanation> tab(std::string_view l) const {
    const std::size_t content = l.find_first_not_of(" \t");
    const std::size_t tab = l.substr(0, content).find('\t');
    if (tab != npos) return at(at_.line, tab, texts::yaml_tab{}, {texts::yaml_tab_hint{}});
    if (!is(YAML::ErrorMsg::TAB_IN_INDENTATION)) return std::nullopt;
    return Explanation{at_, texts::yaml_tab{}, {texts::yaml_tab_hint{}}};
  }

  // An odd space on the line up to where the parser stopped, or, when it stopped at the start
  // of this line's key, in the indentation or around the colon of the line above (whose text
  // then ran on into this line).
  std::optional<Explanation> odd_space(std::string_view l, std::size_t offset) const {
    if (auto odd = find_odd_space(l.substr(0, std::min(l.size(), offset + 4))))
      return at(at_.line, odd->offset, texts::yaml_odd_space{.space = odd->name},
                {texts::yaml_odd_space_hint{}});
    const int p = previous_content(at_.line);
    if (p == 0) return std::nullopt;
    const std::string_view above = line(p);
    const auto odd = find_odd_space(above);
    if (!odd) return std::nullopt;
    const std::size_t colon = above.find(':');
    const bool structural =
        odd->offset < indent_of(above) + 1 ||
        (colon != npos && (odd->offset == colon + 1 || odd->offset + odd->length == colon));
    if (!structural) return std::nullopt;
    return at(p, odd->offset, texts::yaml_odd_space{.space = odd->name},
              {texts::yaml_odd_space_hint{}});
  }

  // A value (or a list item) that starts with a curly quote, on the line or the one above.
  std::optional<Explanation> curly(int number) const {
    for (int n : {number, previous_content(number)}) {
      if (n == 0) continue;
      const std::string_view l = line(n);
      const auto k = key_line(l);
      const std::size_t start = k && k->value != npos ? k->value : content_start(l);
      if (start >= l.size()) continue;
      const std::string_view rest = value_text(l, start);
      for (std::string_view opening : kOpeningQuotes) {
        if (rest.substr(0, opening.size()) != opening) continue;
        std::string_view inner = rest.substr(opening.size());
        for (std::string_view closing : kClosingQuotes)
          if (inner.ends_with(closing)) {
            inner.remove_suffix(closing.size());
            break;
          }
        const std::string fixed =
            std::string(l.substr(indent_of(l), start - indent_of(l))) + quoted(inner);
        return at(n, start, texts::yaml_curly_quotes{.quote = std::string(opening)},
                  {texts::yaml_curly_quotes_hint{.fixed = fixed}});
      }
    }
    return std::nullopt;
  }

  // The parser found ": " where no key may start.
  std::optional<Explanation> map_value(std::string_view l, std::size_t offset) const {
    const auto k = key_line(l);
    if (k && k->value != npos && k->colon < offset) {
      // A colon inside the value of this line's key.
      const std::string fixed =
          std::string(l.substr(k->key, k->value - k->key)) + quoted(value_text(l, k->value));
      return at(
          at_.line, offset,
          texts::yaml_colon_in_text{.words = last_words(l.substr(k->value, offset - k->value))},
          {texts::yaml_quote_text_hint{.fixed = fixed}});
    }
    // The colon is this line's own: the line above ran on into it.
    const int p = previous_content(at_.line);
    if (p == 0) return std::nullopt;
    const std::string_view above = line(p);
    const auto above_key = key_line(above);
    if (!above_key) {
      const std::size_t start = content_start(above);
      const std::size_t colon = above.find(':', start);
      if (colon == npos) return missing_colon(p);
      if (colon + 1 >= above.size() || above[colon + 1] == ' ') return std::nullopt;
      const std::string key(above.substr(start, colon - start));
      const std::string fixed =
          std::string(above.substr(indent_of(above), colon + 1 - indent_of(above))) + " " +
          std::string(value_text(above, colon + 1));
      return at(p, colon + 1, texts::yaml_colon_space{.key = key},
                {texts::yaml_colon_space_hint{.fixed = fixed}});
    }
    if (above_key->value != npos && indent_of(l) > indent_of(above)) {
      const std::string key(above.substr(above_key->key, above_key->colon - above_key->key));
      return at(at_.line, indent_of(l), texts::yaml_indent_deeper{.key = key, .line = p},
                {indent_like(p)});
    }
    return std::nullopt;
  }

  // Line `number` has no colon at all ("summary Een klas"): YAML read it as text that runs on
  // into the next line, whose colon it then cannot place.
  std::optional<Explanation> missing_colon(int number) const {
    const std::string_view l = line(number);
    const std::size_t start = content_start(l);
    const std::size_t space = l.find(' ', start);
    if (start >= l.size() || space == npos || l[start] == '-') return std::nullopt;
    const std::string fixed = std::string(l.substr(indent_of(l), space - indent_of(l))) + ":" +
                              std::string(value_text(l, space));
    return at(number, space, texts::yaml_missing_colon{},
              {texts::yaml_missing_colon_hint{.fixed = fixed,
                                              .key = std::string(l.substr(start, space - start))}});
  }

  // "indent it by 4 spaces, like 'status:' on line 6" (or "start it at the beginning ...").
  Message indent_like(int number) const {
    const std::size_t spaces = indent_of(line(number));
    if (spaces == 0)
      return texts::yaml_indent_start{.key = line_label(line(number)), .line = number};
    return texts::yaml_indent_like{
        .key = line_label(line(number)), .line = number, .spaces = spaces};
  }

  // The parser stopped inside the line: a quoted text that ends early, or a text that starts with
  // a character YAML reads as something else.
  std::optional<Explanation> inside_line(std::string_view l, std::size_t offset) const {
    const auto k = key_line(l);
    const std::size_t v = k && k->value != npos ? k->value : content_start(l);
    if (v >= l.size() || v > offset) return std::nullopt;
    const std::string lead(l.substr(indent_of(l), v - indent_of(l)));
    const char first = l[v];
    const std::string_view value = value_text(l, v);
    if (first == '"' || first == '\'') {
      // Where the quoted text ends; the writer ended it with the last quote of the line.
      std::size_t end = v + 1;
      for (; end < l.size(); ++end) {
        if (first == '"' && l[end] == '\\') {
          ++end;
        } else if (l[end] == first) {
          if (first == '\'' && end + 1 < l.size() && l[end + 1] == '\'') {
            ++end;
            continue;
          }
          break;
        }
      }
      if (end >= l.size() || value.size() < 2 || value.back() != first) return std::nullopt;
      const std::string_view inner = value.substr(1, value.size() - 2);
      const std::string fixed = lead + (first == '"' ? single_quoted(inner) : quoted(inner));
      const std::string quote(1, first);
      return at(at_.line, end, texts::yaml_quote_inside{.quote = quote},
                {texts::yaml_quote_inside_hint{.fixed = fixed, .quote = quote}});
    }
    if (std::string_view("[{@`%!&*|>").find(first) != npos ||
        (first == '-' && v + 1 < l.size() && l[v + 1] == ' ')) {
      const std::string character = first == '-' ? "'- '" : std::string(1, first);
      return at(at_.line, v, texts::yaml_indicator_start{.character = character},
                {texts::yaml_quote_text_hint{.fixed = lead + quoted(value)}});
    }
    return std::nullopt;
  }

  // The line starts at an indentation that no open level above it has.
  std::optional<Explanation> indentation(std::string_view l) const {
    const std::size_t indent = indent_of(l);
    // The levels open above: the indentation of the nearest line, then each smaller one; the
    // nearest deeper and the nearest shallower one are where the line may belong.
    int deeper = 0, shallower = 0;
    std::size_t last = npos;
    for (int n = at_.line - 1; n >= 1; --n) {
      if (!is_content(line(n))) continue;
      const std::size_t level = indent_of(line(n));
      if (last != npos && level >= last) continue;
      last = level;
      if (level == indent) return std::nullopt;  // it lines up: not an indentation mistake
      if (level > indent) deeper = n;
      if (level < indent) {
        shallower = n;
        break;
      }
    }
    if (deeper == 0 && shallower == 0) return std::nullopt;
    std::vector<Message> hint;
    if (deeper != 0) hint.push_back(indent_like(deeper));
    if (deeper != 0 && shallower != 0) hint.push_back(texts::yaml_indent_or{});
    if (shallower != 0) hint.push_back(indent_like(shallower));
    return at(at_.line, indent, texts::yaml_indent_mismatch{}, std::move(hint));
  }

  // A quote that opens a text and is never closed (the parser points at it).
  std::optional<Explanation> unclosed_quote(std::string_view l, std::size_t offset) const {
    auto is_quote = [&](std::size_t i) { return i < l.size() && (l[i] == '"' || l[i] == '\''); };
    if (!is_quote(offset)) {
      // The parser may point past the end of the line: the quote starts the line's value.
      const auto k = key_line(l);
      offset = k && k->value != npos ? k->value : content_start(l);
      if (!is_quote(offset)) return std::nullopt;
    }
    std::string_view rest = value_text(l, offset + 1);
    for (std::string_view closing : kClosingQuotes)
      if (rest.ends_with(closing)) rest.remove_suffix(closing.size());
    const std::string quote(1, l[offset]);
    const std::string fixed = std::string(l.substr(indent_of(l), offset - indent_of(l))) + quote +
                              std::string(rest) + quote;
    return at(at_.line, offset, texts::yaml_unclosed_quote{.quote = quote},
              {texts::yaml_unclosed_quote_hint{.fixed = fixed}});
  }

  // A [ or { that is never closed: the last one opened before the place the parser stopped.
  std::optional<Explanation> unclosed_bracket() const {
    for (int n = at_.line; n >= 1; --n) {
      const std::string_view l = line(n);
      const std::size_t limit = n == at_.line ? static_cast<std::size_t>(at_.column) : l.size();
      const std::size_t open = l.substr(0, std::min(limit, l.size())).find_last_of("[{");
      if (open == npos) continue;
      const bool square = l[open] == '[';
      return at(n, open, texts::yaml_unclosed_bracket{.bracket = square ? "[" : "{"},
                {texts::yaml_unclosed_bracket_hint{.closing = square ? "]" : "}"}});
    }
    return std::nullopt;
  }

  std::vector<std::string_view> lines_;
  Mark at_;
  std::string_view message_;
};

}  // namespace

std::optional<OddSpace> find_odd_space(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 1;
    const char32_t c = static_cast<unsigned char>(text[i]) < 0x80 ? static_cast<char32_t>(text[i])
                                                                  : code_point_at(text, i, length);
    if (auto name = odd_space_name(c)) return OddSpace{i, length, std::move(*name)};
    i += length;
  }
  return std::nullopt;
}

std::optional<std::string_view> curly_quote(std::string_view text) {
  for (std::string_view opening : kOpeningQuotes) {
    if (text.substr(0, opening.size()) != opening) continue;
    for (std::string_view closing : kClosingQuotes)
      if (text.size() >= opening.size() + closing.size() && text.ends_with(closing)) return opening;
  }
  return std::nullopt;
}

std::string quoted(std::string_view text) {
  std::string shown;
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    std::size_t length = 1;
    code_point_at(text, i, length);
    if (count == 60) {
      shown += "\u2026";
      break;
    }
    shown.append(text.substr(i, length));
    i += length;
  }
  if (shown.find('"') == std::string::npos && shown.find('\\') == std::string::npos)
    return "\"" + shown + "\"";
  return single_quoted(shown);
}

Diagnostic syntax_error(const std::string& path, std::string_view text, Mark at,
                        std::string_view parser_message, Arg parser_problem) {
  if (auto e = Explainer(text, at, parser_message).explain())
    return Diagnostic{
        RuleId::RK001,         Severity::error,    Location{path, e->mark.line, e->mark.column},
        std::move(e->problem), std::move(e->hint), 0};
  // `at` counts bytes; a finding's column counts characters.
  int column = at.column;
  if (const auto lines = split_lines(text);
      at.line >= 1 && static_cast<std::size_t>(at.line) <= lines.size()) {
    const std::string_view l = lines[static_cast<std::size_t>(at.line - 1)];
    column = column_at(l, std::min(static_cast<std::size_t>(std::max(at.column, 1) - 1), l.size()));
  }
  return Diagnostic{RuleId::RK001,
                    Severity::error,
                    Location{path, at.line, column},
                    texts::yaml_syntax{.problem = std::move(parser_problem)},
                    {texts::yaml_syntax_hint{}},
                    0};
}

}  // namespace routekaart::yaml
