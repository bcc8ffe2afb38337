// src/check/baseline.cpp: which findings a baseline accepts, and reading baseline files.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/baseline.hpp"
#include "generated/texts/check.hpp"
#include "generated/texts/model.hpp"
#include "generated/texts/yaml.hpp"
#include "helpers.hpp"

using routekaart::check::absorb;
using routekaart::check::apply_baseline;
using routekaart::check::Baseline;
using routekaart::check::baseline_key;
using routekaart::check::can_baseline;
using routekaart::check::FileReport;
using routekaart::check::finding_fingerprint;
using routekaart::check::make_baseline;
using routekaart::check::normalise_baseline_path;
using routekaart::check::read_baseline;
using routekaart::check::Report;
using routekaart::io::Source;
using routekaart::testing::check_text;
using routekaart::testing::rules_of;
using routekaart::testing::words;

using namespace routekaart;

namespace {

Diagnostic finding(RuleId rule, const std::string& file, int line, Message message,
                   int signpost = 0) {
  return Diagnostic{rule, Severity::warning, Location{file, line, 1}, std::move(message),
                    {},   signpost};
}

Diagnostic rk103(const std::string& file, int line, int signpost) {
  return finding(RuleId::RK103, file, line,
                 texts::check_rk103{.signpost = signpost, .status = "addressed", .title = "T"},
                 signpost);
}

Report report_of(std::vector<FileReport> files) {
  Report report;
  report.files = std::move(files);
  check::summarise(report);
  return report;
}

FileReport file_with(const std::string& path, Diagnostics findings) {
  FileReport file;
  file.path = path;
  file.findings = std::move(findings);
  return file;
}

// "RK103/9@12" per finding: rule, signpost and line.
std::vector<std::string> places(const Diagnostics& findings) {
  std::vector<std::string> out;
  for (const auto& d : findings)
    out.push_back(std::string(rule_name(d.rule)) + "/" + std::to_string(d.signpost) + "@" +
                  std::to_string(d.location.line));
  return out;
}

const char* const kBaselineText = R"({
  "routekaart-baseline": 1,
  "findings": [
    {"file": "docs/a.yaml", "rule": "RK103", "signpost": 9, "fingerprint": "0123456789abcdef",
     "count": 2, "message": "ignored"},
    {"file": "docs\\b.yaml", "rule": "RK201", "fingerprint": "fedcba9876543210"},
    {"file": "docs/c.yaml", "rule": "RK999", "fingerprint": "0000000000000000"}
  ]
}
)";

}  // namespace

TEST_CASE("normalise_baseline_path: one spelling per path") {
  CHECK(normalise_baseline_path("docs/a.yaml") == "docs/a.yaml");
  CHECK(normalise_baseline_path("./docs//a.yaml") == "docs/a.yaml");
  CHECK(normalise_baseline_path("docs\\sub\\a.yaml") == "docs/sub/a.yaml");
  CHECK(normalise_baseline_path("docs/./a.yaml") == "docs/a.yaml");
  CHECK(normalise_baseline_path("/abs//x/") == "/abs/x");
  CHECK(normalise_baseline_path("../up/a.yaml") == "../up/a.yaml");
  CHECK(normalise_baseline_path("-") == "-");
  CHECK(normalise_baseline_path("") == ".");
  CHECK(normalise_baseline_path("./") == ".");
  CHECK(normalise_baseline_path("/") == "/");
  for (const char* path : {"a//b/", "./x", "\\\\srv\\share", "/./.", "a/../b"})
    CHECK(normalise_baseline_path(normalise_baseline_path(path)) == normalise_baseline_path(path));
}

