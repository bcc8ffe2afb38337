#include "render/escape.hpp"

#include "common/strings.hpp"

#include <fmt/format.h>

namespace routekaart::render {
namespace {

// One character of UTF-8 text, or one byte that is not UTF-8 (then `code` is the byte).
struct TextChar {
  char32_t code = 0;
  std::size_t size = 1;
  bool valid = true;
};

// The character at `at`; overlong forms, surrogates and code points above U+10FFFF are bytes
// that are not UTF-8, as in valid_utf8().
TextChar char_at(std::string_view text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) return {c, 1, true};
  std::size_t size = 0;
  char32_t code = 0;
  if (c >= 0xC2 && c <= 0xDF)
    size = 2, code = c & 0x1Fu;
  else if (c >= 0xE0 && c <= 0xEF)
    size = 3, code = c & 0x0Fu;
  else if (c >= 0xF0 && c <= 0xF4)
    size = 4, code = c & 0x07u;
  bool ok = size > 0 && at + size <= text.size();
  for (std::size_t k = 1; ok && k < size; ++k) {
    const auto next = static_cast<unsigned char>(text[at + k]);
    ok = (next & 0xC0u) == 0x80u;
    code = (code << 6) | (next & 0x3Fu);
  }
  if (ok && ((size == 3 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) ||
             (size == 4 && (code < 0x10000 || code > 0x10FFFF))))
    ok = false;
  if (!ok) return {c, 1, false};
  return {code, size, true};
}

bool is_bidi_control(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

// Characters no report shows as they are: controls (C0, DEL, C1), bidi controls, the Unicode
// line and paragraph separators, and the non-characters XML forbids.
bool is_hidden(char32_t c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || is_bidi_control(c) || c == 0x2028 ||
         c == 0x2029 || c == 0xFFFE || c == 0xFFFF;
}

// What .NET's Char.IsWhiteSpace accepts: the Actions runner trims these before it looks for
// "::" at the start of a line.
bool is_runner_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// \n, \r, \t, \xNN or \uNNNN.
std::string visible_form(TextChar ch) {
  if (ch.valid && ch.code == '\n') return "\\n";
  if (ch.valid && ch.code == '\r') return "\\r";
  if (ch.valid && ch.code == '\t') return "\\t";
  if (!ch.valid || ch.code < 0x20 || ch.code == 0x7F)
    return fmt::format("\\x{:02x}", static_cast<unsigned>(ch.code));
  return fmt::format("\\u{:04x}", static_cast<unsigned>(ch.code));
}

// What a medium writes for the characters that could start a workflow command or pass for a
// location: a colon that starts the text or precedes a digit, and the '[' of "##[".
struct Guards {
  std::string_view colon;
  std::string_view bracket;
};

// Walks `text`, writing hidden characters with `hidden`, the guarded colon and bracket with
// `guards`, and every other character with `plain`.
template <typename Hidden, typename Plain>
std::string escape_with(std::string_view text, const Guards& guards, Hidden hidden, Plain plain) {
  std::string out;
  out.reserve(text.size() + 8);
  bool at_start = true;  // only white space the runner trims, and that is shown as it is
  for (std::size_t i = 0; i < text.size();) {
    const TextChar ch = char_at(text, i);
    const bool digit_next = i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9';
    if (!ch.valid || is_hidden(ch.code))
      hidden(out, ch);
    else if (ch.code == ':' && (at_start || digit_next))
      out += guards.colon;
    else if (ch.code == '[' && i >= 2 && text[i - 1] == '#' && text[i - 2] == '#')
      out += guards.bracket;
    else
      plain(out, ch, text.substr(i, ch.size));
    at_start = at_start && ch.valid && is_runner_space(ch.code) && !is_hidden(ch.code);
    i += ch.size;
  }
  return out;
}

void append_raw(std::string& out, TextChar, std::string_view raw) {
  out += raw;
}

void append_visible(std::string& out, TextChar ch) {
  out += visible_form(ch);
}

// XML text; `lines`: a block of lines the program wrote, whose values are escaped already, so
// its line breaks and its own colons and brackets stay.
std::string escape_xml_text(std::string_view text, bool lines) {
  return escape_with(
      text, lines ? Guards{":", "["} : Guards{"&#58;", "&#91;"},
      [&](std::string& out, TextChar ch) {
        if (!ch.valid)
          out += "\xEF\xBF\xBD";
        else if (lines && ch.code == '\n')
          out += '\n';
        else
          out += visible_form(ch);
      },
      [](std::string& out, TextChar ch, std::string_view raw) {
        switch (ch.code) {
          case '&':
            out += "&amp;";
            break;
          case '<':
            out += "&lt;";
            break;
          case '>':
            out += "&gt;";
            break;
          case '"':
            out += "&quot;";
            break;
          case '\'':
            out += "&#39;";
            break;
          default:
            out += raw;
        }
      });
}

}  // namespace

std::string escape_visible(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const TextChar ch = char_at(text, i);
    if (!ch.valid || is_hidden(ch.code))
      out += visible_form(ch);
    else
      out += text.substr(i, ch.size);
    i += ch.size;
  }
  return out;
}

