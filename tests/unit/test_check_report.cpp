// src/check/report.cpp: the summary of a report.
#include <doctest/doctest.h>

#include <algorithm>
#include <tuple>

#include "check/report.hpp"
#include "generated/texts/report.hpp"

using routekaart::check::FileReport;
using routekaart::check::Report;
using routekaart::check::summarise;

using namespace routekaart;

namespace {

FileReport file(bool readable, bool valid, std::optional<double> coverage,
                std::vector<Severity> severities = {}) {
  FileReport f;
  f.readable = readable;
  f.valid = valid;
  f.coverage.percent = coverage;
  for (Severity s : severities) f.findings.push_back(Diagnostic{RuleId::RK101, s, {}, {}, {}, 1});
  return f;
}

}  // namespace

TEST_CASE("summarise: files by state, findings by severity, mean coverage") {
  Report r;
  r.files = {
      file(true, true, 40.0, {Severity::warning, Severity::info}),
      file(true, false, 60.0, {Severity::error, Severity::error, Severity::warning}),
      file(false, false, std::nullopt, {Severity::error}),
      file(true, true, std::nullopt),
  };
  summarise(r);
  CHECK(r.summary.files == 4);
  CHECK(r.summary.valid == 2);
  CHECK(r.summary.invalid == 1);
  CHECK(r.summary.unreadable == 1);  // not also invalid
  CHECK(r.summary.errors == 3);
  CHECK(r.summary.warnings == 2);
  CHECK(r.summary.infos == 1);
  REQUIRE(r.summary.mean_coverage);
  CHECK(*r.summary.mean_coverage == doctest::Approx(50.0));  // over the two with a coverage
}

TEST_CASE("summarise: an empty report") {
  Report r;
  summarise(r);
  CHECK(r.summary.files == 0);
  CHECK(r.summary.errors == 0);
  CHECK_FALSE(r.summary.mean_coverage);
}

TEST_CASE("summarise: no file with a coverage, no mean") {
  Report r;
  r.files = {file(false, false, std::nullopt), file(true, false, std::nullopt)};
  summarise(r);
  CHECK(r.summary.unreadable == 1);
  CHECK(r.summary.invalid == 1);
  CHECK_FALSE(r.summary.mean_coverage);
}

TEST_CASE("summarise: 0% counts as a coverage") {
  Report r;
  r.files = {file(true, true, 0.0), file(true, true, 100.0), file(true, true, 50.0)};
  summarise(r);
  CHECK(*r.summary.mean_coverage == doctest::Approx(50.0));
}

TEST_CASE("summarise: computed afresh, not added to an old summary") {
  Report r;
  r.files = {file(true, true, 80.0, {Severity::error})};
  summarise(r);
  summarise(r);
  CHECK(r.summary.files == 1);
  CHECK(r.summary.errors == 1);
  r.files.clear();
  summarise(r);
  CHECK(r.summary.files == 0);
  CHECK_FALSE(r.summary.mean_coverage);
}

TEST_CASE("FileReport::label: the name, else the path") {
  FileReport f;
  f.path = "interventies/brug.yaml";
  CHECK(f.label() == "interventies/brug.yaml");
  f.name = "De Brug";
  CHECK(f.label() == "De Brug");
}

namespace {

Diagnostic not_described(int signpost, int line, std::string file = "f.yaml") {
  Diagnostic d;
  d.rule = RuleId::RK101;
  d.severity = Severity::warning;
  d.location = {std::move(file), line, 1};
  d.message = texts::report_junit_coverage{.percent = std::to_string(signpost)};
  d.signpost = signpost;
  return d;
}

}  // namespace

TEST_CASE("fingerprint: rule, file, signpost and message, not the line") {
  using routekaart::check::fingerprint;
  const std::string a = fingerprint(not_described(4, 10));
  CHECK(a.size() == 16);
  CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(fingerprint(not_described(4, 99)) == a);  // an edit above moves the line only
  CHECK(fingerprint(not_described(5, 10)) != a);
  CHECK(fingerprint(not_described(4, 10, "g.yaml")) != a);
  Diagnostic other = not_described(4, 10);
  other.rule = RuleId::RK102;
  CHECK(fingerprint(other) != a);
}

TEST_CASE("fingerprints: six not-described findings of one file all differ") {
  using routekaart::check::fingerprints;
  Diagnostics findings;
  for (int n : {4, 5, 6, 9, 13, 14}) findings.push_back(not_described(n, 30));
  std::vector<std::string> prints = fingerprints(findings);
  REQUIRE(prints.size() == 6);
  std::sort(prints.begin(), prints.end());
  CHECK(std::unique(prints.begin(), prints.end()) == prints.end());
  SUBCASE("the same finding twice: the second gets its own, stable fingerprint") {
    const Diagnostics twice{not_described(4, 3), not_described(4, 8)};
    const std::vector<std::string> p = fingerprints(twice);
    CHECK(p[0] == routekaart::check::fingerprint(twice[0]));
    CHECK(p[1] != p[0]);
    CHECK(fingerprints({not_described(4, 50), not_described(4, 60)}) == p);
  }
}

TEST_CASE("Tally: the summary of files counted one at a time is summarise's") {
  Report r;
  r.files = {file(true, true, 80.0, {Severity::error, Severity::info}), file(false, false, {}),
             file(true, false, 0.0, {Severity::warning}), file(true, true, {})};
  summarise(r);
  check::Tally tally;
  CHECK(tally.summary().files == 0);
  CHECK_FALSE(tally.summary().mean_coverage);
  for (const auto& f : r.files) tally.add(f);
  const check::Summary s = tally.summary();
  CHECK(std::tie(s.files, s.valid, s.invalid, s.unreadable, s.errors, s.warnings, s.infos) ==
        std::tie(r.summary.files, r.summary.valid, r.summary.invalid, r.summary.unreadable,
                 r.summary.errors, r.summary.warnings, r.summary.infos));
  CHECK(s.files == 4);
  CHECK(s.mean_coverage == r.summary.mean_coverage);
  CHECK(*s.mean_coverage == doctest::Approx(40.0));
}
