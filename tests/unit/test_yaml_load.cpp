#include <doctest/doctest.h>

#include "helpers.hpp"

#include "yaml/load.hpp"

using routekaart::io::Source;
using routekaart::yaml::parse_yaml;
using routekaart::yaml::ParsedYaml;

using namespace routekaart;

static ParsedYaml parse(const std::string& text, Limits limits = {}) {
  return parse_yaml(Source{"f.yaml", text}, limits);
}

TEST_CASE("parse_yaml: keeps line and column of every node") {
  ParsedYaml p = parse("a: 1\nb:\n  c: [x, y]\n");
  REQUIRE(p.root);
  const yaml::Node* c = p.root->find("b")->find("c");
  REQUIRE(c);
  CHECK(c->mark.line == 3);
  CHECK(c->mark.column == 6);
  CHECK(c->items[1].value == "y");
  CHECK(c->items[1].mark.column == 10);
}

TEST_CASE("parse_yaml: columns count Unicode code points, not bytes") {
  // "é" is two bytes, "€" three, "😀" four: each is one column, as in the encoding check.
  ParsedYaml p = parse("é: {a: 1, b: 2}\n€€: [x, 😀, y]\nc: 'ü'   # ü\nd: ok\n");
  REQUIRE(p.root);
  const yaml::Node* map = p.root->find("é");
  REQUIRE(map);
  CHECK(map->mark.column == 4);
  CHECK(map->entries[1].first.mark.column == 11);
  const yaml::Node* list = p.root->find("€€");
  REQUIRE(list);
  CHECK(list->mark.column == 5);
  CHECK(list->items[1].mark.column == 9);
  CHECK(list->items[2].mark.column == 12);
  CHECK(p.root->find("d")->mark.column == 4);
  SUBCASE("a syntax error after multi-byte characters") {
    ParsedYaml bad = parse("a: 'ééé' x\n");
    REQUIRE(bad.diagnostics.size() == 1);
    CHECK(bad.diagnostics[0].location.column == 10);  // 13 in bytes
  }
}

TEST_CASE("parse_yaml: quoted scalars are marked as text") {
  ParsedYaml p = parse("a: '12'\nb: 12\n");
  CHECK(p.root->find("a")->quoted);
  CHECK_FALSE(p.root->find("b")->quoted);
}

TEST_CASE("parse_yaml: duplicate keys are reported, not silently merged") {
  ParsedYaml p = parse("a: 1\nb: 2\na: 3\n");
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].rule == RuleId::RK004);
  CHECK(p.diagnostics[0].location.line == 3);
  CHECK(routekaart::testing::words(p.diagnostics[0].message) ==
        "duplicate key 'a' (first on line 1)");
}

TEST_CASE("parse_yaml: syntax errors name the place") {
  ParsedYaml p = parse("a: [1, 2\nb: 3\n");
  CHECK_FALSE(p.root);
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].rule == RuleId::RK001);
  CHECK(p.diagnostics[0].location.line >= 1);
}

TEST_CASE("parse_yaml: nesting deeper than the limit is refused") {
  std::string deep(100, '[');
  ParsedYaml p = parse(deep);
  CHECK_FALSE(p.root);
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].rule == RuleId::RK010);
  CHECK(routekaart::testing::words(p.diagnostics[0].message) == "nesting deeper than 64 levels");
  CHECK(p.diagnostics[0].location.line == 1);
  CHECK(p.diagnostics[0].location.column > 1);
}

TEST_CASE("parse_yaml: an alias bomb is refused quickly") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'k'; ++c, ++prev) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + prev;
    bomb += "]\n";
  }
  ParsedYaml p = parse(bomb);
  CHECK_FALSE(p.root);
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].rule == RuleId::RK010);
}

TEST_CASE("parse_yaml: a second document is an error") {
  ParsedYaml p = parse("a: 1\n---\nb: 2\n");
  CHECK_FALSE(p.root);
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].rule == RuleId::RK012);
  CHECK(p.diagnostics[0].location.line == 2);
}