std::string escape_terminal(std::string_view text) {
  return escape_with(text, {"\\x3a", "\\x5b"}, append_visible, append_raw);
}

std::string escape_json(std::string_view text) {
  return escape_with(
      text, {"\\u003a", "\\u005b"},
      [](std::string& out, TextChar ch) {
        if (!ch.valid)
          out += "\xEF\xBF\xBD";
        else if (ch.code == '\n')
          out += "\\n";
        else if (ch.code == '\r')
          out += "\\r";
        else if (ch.code == '\t')
          out += "\\t";
        else
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(ch.code));
      },
      [](std::string& out, TextChar ch, std::string_view raw) {
        if (ch.code == '"' || ch.code == '\\') out += '\\';
        out += raw;
      });
}

std::string escape_xml(std::string_view text) {
  return escape_xml_text(text, false);
}

std::string escape_xml_lines(std::string_view text) {
  return escape_xml_text(text, true);
}

std::string escape_markdown(std::string_view text) {
  return escape_with(
      one_line(text), {"&#58;", "\\["},
      [](std::string& out, TextChar ch) {
        // The visible form's backslash escaped, so that the page shows it.
        out += '\\';
        out += visible_form(ch);
      },
      [](std::string& out, TextChar ch, std::string_view raw) {
        if (ch.code < 0x80 &&
            std::string_view("\\`*_{}[]<>()#+-!|~").find(static_cast<char>(ch.code)) !=
                std::string_view::npos)
          out += '\\';
        out += raw;
      });
}

std::string escape_markdown_cell(std::string_view text) {
  std::string out = escape_markdown(text);
  return out.empty() ? " " : out;
}

std::string escape_mermaid(std::string_view text) {
  return escape_with(one_line(text), {"#58;", "#91;"}, append_visible,
                     [](std::string& out, TextChar ch, std::string_view raw) {
                       switch (ch.code) {
                         case '"':
                           out += "#quot;";
                           break;
                         case '<':
                           out += "#lt;";
                           break;
                         case '>':
                           out += "#gt;";
                           break;
                         case '#':
                           out += "#35;";
                           break;
                         case '&':
                           out += "#amp;";
                           break;
                         case '`':
                           out += "#96;";
                           break;
                         case '|':
                           out += "#124;";
                           break;
                         default:
                           out += raw;
                       }
                     });
}

std::string yaml_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : valid_utf8(text)) {
    if (c == '"' || c == '\\')
      out += '\\', out += c;
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
    else
      out += c;
  }
  return out + "\"";
}

std::string escape_github_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string escape_github_property(std::string_view text) {
  std::string out;
  for (char c : escape_github_data(text)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

}  // namespace routekaart::render
