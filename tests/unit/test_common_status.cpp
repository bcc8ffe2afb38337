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