TEST_CASE("parse_yaml: a file with only comments has no root and no error") {
  ParsedYaml p = parse("# nothing\n");
  CHECK_FALSE(p.root);
  CHECK(p.diagnostics.empty());
}

namespace {

// "RK001 2:2 words" for each diagnostic, in English or Dutch.
std::vector<std::string> found(const ParsedYaml& p, Lang lang = Lang::en) {
  std::vector<std::string> out;
  for (const auto& d : p.diagnostics)
    out.push_back(std::string(rule_name(d.rule)) + " " + std::to_string(d.location.line) + ":" +
                  std::to_string(d.location.column) + " " + tr(lang, d.message));
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("parse_yaml: the parser's messages become texts of texts/yaml.yaml") {
  // The mistakes yaml/diagnose.cpp recognises are explained in its words (test_yaml_diagnose.cpp
  // has them all); these are the ones it explains here, and the ones it leaves to the parser.
  SUBCASE("an unclosed flow list: at the bracket that opens it") {
    ParsedYaml p = parse("a: [1, 2\nb: 3\n");
    CHECK(found(p) == Lines{"RK001 1:4 the [ opened here is never closed"});
    CHECK(found(p, Lang::nl) == Lines{"RK001 1:4 de [ die hier opent, wordt nergens gesloten"});
    CHECK(routekaart::testing::hint_words(p.diagnostics[0]) ==
          "close it with ] on the same line, or put the text between quotes if it is no list");
    CHECK(p.diagnostics[0].location.file == "f.yaml");
    CHECK(p.diagnostics[0].severity == Severity::error);
  }
  SUBCASE("an unclosed flow map") {
    ParsedYaml p = parse("a: {b: 1\n");
    CHECK(found(p) == Lines{"RK001 1:4 the { opened here is never closed"});
    CHECK(found(p, Lang::nl) == Lines{"RK001 1:4 de { die hier opent, wordt nergens gesloten"});
  }
  SUBCASE("a block map that does not end: an indentation no line above has") {
    ParsedYaml p = parse("a:\n  b: 1\n c: 2\n");
    CHECK(found(p) == Lines{"RK001 3:2 the indentation of this line matches none of the lines "
                            "above it"});
    CHECK(found(p, Lang::nl) == Lines{"RK001 3:2 het inspringen van deze regel past bij geen van "
                                      "de regels erboven"});
  }
  SUBCASE("a block list that does not end") {
    ParsedYaml p = parse("- - a\n - b\n");
    CHECK(found(p) == Lines{"RK001 2:2 the indentation of this line matches none of the lines "
                            "above it"});
  }
  SUBCASE("a colon too many") {
    ParsedYaml p = parse("a: b: c\n");
    CHECK(found(p) == Lines{"RK001 1:5 a colon followed by a space inside a text: YAML reads 'b:' "
                            "as the start of a new key"});
    CHECK(found(p, Lang::nl) ==
          Lines{"RK001 1:5 een dubbele punt met een spatie erna midden in een tekst: YAML leest "
                "'b:' als het begin van een nieuwe sleutel"});
  }
  SUBCASE("a tab for indentation: at the tab") {
    CHECK(found(parse("a:\n\tb: 1\n")) ==
          Lines{"RK001 2:1 a tab in the indentation: YAML indents with spaces only"});
  }
  SUBCASE("a list item where none may be") {
    ParsedYaml p = parse("a: - b\n");
    CHECK(found(p) == Lines{"RK001 1:4 a text cannot start with '- ' unless it is between quotes"});
    CHECK(found(p, Lang::nl) ==
          Lines{"RK001 1:4 een tekst kan niet met '- ' beginnen, behalve tussen aanhalingstekens"});
  }
  SUBCASE("a closing bracket without an opening one: the parser's words") {
    ParsedYaml p = parse("key: [a, b]]\n");
    CHECK(found(p) == Lines{"RK001 1:12 YAML syntax error: illegal flow end"});
    CHECK(found(p, Lang::nl) == Lines{"RK001 1:12 YAML-syntaxfout: onverwachte sluithaak"});
    CHECK(routekaart::testing::hint_words(p.diagnostics[0]) ==
          "check the indentation (spaces, no tabs) and that every key ends with a colon and a "
          "space");
  }
  SUBCASE("a reserved character") {
    ParsedYaml p = parse("a: `b`\n");
    CHECK(found(p) == Lines{"RK001 1:4 a text cannot start with ` unless it is between quotes"});
    CHECK(found(p, Lang::nl) ==
          Lines{"RK001 1:4 een tekst kan niet met ` beginnen, behalve tussen aanhalingstekens"});
  }
  SUBCASE("a quoted text that is never closed: at its quote") {
    CHECK(found(parse("a: 'x\n")) ==
          Lines{"RK001 1:4 the quote ' that starts this text is never closed"});
    CHECK(found(parse("a: \"x")) ==
          Lines{"RK001 1:4 the quote \" that starts this text is never closed"});
    CHECK(found(parse("a: 'it''s\n"), Lang::nl) ==
          Lines{"RK001 1:4 het aanhalingsteken ' waarmee deze tekst begint, wordt nergens "
                "gesloten"});
  }
  SUBCASE("a quoted text that is closed is fine, '' included") {
    ParsedYaml p = parse("a: 'it''s'\nb: \"say \\\"x\\\"\"\n");
    CHECK(p.diagnostics.empty());
    REQUIRE(p.root);
    CHECK(p.root->find("a")->value == "it's");
    CHECK(p.root->find("b")->value == "say \"x\"");
  }
  SUBCASE("an alias to an anchor that is not there") {
    ParsedYaml p = parse("a: *nope\n");
    CHECK(found(p) == Lines{"RK001 1:4 YAML syntax error: the referenced anchor is not defined"});
    CHECK(found(p, Lang::nl) ==
          Lines{"RK001 1:4 YAML-syntaxfout: de verwijzing (*alias) naar een onbekend anker (&)"});
  }
  SUBCASE("a bad block scalar header") {
    ParsedYaml p = parse("a: |x\n b\n");
    CHECK(found(p) == Lines{"RK001 1:5 YAML syntax error: unexpected character in block scalar"});
    CHECK(found(p, Lang::nl) ==
          Lines{"RK001 1:5 YAML-syntaxfout: onverwacht teken in een tekstblok"});
  }
  SUBCASE("an unknown escape: at its backslash") {
    ParsedYaml p = parse("a: \"\\q\"\n");
    CHECK(found(p) == Lines{"RK001 1:5 in a text between double quotes a backslash starts a code, "
                            "and \\q is none"});
    CHECK(found(p, Lang::nl) ==
          Lines{"RK001 1:5 in een tekst tussen dubbele aanhalingstekens begint een backslash een "
                "code, en \\q is er geen"});
  }
  SUBCASE("a bad hex code: the parser's message in words") {
    ParsedYaml p = parse("a: \"\\x\"\n");
    CHECK(found(p, Lang::nl) ==
          Lines{"RK001 2:1 YAML-syntaxfout: ongeldig teken in een hexadecimale code"});
  }
}

TEST_CASE("parse_yaml: several documents") {
  SUBCASE("the second document is located at its ---") {
    ParsedYaml p = parse("---\na: 1\n---\n");
    CHECK(found(p) == Lines{"RK012 3:1 the file holds more than one YAML document (---)"});
    CHECK(found(p, Lang::nl) ==
          Lines{"RK012 3:1 het bestand bevat meer dan één YAML-document (---)"});
    CHECK(routekaart::testing::hint_words(p.diagnostics[0]) ==
          "keep one intervention per file; remove the extra '---' line");
  }
  SUBCASE("one document with its start and end markers is fine") {
    ParsedYaml p = parse("---\na: 1\n...\n");
    CHECK(p.diagnostics.empty());
    REQUIRE(p.root);
    CHECK(p.root->find("a")->value == "1");
  }
  SUBCASE("a directive before the document is fine") {
    CHECK(parse("%YAML 1.2\n---\na: 1\n").diagnostics.empty());
  }
}

// Bug: yaml-cpp ends the document when a top-level node is followed by text at the wrong
// indentation, and parse_yaml then reports a second document: "- a\nb: 1\n" (a list, then a map)
// gives RK012 "the file holds more than one YAML document (---)" with the hint "remove the
// extra '---' line", though the file has no '---'. It is a syntax error (RK001).
TEST_CASE("parse_yaml: text after the document without --- is a syntax error") {
  ParsedYaml p = parse("- a\nb: 1\n");
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].rule == RuleId::RK001);
  CHECK(p.diagnostics[0].location.line == 2);
}

