// src/common/status.cpp: the status words and what each one means.
#include <doctest/doctest.h>

#include <string>

#include "common/status.hpp"

using namespace routekaart;

TEST_CASE("kStatuses: one row per status, at the index of its value") {
  REQUIRE(kStatuses.size() == 6);
  for (std::size_t i = 0; i < kStatuses.size(); ++i) {
    CAPTURE(i);
    CHECK(static_cast<std::size_t>(kStatuses[i].status) == i);
    CHECK(&info(kStatuses[i].status) == &kStatuses[i]);
  }
}

TEST_CASE("status_word: as files write them") {
  CHECK(status_word(Status::addressed) == "addressed");
  CHECK(status_word(Status::partial) == "partial");
  CHECK(status_word(Status::planned) == "planned");
  CHECK(status_word(Status::not_addressed) == "not-addressed");
  CHECK(status_word(Status::not_applicable) == "not-applicable");
  CHECK(status_word(Status::not_described) == "not-described");
}

TEST_CASE("status_score: addressed 1, partial 0.5, the rest 0") {
  CHECK(status_score(Status::addressed) == 1.0);
  CHECK(status_score(Status::partial) == 0.5);
  CHECK(status_score(Status::planned) == 0.0);
  CHECK(status_score(Status::not_addressed) == 0.0);
  CHECK(status_score(Status::not_described) == 0.0);
  CHECK(status_score(Status::not_applicable) == 0.0);
}

TEST_CASE("is_open: planned, not-addressed and not described") {
  CHECK(is_open(Status::planned));
  CHECK(is_open(Status::not_addressed));
  CHECK(is_open(Status::not_described));
  CHECK_FALSE(is_open(Status::addressed));
  CHECK_FALSE(is_open(Status::partial));
  CHECK_FALSE(is_open(Status::not_applicable));
}

TEST_CASE("parse_status: the words files may use") {
  SUBCASE("every word of the table that files may use") {
    for (const auto& row : kStatuses) {
      CAPTURE(row.word);
      if (row.in_files)
        CHECK(parse_status(row.word) == row.status);
      else
        CHECK_FALSE(parse_status(row.word));
    }
  }
  SUBCASE("not-described is only shown, never written") {
    CHECK_FALSE(info(Status::not_described).in_files);
    CHECK_FALSE(parse_status("not-described"));
  }
  SUBCASE("spelling must be exact") {
    CHECK(parse_status("not-applicable") == Status::not_applicable);
    CHECK_FALSE(parse_status("not_applicable"));
    CHECK_FALSE(parse_status("Addressed"));
    CHECK_FALSE(parse_status("addressed "));
    CHECK_FALSE(parse_status(""));
    CHECK_FALSE(parse_status("done"));
    CHECK_FALSE(parse_status("gedaan"));
  }
}

TEST_CASE("parse_status: the Dutch words, in any case, with spaces, hyphens or underscores") {
  CHECK(parse_status("aangepakt") == Status::addressed);
  CHECK(parse_status("Behandeld") == Status::addressed);
  CHECK(parse_status("deels aangepakt") == Status::partial);
  CHECK(parse_status("Deels-Aangepakt") == Status::partial);
  CHECK(parse_status("gedeeltelijk") == Status::partial);
  CHECK(parse_status("deels") == Status::partial);
  CHECK(parse_status("GEPLAND") == Status::planned);
  CHECK(parse_status("niet_aangepakt") == Status::not_addressed);
  CHECK(parse_status("niet  behandeld") == Status::not_addressed);
  CHECK(parse_status("niet-van-toepassing") == Status::not_applicable);
  CHECK(parse_status("n.v.t.") == Status::not_applicable);
  CHECK(parse_status("NVT") == Status::not_applicable);
  CHECK(parse_status(" gepland ") == Status::planned);
  CHECK_FALSE(parse_status("niet beschreven"));  // only shown, like not-described
  CHECK_FALSE(parse_status("aangepak"));
  CHECK_FALSE(parse_status("niet"));
}

TEST_CASE("status_label: the status as a reader sees it, in either language") {
  CHECK(status_label(Lang::en, Status::not_addressed) == "not addressed");
  CHECK(status_label(Lang::en, Status::not_described) == "not described");
  CHECK(status_label(Lang::nl, Status::addressed) == "aangepakt");
  CHECK(status_label(Lang::nl, Status::partial) == "deels aangepakt");
  CHECK(status_label(Lang::nl, Status::not_applicable) == "niet van toepassing");
  CHECK(status_label(Lang::nl, Status::not_described) == "niet beschreven");
  CHECK(status_label_width(Lang::en) == 14);  // "not applicable"
  CHECK(status_label_width(Lang::nl) == 19);  // "niet van toepassing"
}

TEST_CASE("status_file_word: what a Dutch file writes is read back as the same status") {
  for (const auto& row : kStatuses) {
    if (!row.in_files) continue;
    CAPTURE(row.word);
    CHECK(status_file_word(Lang::en, row.status) == row.word);
    CHECK(parse_status(status_file_word(Lang::nl, row.status)) == row.status);
  }
  CHECK(status_file_word(Lang::nl, Status::not_addressed) == "niet aangepakt");
}

TEST_CASE("parse_priority: English exactly, Dutch in any case") {
  CHECK(parse_priority("essential") == Priority::essential);
  CHECK(parse_priority("optional") == Priority::optional);
  CHECK(parse_priority("Optioneel") == Priority::optional);
  CHECK(parse_priority("essentieel") == Priority::essential);
  CHECK_FALSE(parse_priority("Optional"));
  CHECK_FALSE(parse_priority(""));
}

TEST_CASE("english_file_word and dutch_file_words: the two directions") {
  CHECK(english_file_word("Deels aangepakt") == "partial");
  CHECK(english_file_word("optioneel") == "optional");
  CHECK(english_file_word("nvt") == "not-applicable");
  CHECK_FALSE(english_file_word("partial"));
  CHECK_FALSE(english_file_word("po"));
  CHECK(dutch_file_words("partial") ==
        std::vector<std::string_view>{"deels aangepakt", "deels-aangepakt", "gedeeltelijk", "deels",
                                      "deels behandeld", "deels-behandeld"});
  CHECK(dutch_file_words("optional") == std::vector<std::string_view>{"optioneel"});
  CHECK(dutch_file_words("po").empty());
  // Every Dutch word is read back as the English word it stands for.
  for (std::string_view english : {"addressed", "partial", "planned", "not-addressed",
                                   "not-applicable", "essential", "optional"})
    for (std::string_view dutch : dutch_file_words(english)) {
      CAPTURE(dutch);
      CHECK(english_file_word(dutch) == english);
    }
}
