#include <doctest/doctest.h>

#include "render/escape.hpp"

using routekaart::render::escape_github_data;
using routekaart::render::escape_github_property;
using routekaart::render::escape_json;
using routekaart::render::escape_markdown;
using routekaart::render::escape_markdown_cell;
using routekaart::render::escape_mermaid;
using routekaart::render::escape_terminal;
using routekaart::render::escape_visible;
using routekaart::render::escape_xml;
using routekaart::render::escape_xml_lines;

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
  SUBCASE("DEL, C1 and bidi controls, line separators and non-characters as \\uXXXX") {
    CHECK(escape_json("\x7f") == "\\u007f");
    CHECK(escape_json("a\u0085b\u009bc") == "a\\u0085b\\u009bc");
    CHECK(escape_json("\u202eevil\u2066") == "\\u202eevil\\u2066");
    CHECK(escape_json("\u2028\u2029\uFFFE\uFFFF") == "\\u2028\\u2029\\ufffe\\uffff");
  }
  SUBCASE("bytes that are not UTF-8 become U+FFFD, so the document stays JSON") {
    CHECK(escape_json("caf\xe9.yaml") == "caf\uFFFD.yaml");
    CHECK(escape_json("\xc0\xaf") == "\uFFFD\uFFFD");            // an overlong '/'
    CHECK(escape_json("\xed\xa0\x80") == "\uFFFD\uFFFD\uFFFD");  // a surrogate
  }
  SUBCASE("no workflow command, no location: ##[ and a colon before a digit") {
    CHECK(escape_json("##[add-mask]x") == "##\\u005badd-mask]x");
    CHECK(escape_json("x.yaml:1:2: error") == "x.yaml\\u003a1\\u003a2: error");
    CHECK(escape_json("#[a] [b] a: b") == "#[a] [b] a: b");
  }
  SUBCASE("left alone: slash, UTF-8") {
    CHECK(escape_json("a/b") == "a/b");
    CHECK(escape_json("één wegwijzer €") == "één wegwijzer €");
    CHECK(escape_json("") == "");
  }
}

TEST_CASE("escape_xml: characters XML forbids or hides are shown escaped") {
  CHECK(escape_xml("a\x01"
                   "b\x1f"
                   "c") == "a\\x01b\\x1fc");
  CHECK(escape_xml("a\rb\nc\td") == "a\\rb\\nc\\td");
  CHECK(escape_xml("\uFFFE\uFFFF\u202e\u0085\x7f") == "\\ufffe\\uffff\\u202e\\u0085\\x7f");
  CHECK(escape_xml("caf\xe9") == "caf\uFFFD");
  CHECK(escape_xml("&amp;") == "&amp;amp;");
  CHECK(escape_xml("café 😀") == "café 😀");
  CHECK(escape_xml("") == "");
  SUBCASE("no workflow command, no location") {
    CHECK(escape_xml("##[error]x") == "##&#91;error]x");
    CHECK(escape_xml("a:1:2") == "a&#58;1&#58;2");
    CHECK(escape_xml("a: b") == "a: b");
  }
}

TEST_CASE("escape_xml_lines: the program's own lines stay as they are, but escaped") {
  CHECK(escape_xml_lines("f:1:2: error <x>\n    hint\n") == "f:1:2: error &lt;x&gt;\n    hint\n");
  CHECK(escape_xml_lines("a\rb\x1b\uFFFF") == "a\\rb\\x1b\\uffff");
}

TEST_CASE("escape_visible: hidden characters made visible, nothing else") {
  CHECK(escape_visible("a\nb\rc\td") == "a\\nb\\rc\\td");
  CHECK(escape_visible("\x1b]0;title\x07\x1b[2J") == "\\x1b]0;title\\x07\\x1b[2J");
  CHECK(escape_visible("\x7f\u0080\u009f") == "\\x7f\\u0080\\u009f");
  CHECK(escape_visible("\u061c\u200e\u200f\u202a\u202e\u2066\u2069") ==
        "\\u061c\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069");
  CHECK(escape_visible("\u2028\u2029") == "\\u2028\\u2029");
  CHECK(escape_visible("caf\xe9\xff") == "caf\\xe9\\xff");
  SUBCASE("left alone: backslashes, colons, ##[, ordinary Unicode") {
    CHECK(escape_visible("docs\\a.yaml") == "docs\\a.yaml");
    CHECK(escape_visible("::error::x ##[y] a:1") == "::error::x ##[y] a:1");
    CHECK(escape_visible("één \u00a0 € 😀 \u200b") == "één \u00a0 € 😀 \u200b");
  }
}

