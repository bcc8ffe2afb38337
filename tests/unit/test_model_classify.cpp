// model/classify: what a YAML file in a folder is, judged by its top-level keys.
#include <doctest/doctest.h>

#include "common/message.hpp"
#include "model/classify.hpp"

using routekaart::model::classify_yaml;
using routekaart::model::file_kind_text;
using routekaart::model::FileKind;

using namespace routekaart;

TEST_CASE("classify_yaml: interventions, rating files, configurations and other YAML") {
  CHECK(classify_yaml("routekaart: 1\nintervention:\n  name: X\n") == FileKind::intervention);
  CHECK(classify_yaml("\xEF\xBB\xBFSignposts:\n  1: {status: addressed}\n") ==
        FileKind::intervention);
  CHECK(classify_yaml("# a rating\nrater: Anna\nrole: mentor\nscores:\n  1: {importance: 4}\n") ==
        FileKind::rating);
  CHECK(classify_yaml("\"rater\": Anna\r\ndate: 2026-10-01\r\n") == FileKind::rating);
  CHECK(classify_yaml("language: nl\nfail-on: warning\n") == FileKind::configuration);
  CHECK(classify_yaml("name: CI\non: [push]\njobs:\n  check:\n    runs-on: x\n") ==
        FileKind::other);
  CHECK(classify_yaml("- one\n- two\n") == FileKind::other);
  // configuration keys beside other keys: not a configuration
  CHECK(classify_yaml("language: nl\nservices:\n  db: {}\n") == FileKind::other);
}

TEST_CASE("classify_yaml: a file that shows no key at all is checked as an intervention") {
  CHECK(classify_yaml("") == FileKind::intervention);
  CHECK(classify_yaml("# only a comment\n") == FileKind::intervention);
  CHECK(classify_yaml("{routekaart: 1}\n") == FileKind::intervention);
  // a key with a syntax error further down is still recognised
  CHECK(classify_yaml("intervention:\n  name: [unclosed\n") == FileKind::intervention);
  // a date or round alone says nothing
  CHECK(classify_yaml("date: 2026-10-01\n") == FileKind::intervention);
}

TEST_CASE("file_kind_text: each kind in words") {
  CHECK(tr(Lang::en, file_kind_text(FileKind::rating)) == "a rating file");
  CHECK(tr(Lang::nl, file_kind_text(FileKind::configuration)) == "een projectconfiguratie");
  CHECK(tr(Lang::en, file_kind_text(FileKind::other)) ==
        "YAML that is not an intervention (a CI workflow, a configuration, ...)");
  CHECK(tr(Lang::nl, file_kind_text(FileKind::intervention)) == "een interventiebestand");
}
