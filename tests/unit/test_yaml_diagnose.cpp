// src/yaml/diagnose.cpp: the YAML mistakes people make, recognised from the text, with the place
// of the mistake and a fix, through parse_yaml as every file is read.
#include <doctest/doctest.h>

#include "helpers.hpp"

#include "yaml/diagnose.hpp"
#include "yaml/load.hpp"

using namespace routekaart;
using routekaart::testing::hint_words;
using routekaart::testing::words;

namespace {

// The one diagnostic of `text` as "line:column message | hint", in English.
std::string diagnosis(const std::string& text, Lang lang = Lang::en) {
  const yaml::ParsedYaml parsed = yaml::parse_yaml(io::Source{"f.yaml", text}, Limits{});
  REQUIRE(parsed.diagnostics.size() == 1);
  const Diagnostic& d = parsed.diagnostics.front();
  CHECK(d.rule == RuleId::RK001);
  return std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + " " +
         tr(lang, d.message) + " | " + hint_text(d, lang);
}

const std::string kTop = "routekaart: 1\nsignposts:\n  1:\n    status: partial\n";

}  // namespace

TEST_CASE("syntax_error: a colon inside a text, at the colon, with the text quoted") {
  CHECK(diagnosis(kTop + "    practice: Let op: gesprekken met ouders\n") ==
        "5:21 a colon followed by a space inside a text: YAML reads 'Let op:' as the start of a "
        "new key | put the text between quotes: practice: \"Let op: gesprekken met ouders\"");
  SUBCASE("only the last words before the colon are named") {
    CHECK(diagnosis(kTop + "    practice: Wij bellen in de eerste week: ouders\n")
              .starts_with("5:43 a colon followed by a space inside a text: YAML reads 'in de "
                           "eerste week:'"));
  }
  SUBCASE("a text with a double quote is put between single quotes") {
    CHECK(diagnosis(kTop + "    practice: De \"brug\": een klas\n")
              .ends_with("put the text between quotes: practice: 'De \"brug\": een klas'"));
  }
  SUBCASE("in Dutch") {
    CHECK(diagnosis(kTop + "    practice: Let op: x\n", Lang::nl) ==
          "5:21 een dubbele punt met een spatie erna midden in een tekst: YAML leest 'Let op:' "
          "als het begin van een nieuwe sleutel | zet de tekst tussen aanhalingstekens: "
          "practice: \"Let op: x\"");
  }
}

TEST_CASE("syntax_error: a tab in the indentation, at the tab") {
  CHECK(diagnosis(kTop + "\tpractice: x\n") ==
        "5:1 a tab in the indentation: YAML indents with spaces only | replace the tab by "
        "spaces, as many as the lines it belongs with");
  CHECK(diagnosis(kTop + "  \tpractice: x\n").starts_with("5:3 a tab"));
}

TEST_CASE("syntax_error: a non-breaking space, on the line where it is") {
  SUBCASE("after the colon of the line above, which then runs on") {
    CHECK(diagnosis(kTop + "    rationale:\u00a0x\n    practice: y\n") ==
          "5:15 a non-breaking space (U+00A0) where YAML needs an ordinary space | delete it "
          "and type an ordinary space; such characters come along when text is copied from "
          "Word or a web page");
  }
  SUBCASE("other odd spaces are named by their code") {
    CHECK(diagnosis(kTop + "    rationale:\u202fx\n    practice: y\n")
              .starts_with("5:15 a narrow non-breaking space (U+202F)"));
    CHECK(diagnosis(kTop + "    rationale:\u200bx\n    practice: y\n")
              .starts_with("5:15 an invisible character (U+200B)"));
  }
  SUBCASE("in Dutch: een vaste spatie") {
    CHECK(diagnosis(kTop + "    rationale:\u00a0x\n    practice: y\n", Lang::nl)
              .starts_with("5:15 een vaste spatie (U+00A0) waar YAML een gewone spatie"));
  }
}

TEST_CASE("syntax_error: Word's curly quotes around a text with a colon") {
  CHECK(diagnosis(kTop + "    practice: \u201cLet op: x\u201d\n") ==
        "5:15 the text starts with the curly quote \u201c, as Word types it; YAML knows only "
        "the straight quotes \" and ', so it does not see where the text ends | replace the "
        "curly quotes by straight ones: practice: \"Let op: x\"");
  CHECK(diagnosis(kTop + "    practice: \u201eLet op: x\u201d\n")
            .starts_with("5:15 the text starts with the curly quote \u201e"));
}

TEST_CASE("syntax_error: a key without its colon, on its own line") {
  CHECK(diagnosis("routekaart: 1\nintervention:\n  name: X\n  summary Een klas\nsignposts: {}\n") ==
        "4:10 this line has no colon after its first word, so YAML cannot read it as 'key: "
        "value' | if 'summary' is a key, write a colon after it: summary: Een klas; if the line "
        "goes on with the text above, indent it further than that text's key");
}

TEST_CASE("syntax_error: a missing space after a colon, on its own line") {
  CHECK(diagnosis("routekaart: 1\nsignposts:\n  1:\n    status:partial\n    practice: x\n") ==
        "4:12 a space is missing after the colon of 'status:' | write a space after the colon: "
        "status: partial");
}