TEST_CASE("parse_yaml: duplicate keys") {
  SUBCASE("each repetition is reported, pointing at the first") {
    ParsedYaml p = parse("a: 1\na: 2\nb: 0\na: 3\n");
    CHECK(found(p) == Lines{"RK004 2:1 duplicate key 'a' (first on line 1)",
                            "RK004 4:1 duplicate key 'a' (first on line 1)"});
    CHECK(found(p, Lang::nl)[0] == "RK004 2:1 dubbele sleutel 'a' (eerst op regel 1)");
    CHECK(routekaart::testing::hint_words(p.diagnostics[0]) ==
          "merge the two entries into one; YAML keeps only one of them");
  }
  SUBCASE("every entry stays in the tree, in file order") {
    ParsedYaml p = parse("a: 1\na: 2\n");
    REQUIRE(p.root);
    REQUIRE(p.root->entries.size() == 2);
    CHECK(p.root->entries[1].second.value == "2");
    CHECK(p.root->find("a")->value == "1");
  }
  SUBCASE("in nested and flow maps") {
    CHECK(found(parse("x: {a: 1, a: 2}\n")) ==
          Lines{"RK004 1:11 duplicate key 'a' (first on line 1)"});
    CHECK(found(parse("- {a: 1}\n- {a: 1}\n")).empty());  // two maps, one key each
  }
  SUBCASE("a quoted key is the same key") {
    CHECK(found(parse("\"k\": 1\nk: 2\n")) ==
          Lines{"RK004 2:1 duplicate key 'k' (first on line 1)"});
  }
}