TEST_CASE("escape_terminal: nothing from a file can start a line, a command or a location") {
  CHECK(escape_terminal("a\n::error::x") == "a\\n::error::x");
  CHECK(escape_terminal("\x1b[31mred\x1b[0m") == "\\x1b[31mred\\x1b[0m");
  CHECK(escape_terminal("\u202eenil.yaml") == "\\u202eenil.yaml");
  SUBCASE("a colon at the start, also after white space the runner trims") {
    CHECK(escape_terminal("::error::x") == "\\x3a:error::x");
    CHECK(escape_terminal("  ::add-mask::x") == "  \\x3a:add-mask::x");
    CHECK(escape_terminal("\u00a0\u3000::x::y") == "\u00a0\u3000\\x3a:x::y");
    CHECK(escape_terminal(":") == "\\x3a");
    CHECK(escape_terminal("a::b") == "a::b");
    // After a line break shown as \n the colon no longer starts the line.
    CHECK(escape_terminal("\n::x") == "\\n::x");
  }
  SUBCASE("a colon before a digit, so no text passes for file:line:") {
    CHECK(escape_terminal("x.yaml:1:1: error: y") == "x.yaml\\x3a1\\x3a1: error: y");
    CHECK(escape_terminal("C:\\a.yaml: b") == "C:\\a.yaml: b");
  }
  SUBCASE("the legacy ##[command] anywhere in a line") {
    CHECK(escape_terminal("x ##[set-output name=a]b") == "x ##\\x5bset-output name=a]b");
    CHECK(escape_terminal("# [a] #[b]") == "# [a] #[b]");
  }
  SUBCASE("escaping twice changes nothing more") {
    const std::string once = escape_terminal("::a:1 ##[b]\n\x1b");
    CHECK(escape_terminal(once) == once);
  }
}

TEST_CASE("escape_markdown: every character Markdown gives meaning") {
  CHECK(escape_markdown("\\`*_{}[]<>()#+-!|~") ==
        "\\\\\\`\\*\\_\\{\\}\\[\\]\\<\\>\\(\\)\\#\\+\\-\\!\\|\\~");
  SUBCASE("one line, trimmed") {
    CHECK(escape_markdown("  regel een\n\nregel twee  ") == "regel een regel twee");
    CHECK(escape_markdown("a\r\nb\tc") == "a b c");
  }
  SUBCASE("hidden characters visibly escaped, their backslash too, so the page shows it") {
    CHECK(escape_markdown("a\x1b[2Jb") == "a\\\\x1b\\[2Jb");
    CHECK(escape_markdown("\u202eevil") == "\\\\u202eevil");
    CHECK(escape_markdown("caf\xe9") == "caf\\\\xe9");
  }
  SUBCASE("no workflow command, no location") {
    CHECK(escape_markdown("::error::x") == "&#58;:error::x");
    CHECK(escape_markdown("x.yaml:3:1: error") == "x.yaml&#58;3&#58;1: error");
    CHECK(escape_markdown("##[add-mask]x") == "\\#\\#\\[add\\-mask\\]x");
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
  CHECK(escape_mermaid("a\x1b\u202eb") == "a\\x1b\\u202eb");
  CHECK(escape_mermaid("om 9:30") == "om 9#58;30");
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
  CHECK(yaml_quote("a\x01\x7f") == "\"a\\x01\\x7f\"");
  CHECK(yaml_quote("caf\xe9") == "\"caf\uFFFD\"");
  CHECK(yaml_quote("om 9:30") == "\"om 9:30\"");
}
