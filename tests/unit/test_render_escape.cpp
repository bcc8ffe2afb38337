#include <doctest/doctest.h>

#include "render/escape.hpp"

using routekaart::render::escape_github_data;
using routekaart::render::escape_github_property;
using routekaart::render::escape_json;
using routekaart::render::escape_markdown;
using routekaart::render::escape_markdown_cell;
using routekaart::render::escape_mermaid;
using routekaart::render::escape_xml;

using namespace routekaart;

TEST_CASE("escape_json") {
  CHECK(escape_json("a\"b\\c\nd\x01") == "a\\\"b\\\\c\\nd\\u0001");
}

TEST_CASE("escape_xml") {
  CHECK(escape_xml("<script>\"x\" & 'y'</script>") ==
        "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
}

TEST_CASE("escape_markdown: tables and headings cannot be broken") {
  CHECK(escape_markdown("a | b\n# c") == "a \\| b \\# c");
  CHECK(escape_markdown("[x](y) `z` <b>") == "\\[x\\]\\(y\\) \\`z\\` \\<b\\>");
  CHECK(escape_markdown_cell("") == " ");
}

TEST_CASE("escape_mermaid: quotes and brackets become entity codes") {
  CHECK(escape_mermaid("say \"hi\" <b>\nnow") == "say #quot;hi#quot; #lt;b#gt; now");
}

TEST_CASE("escape_github: data and properties") {
  CHECK(escape_github_data("50%\r\nx") == "50%25%0D%0Ax");
  CHECK(escape_github_property("a:b,c") == "a%3Ab%2Cc");
}

TEST_CASE("escape_json: every control character, nothing else") {
  SUBCASE("the short escapes") {
    CHECK(escape_json("\t\r\n") == "\\t\\r\\n");
    CHECK(escape_json("\"\\") == "\\\"\\\\");
  }
  SUBCASE("other control characters as \\u00XX") {
    CHECK(escape_json(std::string("\0", 1)) == "\\u0000");
    CHECK(escape_json("\x1f") == "\\u001f");
    CHECK(escape_json("\x1b[31m") == "\\u001b[31m");
  }
  SUBCASE("left alone: DEL, slash, UTF-8") {
    CHECK(escape_json("\x7f") == "\x7f");
    CHECK(escape_json("a/b") == "a/b");
    CHECK(escape_json("één wegwijzer €") == "één wegwijzer €");
    CHECK(escape_json("") == "");
  }
}

TEST_CASE("escape_xml: control characters XML forbids become spaces") {
  CHECK(escape_xml("a\x01"
                   "b\x1f"
                   "c") == "a b c");
  CHECK(escape_xml("a\rb") == "a b");
  CHECK(escape_xml("a\nb\tc") == "a\nb\tc");
  CHECK(escape_xml("&amp;") == "&amp;amp;");
  CHECK(escape_xml("café") == "café");
  CHECK(escape_xml("") == "");
}

TEST_CASE("escape_markdown: every character Markdown gives meaning") {
  CHECK(escape_markdown("\\`*_{}[]<>()#+-!|~") ==
        "\\\\\\`\\*\\_\\{\\}\\[\\]\\<\\>\\(\\)\\#\\+\\-\\!\\|\\~");
  SUBCASE("one line, trimmed") {
    CHECK(escape_markdown("  regel een\n\nregel twee  ") == "regel een regel twee");
  }
  SUBCASE("ordinary text and punctuation stay") {
    CHECK(escape_markdown("Wegwijzer 3: 50% klaar, zie ook nr. 4.") ==
          "Wegwijzer 3: 50% klaar, zie ook nr. 4.");
    CHECK(escape_markdown("") == "");
  }
  SUBCASE("an emphasis or a link cannot form") {
    CHECK(escape_markdown("**vet** [klik](javascript:x)") ==
          "\\*\\*vet\\*\\* \\[klik\\]\\(javascript:x\\)");
  }
}

TEST_CASE("escape_markdown_cell: never empty, never breaks the table") {
  CHECK(escape_markdown_cell("a|b") == "a\\|b");
  CHECK(escape_markdown_cell("   ") == " ");
  CHECK(escape_markdown_cell("\n") == " ");
  CHECK(escape_markdown_cell("x") == "x");
}

TEST_CASE("escape_mermaid: every special character as an entity code") {
  CHECK(escape_mermaid("a#b&c`d|e") == "a#35;b#amp;c#96;d#124;e");
  CHECK(escape_mermaid("  twee\nregels  ") == "twee regels");
  CHECK(escape_mermaid("(haakjes) [blok]") == "(haakjes) [blok]");
  CHECK(escape_mermaid("") == "");
}

TEST_CASE("escape_github: % first, so nothing is escaped twice") {
  CHECK(escape_github_data("%0A") == "%250A");
  CHECK(escape_github_data("a\nb") == "a%0Ab");
  CHECK(escape_github_data("a:b,c") == "a:b,c");
  CHECK(escape_github_property("50%:\n,") == "50%25%3A%0A%2C");
  CHECK(escape_github_property("") == "");
}

TEST_CASE("yaml_quote: a double-quoted YAML scalar") {
  using routekaart::render::yaml_quote;
  CHECK(yaml_quote("") == "\"\"");
  CHECK(yaml_quote("De \"Brug\"") == "\"De \\\"Brug\\\"\"");
  CHECK(yaml_quote("a\nb\\c") == "\"a\\nb\\\\c\"");
  CHECK(yaml_quote("key: value # not a comment") == "\"key: value # not a comment\"");
  CHECK(yaml_quote("één") == "\"één\"");
}