TEST_CASE("parse_yaml: the depth limit") {
  auto nested = [](int levels) {
    return std::string(static_cast<std::size_t>(levels), '[') +
           std::string(static_cast<std::size_t>(levels), ']');
  };
  SUBCASE("64 levels are allowed") {
    ParsedYaml p = parse(nested(64));
    CHECK(p.diagnostics.empty());
    CHECK(p.root);
  }
  SUBCASE("65 are not, located at the 65th") {
    ParsedYaml p = parse(nested(65));
    CHECK_FALSE(p.root);
    CHECK(found(p) == Lines{"RK010 1:65 nesting deeper than 64 levels"});
    CHECK(found(p, Lang::nl) == Lines{"RK010 1:65 nesting dieper dan 64 niveaus"});
    CHECK(routekaart::testing::hint_words(p.diagnostics[0]) ==
          "the format needs at most a few levels; check the indentation");
  }
  SUBCASE("the limit is a setting") {
    Limits limits;
    limits.max_depth = 2;
    CHECK(parse("a: {b: 1}\n", limits).diagnostics.empty());
    CHECK(found(parse("a: {b: {c: 1}}\n", limits)) ==
          Lines{"RK010 1:8 nesting deeper than 2 levels"});
  }
}

TEST_CASE("parse_yaml: the limits on aliases") {
  SUBCASE("values after expanding aliases: exactly the limit is allowed") {
    Limits limits;
    limits.max_nodes = 5;
    CHECK(parse("[1, 2, 3, 4]", limits).diagnostics.empty());  // the list and four values
    ParsedYaml p = parse("[1, 2, 3, 4, 5]", limits);
    CHECK_FALSE(p.root);
    CHECK(found(p) == Lines{"RK010 1:14 more than 5 values after expanding aliases (*name)"});
    CHECK(found(p, Lang::nl) ==
          Lines{"RK010 1:14 meer dan 5 waarden na het uitvouwen van aliassen (*naam)"});
    CHECK(routekaart::testing::hint_words(p.diagnostics[0]) ==
          "write the values out instead of using anchors (&) and aliases (*)");
  }
  SUBCASE("an alias counts every value it copies, an anchor the copy kept for its aliases") {
    Limits limits;
    limits.max_nodes = 14;
    // a: the map, key a, the list and three values (6) and the anchor's copy of 4 (10); key b (11)
    // and the alias's copy of 4 (15)
    ParsedYaml p = parse("a: &x [1, 2, 3]\nb: *x\n", limits);
    CHECK(found(p) == Lines{"RK010 2:4 more than 14 values after expanding aliases (*name)"});
    limits.max_nodes = 15;
    CHECK(parse("a: &x [1, 2, 3]\nb: *x\n", limits).diagnostics.empty());
  }
  SUBCASE("the text that aliases copy: four times the file plus 1 MiB") {
    const std::string kib(1024, 'x');
    std::string text = "a: &a " + kib + "\n";
    const char* names[] = {"a", "b", "c", "d"};
    for (int level = 1; level < 4; ++level) {
      text += std::string(names[level]) + ": &" + names[level] + " [";
      for (int i = 0; i < 16; ++i) text += std::string(i ? ", *" : "*") + names[level - 1];
      text += "]\n";
    }
    text += "e: [*d, *d, *d, *d, *d]\n";  // 5 x 4 MiB
    ParsedYaml p = parse(text);
    CHECK_FALSE(p.root);
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(p.diagnostics[0].rule == RuleId::RK010);
    CHECK(routekaart::testing::words(p.diagnostics[0].message) ==
          "more than " + std::to_string(1024 * 1024 + 4 * text.size()) +
              " bytes of text after expanding aliases (*name)");
  }
  SUBCASE("and never more than 16 times the file size limit, at least 16 MiB") {
    const std::string text = "a: &a " + std::string(4 * 1024 * 1024, 'x') + "\nb: [*a, *a, *a]\n";
    ParsedYaml p = parse(text);
    REQUIRE(p.diagnostics.size() == 1);
    CHECK(routekaart::testing::words(p.diagnostics[0].message) ==
          "more than 16777216 bytes of text after expanding aliases (*name)");
  }
  SUBCASE("an alias inside its own anchor") {
    ParsedYaml p = parse("a: &x [*x]\n");
    CHECK_FALSE(p.root);
    CHECK(found(p) == Lines{"RK010 1:8 an alias (*name) refers to the node that contains it"});
    CHECK(found(p, Lang::nl) ==
          Lines{"RK010 1:8 een alias (*naam) verwijst naar het element waar hij zelf in staat"});
  }
  SUBCASE("aliases within the limits are copies with their own place") {
    ParsedYaml p = parse("a: &x [1, 2]\nb: *x\n");
    CHECK(p.diagnostics.empty());
    REQUIRE(p.root);
    const yaml::Node* b = p.root->find("b");
    REQUIRE(b);
    REQUIRE(b->items.size() == 2);
    CHECK(b->items[1].value == "2");
    CHECK(b->mark.line == 2);
    CHECK(b->mark.column == 4);
  }
}

