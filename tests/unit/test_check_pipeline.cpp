// src/check/pipeline.cpp: the one pipeline, from a path or a text to a report and an outcome.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include <string>
#include <vector>

#include "check/pipeline.hpp"
#include "helpers.hpp"

using routekaart::check::check_file;
using routekaart::check::check_path;
using routekaart::check::check_source;
using routekaart::check::Checked;
using routekaart::check::FileReport;
using routekaart::check::Mode;
using routekaart::check::Outcome;
using routekaart::check::outcome;
using routekaart::check::Report;
using routekaart::check::Settings;
using routekaart::io::Source;
using routekaart::testing::all_signposts;
using routekaart::testing::embedded_catalogue;
using routekaart::testing::TempDir;
using routekaart::testing::words;

using namespace routekaart;

namespace {

const std::string kValid =
    "routekaart: 1\nlanguage: nl\nintervention: {name: De Brug}\nsignposts:\n"
    "  1: {status: addressed, practice: p}\nmethod: {end_result: e}\n";
const std::string kInvalid =
    "routekaart: 1\nintervention: {name: Omweg, tier: 9}\nsignposts:\n  2: {status: partial}\n";

// Everything a report says about one file, as text, to compare reports.
std::string digest(const FileReport& f) {
  std::string out = fmt::format(
      "{} readable={} valid={} parsed={} name={} coverage={}\n", f.path, f.readable, f.valid,
      f.parsed, f.name, f.coverage.percent ? fmt::format("{:.4f}", *f.coverage.percent) : "none");
  for (const auto& d : f.findings)
    out += fmt::format("  {} {}:{} {} {}\n", rule_name(d.rule), d.location.line, d.location.column,
                       severity_name(d.severity), tr(Lang::en, d.message));
  for (const auto& d : f.suppressed) out += fmt::format("  suppressed {}\n", rule_name(d.rule));
  return out;
}

std::string digest(const Report& r) {
  std::string out;
  for (const auto& f : r.files) out += digest(f);
  out += fmt::format("files={} valid={} invalid={} unreadable={} errors={} warnings={} infos={}",
                     r.summary.files, r.summary.valid, r.summary.invalid, r.summary.unreadable,
                     r.summary.errors, r.summary.warnings, r.summary.infos);
  return out;
}

// The paths of a report's files, relative to `dir`.
std::vector<std::string> paths(const Report& r, const TempDir& dir) {
  std::vector<std::string> out;
  for (const auto& f : r.files)
    out.push_back(f.path.rfind(dir.path() + "/", 0) == 0 ? f.path.substr(dir.path().size() + 1)
                                                         : f.path);
  return out;
}

Settings settings_for(std::vector<std::string> paths, Mode mode = Mode::check) {
  Settings s = all_signposts(mode);
  s.paths = std::move(paths);
  return s;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("check_source: a valid file, start to end") {
  const Checked c =
      check_source(Source{"brug.yaml", kValid}, embedded_catalogue(), all_signposts());
  const FileReport& r = c.report;
  CHECK(r.path == "brug.yaml");
  CHECK(r.readable);
  CHECK(r.valid);
  CHECK(r.parsed);
  CHECK(r.name == "De Brug");
  CHECK(r.label() == "De Brug");
  CHECK(r.language == Lang::nl);
  REQUIRE(r.signposts.size() == 14);
  CHECK(r.signposts[0].coverage == 1.0);
  REQUIRE(r.coverage.percent);
  CHECK(*r.coverage.percent == doctest::Approx(100.0 / 14));
  CHECK(r.suppressed.empty());
  // Findings: RK101 for 2..14 at `signposts:` (4:1), and RK106 for the one-word practice of 1.
  CHECK(r.findings.size() == 14);
  int rk101 = 0;
  for (const auto& d : r.findings) {
    if (d.rule == RuleId::RK101) ++rk101;
    if (d.rule != RuleId::RK101) CHECK(d.rule == RuleId::RK106);
  }
  CHECK(rk101 == 13);
  REQUIRE(c.intervention);
  CHECK(c.intervention->info.name == "De Brug");
  CHECK(c.intervention->path == "brug.yaml");
}

TEST_CASE("check_source: a file with format errors is still scored and checked") {
  const Checked c = check_source(Source{"f.yaml", kInvalid}, embedded_catalogue(), all_signposts());
  const FileReport& r = c.report;
  CHECK(r.readable);
  CHECK_FALSE(r.valid);
  CHECK(r.parsed);
  CHECK(r.name == "Omweg");
  CHECK_FALSE(r.language);
  CHECK(r.signposts.size() == 14);
  CHECK(r.coverage.percent);
  const auto rules = routekaart::testing::rules_of(r.findings);
  // Sorted by place: the range error at 2:31, then RK101 (3:1), RK103 for 2 (4:3), RK201 (1:1
  // comes first of all).
  REQUIRE(rules.size() >= 3);
  CHECK(rules[0] == "RK201/12");
  CHECK(rules[1] == "RK006/0");
  CHECK(std::count(rules.begin(), rules.end(), "RK103/2") == 1);
  for (std::size_t i = 1; i < r.findings.size(); ++i) {
    const auto& a = r.findings[i - 1].location;
    const auto& b = r.findings[i].location;
    CHECK(std::tie(a.line, a.column) <= std::tie(b.line, b.column));
  }
}

TEST_CASE("check_source: a file that cannot be parsed") {
  const Checked c =
      check_source(Source{"kapot.yaml", "routekaart: [1\n"}, embedded_catalogue(), all_signposts());
  const FileReport& r = c.report;
  CHECK(r.readable);
  CHECK_FALSE(r.valid);
  CHECK_FALSE(r.parsed);
  CHECK(r.name.empty());
  CHECK(r.label() == "kapot.yaml");
  CHECK(r.signposts.empty());
  CHECK_FALSE(r.coverage.percent);
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == RuleId::RK001);
  CHECK_FALSE(c.intervention);
}

TEST_CASE("check_source: validate mode reports the format only") {
  const std::string text = kInvalid + "suppress:\n  - {rule: RK103, reason: later}\n";
  const FileReport r =
      check_source(Source{"f.yaml", text}, embedded_catalogue(), all_signposts(Mode::validate))
          .report;
  CHECK(r.parsed);
  CHECK_FALSE(r.valid);
  CHECK(r.signposts.empty());
  CHECK_FALSE(r.coverage.percent);
  CHECK(routekaart::testing::rules_of(r.findings) == Names{"RK006/0"});
  CHECK(r.suppressed.empty());  // no RK022 either: suppressions belong to check
}

TEST_CASE("check_source: the settings' limits apply") {
  Settings s = all_signposts();
  s.limits.max_depth = 2;
  const FileReport r = check_source(Source{"f.yaml", kValid}, embedded_catalogue(), s).report;
  REQUIRE(r.findings.size() == 1);
  CHECK(words(r.findings[0].message) == "nesting deeper than 2 levels");
}

TEST_CASE("check_path: from a file, or not") {
  TempDir dir;
  SUBCASE("a file") {
    const std::string path = dir.write("brug.yaml", kValid);
    const Checked c = check_path(path, embedded_catalogue(), all_signposts());
    CHECK(c.report.path == path);
    CHECK(c.report.valid);
    CHECK(c.intervention);
    CHECK(digest(c.report) ==
          digest(check_source(Source{path, kValid}, embedded_catalogue(), all_signposts()).report));
  }
  SUBCASE("a path that does not exist is unreadable") {
    const std::string path = dir / "weg.yaml";
    const Checked c = check_path(path, embedded_catalogue(), all_signposts());
    CHECK_FALSE(c.report.readable);
    CHECK_FALSE(c.report.valid);
    CHECK_FALSE(c.report.parsed);
    CHECK(c.report.label() == path);
    REQUIRE(c.report.findings.size() == 1);
    CHECK(words(c.report.findings[0].message) == "cannot read the file: it does not exist");
    CHECK_FALSE(c.intervention);
  }
  SUBCASE("a file over the settings' size limit is readable, but invalid") {
    Settings s = all_signposts();
    s.limits.max_file_bytes = 16;
    const Checked c = check_path(dir.write("brug.yaml", kValid), embedded_catalogue(), s);
    CHECK(c.report.readable);
    CHECK_FALSE(c.report.valid);
    REQUIRE(c.report.findings.size() == 1);
    CHECK(c.report.findings[0].rule == RuleId::RK010);
  }
}

TEST_CASE("check_file: the report of a file that was loaded elsewhere") {
  model::LoadedIntervention unreadable;
  unreadable.unreadable = true;
  const FileReport r = check_file(unreadable, "x.yaml", embedded_catalogue(), all_signposts());
  CHECK(r.path == "x.yaml");
  CHECK_FALSE(r.readable);
  CHECK_FALSE(r.valid);
  CHECK(r.findings.empty());
}

TEST_CASE("run: folders, files and patterns") {
  TempDir dir;
  dir.write("a.yaml", kValid);
  dir.write("b.yml", kInvalid);
  dir.write("drafts/c.yaml", kValid);
  dir.write("notes.txt", "geen yaml");
  SUBCASE("a folder: its YAML files, sorted, with the summary") {
    const Report r = routekaart::check::run(settings_for({dir.path()}), embedded_catalogue(), 1);
    CHECK(paths(r, dir) == Names{"a.yaml", "b.yml", "drafts/c.yaml"});
    CHECK(r.selected.size() == 14);
    CHECK(r.summary.files == 3);
    CHECK(r.summary.valid == 2);
    CHECK(r.summary.invalid == 1);
  }
  SUBCASE("exclude leaves files out") {
    Settings s = settings_for({dir.path()});
    s.exclude = {"**/drafts/*"};
    CHECK(paths(routekaart::check::run(s, embedded_catalogue(), 1), dir) ==
          Names{"a.yaml", "b.yml"});
  }
  SUBCASE("include keeps only what matches; exclude still wins") {
    Settings s = settings_for({dir.path()});
    s.include = {"*.yaml"};
    CHECK(paths(routekaart::check::run(s, embedded_catalogue(), 1), dir) ==
          Names{"a.yaml", "drafts/c.yaml"});
    s.exclude = {"*/drafts/*"};
    CHECK(paths(routekaart::check::run(s, embedded_catalogue(), 1), dir) == Names{"a.yaml"});
  }
  SUBCASE("patterns apply to files named directly too") {
    Settings s = settings_for({dir / "a.yaml", dir / "b.yml"});
    s.exclude = {"*.yml"};
    CHECK(paths(routekaart::check::run(s, embedded_catalogue(), 1), dir) == Names{"a.yaml"});
  }
  SUBCASE("paths keep their order; a missing one is an unreadable file") {
    const Report r =
        routekaart::check::run(settings_for({dir / "b.yml", dir / "missing.yaml", dir / "a.yaml"}),
                               embedded_catalogue(), 1);
    CHECK(paths(r, dir) == Names{"b.yml", "missing.yaml", "a.yaml"});
    CHECK_FALSE(r.files[1].readable);
    CHECK(r.summary.unreadable == 1);
  }
  SUBCASE("validate takes its paths as files: a folder is no file") {
    const Report r =
        routekaart::check::run(settings_for({dir.path()}, Mode::validate), embedded_catalogue(), 1);
    REQUIRE(r.files.size() == 1);
    CHECK_FALSE(r.files[0].readable);
    CHECK(words(r.files[0].findings.at(0).message) == "this is a folder, not a file");
  }
  SUBCASE("the selection is the report's") {
    Settings s = settings_for({dir / "a.yaml"});
    s.selected = {1, 12};
    const Report r = routekaart::check::run(s, embedded_catalogue(), 1);
    CHECK(r.selected == std::vector<int>{1, 12});
    CHECK(r.files.at(0).signposts.size() == 2);
  }
  SUBCASE("nothing to check") {
    const Report r = routekaart::check::run(settings_for({}), embedded_catalogue(), 4);
    CHECK(r.files.empty());
    CHECK(r.summary.files == 0);
  }
}

TEST_CASE("run: one worker or several give the same report") {
  TempDir dir;
  for (int i = 0; i < 24; ++i)
    dir.write(fmt::format("f{:02}.yaml", i), i % 3 == 0 ? kInvalid : kValid);
  dir.write("f99.yaml", "routekaart: [\n");
  const Settings s = settings_for({dir.path(), dir / "missing.yaml"});
  const std::string one = digest(routekaart::check::run(s, embedded_catalogue(), 1));
  CHECK(one.find("f00.yaml readable=true valid=false") != std::string::npos);
  for (unsigned workers : {0u, 2u, 3u, 8u, 64u}) {
    CAPTURE(workers);
    CHECK(digest(routekaart::check::run(s, embedded_catalogue(), workers)) == one);
  }
}

TEST_CASE("run: a folder that cannot be read is reported, unless excluded") {
  if (routekaart::testing::running_as_root()) {
    MESSAGE("running as root, who may read any folder");
    return;
  }
  TempDir dir;
  dir.write("open/a.yaml", kValid);
  dir.write("closed/b.yaml", kValid);
  REQUIRE(::chmod((dir / "closed").c_str(), 0) == 0);
  Settings s = settings_for({dir.path()});
  const Report r = routekaart::check::run(s, embedded_catalogue(), 1);
  s.exclude = {"*/closed"};
  const Report excluded = routekaart::check::run(s, embedded_catalogue(), 1);
  ::chmod((dir / "closed").c_str(), 0700);
  CHECK(paths(r, dir) == Names{"closed", "open/a.yaml"});
  CHECK_FALSE(r.files[0].readable);
  CHECK(paths(excluded, dir) == Names{"open/a.yaml"});
}

// ---- outcome -----------------------------------------------------------------------------------

namespace {

FileReport file_with(std::vector<Severity> severities, std::optional<double> coverage = 50.0) {
  FileReport f;
  f.path = "f.yaml";
  f.valid = true;
  f.parsed = true;
  f.coverage.percent = coverage;
  for (Severity s : severities) f.findings.push_back(Diagnostic{RuleId::RK102, s, {}, {}, {}, 2});
  return f;
}

Report report_of(std::vector<FileReport> files) {
  Report r;
  r.files = std::move(files);
  return r;
}

Settings fail_on(std::optional<Severity> severity, std::optional<double> min_coverage = {}) {
  Settings s = all_signposts();
  s.fail_on = severity;
  s.min_coverage = min_coverage;
  return s;
}

}  // namespace

TEST_CASE("outcome: ok, problems or unreadable") {
  SUBCASE("nothing at all is ok") {
    CHECK(outcome(Report{}, all_signposts()) == Outcome::ok);
  }
  SUBCASE("findings below fail-on are ok") {
    const Report r = report_of({file_with({Severity::warning, Severity::info})});
    CHECK(outcome(r, fail_on(Severity::error)) == Outcome::ok);
  }
  SUBCASE("a finding at or above fail-on is a problem") {
    const Report r = report_of({file_with({Severity::info}), file_with({Severity::warning})});
    CHECK(outcome(r, fail_on(Severity::warning)) == Outcome::problems);
    CHECK(outcome(r, fail_on(Severity::info)) == Outcome::problems);
    CHECK(outcome(r, fail_on(Severity::error)) == Outcome::ok);
  }
  SUBCASE("fail-on never: findings are no problem") {
    const Report r = report_of({file_with({Severity::error})});
    CHECK(outcome(r, fail_on(std::nullopt)) == Outcome::ok);
  }
  SUBCASE("an invalid file is a problem, even with fail-on never") {
    FileReport invalid = file_with({});
    invalid.valid = false;
    CHECK(outcome(report_of({invalid}), fail_on(std::nullopt)) == Outcome::problems);
  }
  SUBCASE("coverage below the minimum is a problem; equal to it is not") {
    CHECK(outcome(report_of({file_with({}, 49.9)}), fail_on(Severity::error, 50.0)) ==
          Outcome::problems);
    CHECK(outcome(report_of({file_with({}, 50.0)}), fail_on(Severity::error, 50.0)) == Outcome::ok);
  }
  SUBCASE("a file without coverage is never below the minimum") {
    CHECK(outcome(report_of({file_with({}, std::nullopt)}), fail_on(Severity::error, 50.0)) ==
          Outcome::ok);
  }
  SUBCASE("an unreadable file outweighs every problem, wherever it is") {
    FileReport unreadable;
    unreadable.readable = false;
    FileReport invalid = file_with({Severity::error});
    invalid.valid = false;
    CHECK(outcome(report_of({invalid, unreadable}), all_signposts()) == Outcome::unreadable);
    CHECK(outcome(report_of({unreadable, invalid}), all_signposts()) == Outcome::unreadable);
  }
}

TEST_CASE("outcome: through the whole pipeline") {
  TempDir dir;
  const std::string valid = dir.write("a.yaml", kValid);
  Settings s = settings_for({valid});
  CHECK(outcome(routekaart::check::run(s, embedded_catalogue(), 1), s) == Outcome::ok);
  s.fail_on = Severity::warning;  // RK101 is a warning
  CHECK(outcome(routekaart::check::run(s, embedded_catalogue(), 1), s) == Outcome::problems);
  s = settings_for({valid});
  s.min_coverage = 10;  // 1 of 14 is 7.1%
  CHECK(outcome(routekaart::check::run(s, embedded_catalogue(), 1), s) == Outcome::problems);
  s = settings_for({valid, dir / "missing.yaml"});
  CHECK(outcome(routekaart::check::run(s, embedded_catalogue(), 1), s) == Outcome::unreadable);
}

TEST_CASE("run_each: every report in input order, on any number of workers") {
  TempDir dir;
  std::vector<std::string> files;
  for (int i = 0; i < 40; ++i) {
    const std::string name = fmt::format("f{:02}.yaml", i);
    dir.write(name, i % 3 == 0 ? kInvalid : kValid);
    files.push_back(dir / name);
  }
  Settings s = settings_for({dir.path(), dir / "missing.yaml"});
  const routekaart::check::Inputs inputs = routekaart::check::find_inputs(s);
  files.push_back(dir / "missing.yaml");  // read (and found unreadable) in its turn
  CHECK(inputs.files == files);
  CHECK(inputs.size() == 41);
  for (unsigned workers : {1u, 2u, 8u}) {
    INFO("workers: ", workers);
    std::vector<std::string> seen;
    std::vector<bool> valid;
    routekaart::check::run_each(inputs, s, embedded_catalogue(), workers, [&](FileReport&& f) {
      seen.push_back(f.path);
      valid.push_back(f.valid);
    });
    CHECK(seen == files);
    REQUIRE(valid.size() == 41);
    for (std::size_t i = 0; i < 40; ++i) CHECK(valid[i] == (i % 3 != 0));
    CHECK_FALSE(valid[40]);
  }
}

TEST_CASE("run_each: an exception in the consumer stops the run and reaches the caller") {
  TempDir dir;
  for (int i = 0; i < 30; ++i) dir.write(fmt::format("f{:02}.yaml", i), kValid);
  Settings s = settings_for({dir.path()});
  const routekaart::check::Inputs inputs = routekaart::check::find_inputs(s);
  int handed = 0;
  CHECK_THROWS_AS(routekaart::check::run_each(inputs, s, embedded_catalogue(), 4,
                                              [&](FileReport&&) {
                                                if (++handed == 5) throw std::runtime_error("full");
                                              }),
                  std::runtime_error);
  CHECK(handed == 5);
}

TEST_CASE("outcome: a file's outcome; a run's is the worst of its files'") {
  Settings s = all_signposts();
  FileReport ok;
  ok.valid = true;
  FileReport invalid;
  FileReport unreadable;
  unreadable.readable = false;
  CHECK(outcome(ok, s) == Outcome::ok);
  CHECK(outcome(invalid, s) == Outcome::problems);
  CHECK(outcome(unreadable, s) == Outcome::unreadable);
  Report r;
  r.files = {ok, unreadable, invalid};
  CHECK(outcome(r, s) == Outcome::unreadable);
  r.files = {ok, invalid, ok};
  CHECK(outcome(r, s) == Outcome::problems);
}