TEST_CASE("finding_fingerprint: the rule and the message's values, not its line or words") {
  const std::string a = finding_fingerprint(rk103("docs/a.yaml", 3, 9));
  CHECK(a.size() == 16);
  CHECK(a.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(finding_fingerprint(rk103("docs/a.yaml", 40, 9)) == a);  // another line
  CHECK(finding_fingerprint(rk103("other.yaml", 3, 9)) == a);    // the file is matched apart
  CHECK(finding_fingerprint(rk103("docs/a.yaml", 3, 8)) != a);   // another value
  Diagnostic other_rule = rk103("docs/a.yaml", 3, 9);
  other_rule.rule = RuleId::RK106;
  CHECK(finding_fingerprint(other_rule) != a);
  // Values that are a place in the file do not count: a duplicate key's first line, a rater's
  // first place.
  CHECK(finding_fingerprint(
            finding(RuleId::RK004, "f", 9, texts::yaml_duplicate_key{.key = "name", .line = 3})) ==
        finding_fingerprint(
            finding(RuleId::RK004, "f", 19, texts::yaml_duplicate_key{.key = "name", .line = 13})));
  CHECK(finding_fingerprint(
            finding(RuleId::RK004, "f", 9, texts::yaml_duplicate_key{.key = "name", .line = 3})) !=
        finding_fingerprint(
            finding(RuleId::RK004, "f", 9, texts::yaml_duplicate_key{.key = "nam", .line = 3})));
  auto twice = [](int line, int column, const char* rater) {
    return finding(
        RuleId::RK021, "f", 1,
        texts::ratings_duplicate{.column = column, .file = "r.yaml", .line = line, .rater = rater});
  };
  CHECK(finding_fingerprint(twice(2, 3, "Ann")) == finding_fingerprint(twice(20, 5, "Ann")));
  CHECK(finding_fingerprint(twice(2, 3, "Ann")) != finding_fingerprint(twice(2, 3, "Bob")));
  // Value boundaries count: "ab" + "c" is not "a" + "bc".
  CHECK(finding_fingerprint(
            finding(RuleId::RK204, "f", 1, texts::check_rk204_goal{.goal = "ab", .method = "c"})) !=
        finding_fingerprint(
            finding(RuleId::RK204, "f", 1, texts::check_rk204_goal{.goal = "a", .method = "bc"})));
}

TEST_CASE("finding_fingerprint: the same for the same findings after lines were added above") {
  const std::string text =
      "routekaart: 1\nintervention: {name: X}\nsignposts:\n  1: {status: addressed}\n";
  const FileReport once = check_text(text);
  const FileReport again = check_text("# a comment above\n\n" + text);
  REQUIRE(once.findings.size() == again.findings.size());
  REQUIRE(!once.findings.empty());
  int moved = 0;
  for (std::size_t i = 0; i < once.findings.size(); ++i) {
    // Findings about the whole file stay at line 1; the others moved two lines down.
    if (once.findings[i].location.line > 1) {
      CHECK(again.findings[i].location.line == once.findings[i].location.line + 2);
      ++moved;
    }
    CHECK(finding_fingerprint(once.findings[i]) == finding_fingerprint(again.findings[i]));
  }
  CHECK(moved > 0);
}

TEST_CASE("can_baseline: every rule but the fixed ones") {
  CHECK(can_baseline(RuleId::RK103));
  CHECK(can_baseline(RuleId::RK101));
  CHECK(can_baseline(RuleId::RK021));
  CHECK_FALSE(can_baseline(RuleId::RK001));  // the file format
  CHECK_FALSE(can_baseline(RuleId::RK002));  // unreadable
  CHECK_FALSE(can_baseline(RuleId::RK107));  // below --min-coverage
}

TEST_CASE("absorb: counts matter, lines do not, the first findings are absorbed") {
  Baseline baseline;
  baseline.entries[baseline_key(rk103("docs/a.yaml", 1, 9))].count = 2;
  baseline.entries[baseline_key(rk103("docs/a.yaml", 1, 3))].count = 1;
  FileReport file =
      file_with("docs/a.yaml", {rk103("docs/a.yaml", 5, 3), rk103("./docs/a.yaml", 7, 9),
                                rk103("docs/a.yaml", 8, 9), rk103("docs/a.yaml", 9, 9),
                                rk103("docs/a.yaml", 10, 4)});
  absorb(file, baseline);
  CHECK(places(file.baselined) == std::vector<std::string>{"RK103/3@5", "RK103/9@7", "RK103/9@8"});
  CHECK(places(file.findings) == std::vector<std::string>{"RK103/9@9", "RK103/4@10"});
  // The counts are used up: the same findings in another report are new.
  FileReport more = file_with("docs/a.yaml", {rk103("docs/a.yaml", 5, 3)});
  absorb(more, baseline);
  CHECK(more.baselined.empty());
  CHECK(more.findings.size() == 1);
}

TEST_CASE("absorb: another file or signpost does not match; fixed rules are never absorbed") {
  const Diagnostic rk107 = finding(RuleId::RK107, "docs/a.yaml", 0,
                                   texts::check_rk107{.coverage = "10", .minimum = "50"});
  Baseline baseline =
      make_baseline(report_of({file_with("docs/a.yaml", {rk103("docs/a.yaml", 5, 3), rk107})}));
  CHECK(baseline.total() == 1);  // RK107 is not written
  FileReport other = file_with("docs/b.yaml", {rk103("docs/b.yaml", 5, 3)});
  absorb(other, baseline);
  CHECK(other.baselined.empty());
  FileReport signpost = file_with("docs/a.yaml", {rk103("docs/a.yaml", 5, 4)});
  absorb(signpost, baseline);
  CHECK(signpost.baselined.empty());
  Baseline forced;
  forced.entries[baseline_key(rk107)].count = 5;
  FileReport fixed = file_with("docs/a.yaml", {rk107});
  absorb(fixed, forced);
  CHECK(fixed.baselined.empty());
  CHECK(rules_of(fixed.findings) == std::vector<std::string>{"RK107/0"});
}

TEST_CASE("apply_baseline: a report's own baseline absorbs everything a baseline may hold") {
  const std::string text =
      "routekaart: 1\nintervention: {name: X}\nsignposts:\n  1: {status: addressed}\n"
      "  2: {status: planned}\n";
  Report report = report_of({check_text(text)});
  const int findings = report.summary.errors + report.summary.warnings + report.summary.infos;
  REQUIRE(findings > 3);
  const Baseline baseline = make_baseline(report);
  CHECK(baseline.total() == findings);
  apply_baseline(report, baseline);
  CHECK(report.files[0].findings.empty());
  CHECK(report.summary.baselined == findings);
  CHECK(report.summary.errors + report.summary.warnings + report.summary.infos == 0);
  // make_baseline of a report with a baseline applied still holds every finding of the run.
  CHECK(make_baseline(report).total() == findings);
}

TEST_CASE("read_baseline: entries, counts, paths normalised; unknown rules are skipped") {
  const check::BaselineLoad load = read_baseline(Source{"b.json", kBaselineText});
  REQUIRE(load.baseline);
  CHECK(load.problems.empty());
  const Baseline& b = *load.baseline;
  CHECK(b.entries.size() == 2);
  CHECK(b.total() == 3);
  const check::BaselineKey a{"docs/a.yaml", RuleId::RK103, 9, "0123456789abcdef"};
  REQUIRE(b.entries.count(a) == 1);
  CHECK(b.entries.at(a).count == 2);
  const check::BaselineKey bk{"docs/b.yaml", RuleId::RK201, 0, "fedcba9876543210"};
  REQUIRE(b.entries.count(bk) == 1);
  CHECK(b.entries.at(bk).count == 1);
}

TEST_CASE("read_baseline: the same as YAML") {
  const check::BaselineLoad load = read_baseline(Source{
      "b.yaml",
      "routekaart-baseline: 1\nfindings:\n  - file: docs/a.yaml\n    rule: rk103\n    signpost: 9\n"
      "    fingerprint: 0123456789abcdef\n"});
  REQUIRE(load.baseline);
  CHECK(load.baseline->total() == 1);
}

TEST_CASE("read_baseline: problems are located in the baseline file") {
  auto problems = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& d : read_baseline(Source{"b.json", text}).problems)
      out.push_back(std::to_string(d.location.line) + ":" + std::to_string(d.location.column) +
                    " " + std::string(rule_name(d.rule)) + " " + words(d.message));
    return out;
  };
  CHECK(!read_baseline(Source{"b.json", "{"}).baseline);
  CHECK(problems("{").size() == 1);
  CHECK(problems(R"({"routekaart-baseline": 2, "findings": []})") ==
        std::vector<std::string>{"1:25 RK006 routekaart-baseline must be between 1 and 1, not 2"});
  CHECK(problems("routekaart-baseline: 1\nfindings:\n  - {file: a.yaml, rule: RK103}\n") ==
        std::vector<std::string>{"3:5 RK007 required key 'fingerprint' is missing in findings[1]"});
  CHECK(problems("routekaart-baseline: 1\nfindings:\n"
                 "  - {file: a, rule: RK103, fingerprint: x, count: 0}\n") ==
        std::vector<std::string>{
            "3:51 RK006 findings[1].count must be between 1 and 1000000, not 0"});
  CHECK(!problems("[]").empty());
  CHECK(problems("") == std::vector<std::string>{"1:1 RK001 the file is empty"});
}

TEST_CASE("finding_fingerprint: a nested text counts by its key (planned is not not-addressed)") {
  const auto rk102 = [](Status status) {
    return finding(RuleId::RK102, "a.yaml", 5,
                   texts::check_rk102{.signpost = 9, .status = status_label(status), .title = "X"},
                   9);
  };
  CHECK(finding_fingerprint(rk102(Status::planned)) !=
        finding_fingerprint(rk102(Status::not_addressed)));
  CHECK(finding_fingerprint(rk102(Status::planned)) == finding_fingerprint(rk102(Status::planned)));
}