TEST_CASE("parse_yaml: values as the tree keeps them") {
  SUBCASE("control characters become U+FFFD; tabs and line breaks stay") {
    ParsedYaml p = parse("a: \"x\\e y\"\nb: \"\\u009b\"\nc: \"t\\tn\\n\"\n");
    REQUIRE(p.root);
    CHECK(p.root->find("a")->value == "x\xEF\xBF\xBD y");
    CHECK(p.root->find("b")->value == "\xEF\xBF\xBD");
    CHECK(p.root->find("c")->value == "t\tn\n");
  }
  SUBCASE("block scalars are text, like quoted ones") {
    ParsedYaml p = parse("a: |\n  12\nb: >-\n  lange\n  regel\n");
    REQUIRE(p.root);
    CHECK(p.root->find("a")->quoted);
    CHECK(p.root->find("a")->value == "12\n");
    CHECK(p.root->find("b")->value == "lange regel");
  }
  SUBCASE("null, ~ and nothing are empty") {
    ParsedYaml p = parse("a: null\nb: ~\nc:\n");
    REQUIRE(p.root);
    CHECK(p.root->find("a")->is_null());
    CHECK(p.root->find("b")->is_null());
    CHECK(p.root->find("c")->is_null());
  }
  SUBCASE("tags are kept as written, standard ones in full") {
    ParsedYaml p = parse("a: !foo x\nb: !!str 12\nc: plain\n");
    REQUIRE(p.root);
    CHECK(p.root->find("a")->tag == "!foo");
    CHECK(p.root->find("b")->tag == "tag:yaml.org,2002:str");
    CHECK(p.root->find("c")->tag.empty());
  }
  SUBCASE("a scalar root") {
    ParsedYaml p = parse("just text\n");
    REQUIRE(p.root);
    CHECK(p.root->is_scalar());
    CHECK(p.root->value == "just text");
  }
  SUBCASE("an empty text has no root and no error") {
    ParsedYaml p = parse("");
    CHECK_FALSE(p.root);
    CHECK(p.diagnostics.empty());
  }
}

