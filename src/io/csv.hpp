#pragma once
// Reading CSV as spreadsheets and form tools write it (RFC 4180 and what Excel does besides):
// a comma, semicolon (Dutch Excel) or tab between fields, fields in double quotes that may hold
// separators, quotes ("") and line breaks, CRLF, LF or CR line ends.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace routekaart::io {

struct CsvField {
  std::string text;  // without the quotes, "" turned into "
  int line = 1;      // where the field starts: 1-based line
  int column = 1;    // and 1-based column, in characters
};

struct CsvRecord {
  std::vector<CsvField> fields;
  int line = 1;  // the line it starts on
};

struct CsvTable {
  char separator = ',';
  std::vector<CsvRecord> records;  // records that hold nothing (blank lines) are left out
  /// Where a quoted field starts that is never closed (its line and column); the records before
  /// it are kept.
  std::optional<std::pair<int, int>> unclosed_quote;
};

/// The separator of a CSV text: of comma, semicolon and tab the one that occurs most often in
/// the first record outside quotes; a comma when none does.
char detect_separator(std::string_view text);

/// Splits `text` (UTF-8, a byte-order mark allowed) into records and fields with the separator
/// detect_separator finds.
CsvTable parse_csv(std::string_view text);

/// `text` as a CSV field: in quotes (with quotes doubled) when it holds the separator, a quote or
/// a line break.
std::string csv_field(std::string_view text, char separator);

}  // namespace routekaart::io
