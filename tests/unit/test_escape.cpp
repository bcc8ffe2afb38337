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