// Bug: every anchored node was copied for its aliases without being counted, so anchors nested
// inside anchors (each level holding all the levels below) turned a 440 KB file into 1.8 GB of
// memory and 26 seconds, with no alias at all.
TEST_CASE("parse_yaml: nested anchors are counted, so memory grows with the file") {
  std::string list = "[x";
  for (int i = 1; i < 2000; ++i) list += ",x";
  list += "]";
  std::string nested = list;
  for (int level = 0; level < 60; ++level)
    nested = "&a" + std::to_string(level) + " [" + nested + "]";
  const std::string text = "root: " + nested + "\n";
  ParsedYaml p = parse(text);
  CHECK_FALSE(p.root);
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(p.diagnostics[0].rule == RuleId::RK010);
  CHECK(routekaart::testing::words(p.diagnostics[0].message) ==
        "more than " + std::to_string(50000 + 4 * text.size()) +
            " values after expanding aliases (*name)");
  CHECK(p.diagnostics[0].location.line == 1);
  SUBCASE("a few levels of anchors are fine") {
    std::string few = list;
    for (int level = 0; level < 3; ++level) few = "&b" + std::to_string(level) + " [" + few + "]";
    ParsedYaml ok = parse("root: " + few + "\nagain: *b0\n");
    CHECK(ok.diagnostics.empty());
    REQUIRE(ok.root);
    CHECK(ok.root->find("again")->items.front().items.size() == 2000);
  }
}

TEST_CASE("parse_yaml: a small file may not expand beyond four times its size plus a margin") {
  // 10 levels of 10 aliases: 10^10 values claimed by 300 bytes; refused at the first alias that
  // crosses 50,000 + 4 x the file's size, long before the 250,000 of Limits.
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char prev = 'a';
  for (char c = 'b'; c <= 'k'; ++c, ++prev) {
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + prev;
    bomb += "]\n";
  }
  ParsedYaml p = parse(bomb);
  REQUIRE(p.diagnostics.size() == 1);
  CHECK(routekaart::testing::words(p.diagnostics[0].message) ==
        "more than " + std::to_string(50000 + 4 * bomb.size()) +
            " values after expanding aliases (*name)");
}
