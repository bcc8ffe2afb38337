// io/csv: reading CSV as spreadsheets and form tools write it, and writing one field.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "io/csv.hpp"

using routekaart::io::csv_field;
using routekaart::io::CsvTable;
using routekaart::io::detect_separator;
using routekaart::io::parse_csv;

namespace {

// The texts of each record's fields.
std::vector<std::vector<std::string>> texts_of(const CsvTable& table) {
  std::vector<std::vector<std::string>> out;
  for (const auto& record : table.records) {
    out.emplace_back();
    for (const auto& field : record.fields) out.back().push_back(field.text);
  }
  return out;
}

}  // namespace

TEST_CASE("detect_separator: the most frequent of comma, semicolon and tab in the first line") {
  CHECK(detect_separator("a,b,c\n1;2;3;4;5\n") == ',');
  CHECK(detect_separator("a;b;c\n") == ';');
  CHECK(detect_separator("\xEF\xBB\xBF"
                         "a\tb\n") == '\t');
  // separators inside quotes do not count
  CHECK(detect_separator("\"x,y,z\";b;c\n") == ';');
  CHECK(detect_separator("heading\n") == ',');
  CHECK(detect_separator("") == ',');
}

TEST_CASE("parse_csv: fields, quotes, doubled quotes and line breaks inside quotes") {
  const CsvTable t = parse_csv("name,remark\r\nAnna,\"says \"\"hi\"\", then\r\nleaves\"\r\n");
  CHECK(t.separator == ',');
  CHECK_FALSE(t.unclosed_quote);
  CHECK(texts_of(t) == std::vector<std::vector<std::string>>{
                           {"name", "remark"}, {"Anna", "says \"hi\", then\r\nleaves"}});
  REQUIRE(t.records.size() == 2);
  CHECK(t.records[1].line == 2);
  CHECK(t.records[1].fields[1].line == 2);
  CHECK(t.records[1].fields[1].column == 6);
}

TEST_CASE("parse_csv: semicolons, a byte-order mark, LF and CR line ends, blank lines left out") {
  const CsvTable t = parse_csv(
      "\xEF\xBB\xBF"
      "a;b\n\n1;2\r3;\n");
  CHECK(t.separator == ';');
  CHECK(texts_of(t) == std::vector<std::vector<std::string>>{{"a", "b"}, {"1", "2"}, {"3", ""}});
  REQUIRE(t.records.size() == 3);
  CHECK(t.records[1].line == 3);
  CHECK(t.records[2].line == 4);
}

TEST_CASE("parse_csv: columns count characters, not bytes") {
  const CsvTable t = parse_csv("één,twee\n");
  REQUIRE(t.records.size() == 1);
  REQUIRE(t.records[0].fields.size() == 2);
  CHECK(t.records[0].fields[1].column == 5);
}

TEST_CASE("parse_csv: a trailing separator at the end of the text makes an empty last field") {
  CHECK(texts_of(parse_csv("a,b,")) == std::vector<std::vector<std::string>>{{"a", "b", ""}});
}

TEST_CASE("parse_csv: a quote that is never closed is reported where it starts") {
  const CsvTable t = parse_csv("a,b\n1,\"open\n2,3\n");
  REQUIRE(t.unclosed_quote);
  CHECK(t.unclosed_quote->first == 2);
  CHECK(t.unclosed_quote->second == 3);
  CHECK(texts_of(t) == std::vector<std::vector<std::string>>{{"a", "b"}});
}

TEST_CASE("parse_csv: text after a closing quote is kept, as Excel does") {
  CHECK(texts_of(parse_csv("\"4\" (high),x\n")) ==
        std::vector<std::vector<std::string>>{{"4 (high)", "x"}});
}

TEST_CASE("csv_field: quoted only when it holds the separator, a quote or a line break") {
  CHECK(csv_field("plain text", ';') == "plain text");
  CHECK(csv_field("a, b", ';') == "a, b");
  CHECK(csv_field("a; b", ';') == "\"a; b\"");
  CHECK(csv_field("say \"hi\"", ',') == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines", ',') == "\"two\nlines\"");
  // what csv_field writes, parse_csv reads back
  const std::string text = csv_field("x; \"y\"\nz", ';') + ";" + csv_field("w", ';') + "\n";
  CHECK(texts_of(parse_csv(text)) == std::vector<std::vector<std::string>>{{"x; \"y\"\nz", "w"}});
}