TEST_CASE("syntax_error: indentation") {
  SUBCASE("a line indented further than the key with a value above it") {
    CHECK(diagnosis(kTop + "     practice: x\n") ==
          "5:6 this line is indented further than 'status:' on line 4, so YAML reads it as more "
          "text of 'status' | indent it by 4 spaces, like 'status:' on line 4");
  }
  SUBCASE("a line between two levels: both are offered") {
    CHECK(diagnosis(kTop + "   practice: x\n") ==
          "5:4 the indentation of this line matches none of the lines above it | indent it by 4 "
          "spaces, like 'status:' on line 4 or, if it belongs one level higher: indent it by 2 "
          "spaces, like '1:' on line 3");
  }
  SUBCASE("one space: the singular") {
    CHECK(diagnosis("a:\n  b: 1\n c: 2\n") ==
          "3:2 the indentation of this line matches none of the lines above it | indent it by 2 "
          "spaces, like 'b:' on line 2 or, if it belongs one level higher: start it at the "
          "beginning of the line, like 'a:' on line 1");
  }
}

TEST_CASE("syntax_error: quotes inside quoted texts") {
  CHECK(diagnosis(kTop + "    practice: \"Wij noemen dit \"de brug\" op school\"\n") ==
        "5:31 the text between \" quotes ends here, but the line goes on | a \" inside the text "
        "ends it; write the text like this: practice: 'Wij noemen dit \"de brug\" op school'");
  CHECK(diagnosis(kTop + "    practice: 'Ouders z'n rol'\n") ==
        "5:24 the text between ' quotes ends here, but the line goes on | a ' inside the text "
        "ends it; write the text like this: practice: \"Ouders z'n rol\"");
}

TEST_CASE("syntax_error: a text that starts with a character YAML reads otherwise") {
  CHECK(diagnosis(kTop + "    practice: - gesprek\n") ==
        "5:15 a text cannot start with '- ' unless it is between quotes | put the text between "
        "quotes: practice: \"- gesprek\"");
  CHECK(diagnosis(kTop + "    practice: @school\n").starts_with("5:15 a text cannot start with @"));
  CHECK(diagnosis(kTop + "    practice: [week 1] gesprek\n")
            .starts_with("5:15 a text cannot start with [ unless"));
}

TEST_CASE("syntax_error: unclosed quotes and brackets, at the opening") {
  CHECK(diagnosis(kTop + "    practice: \"Gesprek\u201d\n    rationale: x\n") ==
        "5:15 the quote \" that starts this text is never closed | end the text with the same "
        "quote: practice: \"Gesprek\"");
  CHECK(diagnosis("ages: [12, 18\nname: x\n").starts_with("1:7 the [ opened here is never closed"));
}

TEST_CASE("syntax_error: a backslash code in double quotes") {
  CHECK(diagnosis("contact: \"C:\\map\\q\"\n") ==
        "1:13 in a text between double quotes a backslash starts a code, and \\m is none | put "
        "the text between single quotes, or write \\\\ for a backslash");
}

TEST_CASE("syntax_error: what is not recognised keeps the parser's words and the general hint") {
  const std::string d = diagnosis("a: *nergens\n");
  CHECK(d.find("YAML syntax error: the referenced anchor is not defined") != std::string::npos);
}

TEST_CASE("find_odd_space: the first odd space, its place and its name") {
  const auto odd = yaml::find_odd_space("ab\u00a0c\u200b");
  REQUIRE(odd);
  CHECK(odd->offset == 2);
  CHECK(odd->length == 2);
  CHECK(words(odd->name) == "a non-breaking space (U+00A0)");
  CHECK_FALSE(yaml::find_odd_space("gewone tekst met é en \u201cquotes\u201d"));
  CHECK(yaml::find_odd_space("\ufeff")->length == 3);
}

TEST_CASE("curly_quote: a text enclosed in Word's quotes") {
  CHECK(yaml::curly_quote("\u201cDe Brug\u201d") == "\u201c");
  CHECK(yaml::curly_quote("\u201eDe Brug\u201d") == "\u201e");
  CHECK(yaml::curly_quote("\u2018x\u2019") == "\u2018");
  CHECK_FALSE(yaml::curly_quote("\u201cDe Brug\u201d, zegt de mentor"));
  CHECK_FALSE(yaml::curly_quote("Wij noemen dit \u201cde brug\u201d"));
  CHECK_FALSE(yaml::curly_quote("\u201c"));
}

TEST_CASE("quoted: double quotes, else single quotes; long texts shortened") {
  CHECK(yaml::quoted("Let op: x") == "\"Let op: x\"");
  CHECK(yaml::quoted("De \"brug\"") == "'De \"brug\"'");
  CHECK(yaml::quoted("C:\\map") == "'C:\\map'");
  CHECK(yaml::quoted("z'n \"x\"") == "'z''n \"x\"'");
  CHECK(yaml::quoted(std::string(70, 'a')) == "\"" + std::string(60, 'a') + "\u2026\"");
}
