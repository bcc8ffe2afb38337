#include "io/csv.hpp"

#include <array>

namespace routekaart::io {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Walks the text and keeps the line and character column of the next byte.
struct Cursor {
  std::string_view text;
  std::size_t i = 0;
  int line = 1, column = 1;

  bool done() const { return i >= text.size(); }
  char peek() const { return i < text.size() ? text[i] : '\0'; }
  // True at a line end: LF, CRLF or a lone CR.
  bool at_line_end() const { return !done() && (text[i] == '\n' || text[i] == '\r'); }
  // Moves past one character, or past a whole line end.
  void advance() {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    if (text[i] == '\n' || text[i] == '\r') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    ++i;
    while (!done() && is_continuation(text[i])) ++i;
  }
  // The bytes from `from` to here.
  std::string_view since(std::size_t from) const { return text.substr(from, i - from); }
};

}  // namespace

char detect_separator(std::string_view text) {
  if (text.substr(0, 3) == kByteOrderMark) text.remove_prefix(3);
  constexpr std::array<char, 3> kSeparators{',', ';', '\t'};
  std::array<std::size_t, 3> counts{};
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    for (std::size_t k = 0; k < kSeparators.size(); ++k)
      if (c == kSeparators[k]) ++counts[k];
  }
  std::size_t best = 0;
  for (std::size_t k = 1; k < counts.size(); ++k)
    if (counts[k] > counts[best]) best = k;
  return kSeparators[best];
}

CsvTable parse_csv(std::string_view text) {
  CsvTable table;
  table.separator = detect_separator(text);
  if (text.substr(0, 3) == kByteOrderMark) text.remove_prefix(3);
  Cursor at{text};
  CsvRecord record;
  auto finish_record = [&] {
    const bool blank = record.fields.size() == 1 && record.fields[0].text.empty();
    if (!blank) table.records.push_back(std::move(record));
    record = CsvRecord{};
    record.line = at.line;
  };
  while (!at.done()) {
    CsvField field{"", at.line, at.column};
    if (at.peek() == '"') {
      at.advance();
      for (;;) {
        if (at.done()) {
          table.unclosed_quote = std::make_pair(field.line, field.column);
          return table;
        }
        if (at.peek() == '"') {
          at.advance();
          if (at.peek() != '"') break;  // the closing quote
        }
        const std::size_t from = at.i;
        at.advance();
        field.text += at.since(from);
      }
    }
    // Unquoted text, or what follows a closing quote up to the separator (kept, as Excel does).
    while (!at.done() && at.peek() != table.separator && !at.at_line_end()) {
      const std::size_t from = at.i;
      at.advance();
      field.text += at.since(from);
    }
    record.fields.push_back(std::move(field));
    if (at.done()) break;
    if (at.at_line_end()) {
      at.advance();
      finish_record();
      continue;
    }
    at.advance();  // the separator
    if (at.done()) record.fields.push_back(CsvField{"", at.line, at.column});
  }
  if (!record.fields.empty()) finish_record();
  return table;
}

std::string csv_field(std::string_view text, char separator) {
  if (text.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string_view::npos)
    return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

}  // namespace routekaart::io
