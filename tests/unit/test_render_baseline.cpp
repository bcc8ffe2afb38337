// src/render/baseline.cpp: the baseline file as --write-baseline writes it.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "check/baseline.hpp"
#include "generated/texts/check.hpp"
#include "helpers.hpp"
#include "render/baseline.hpp"

using routekaart::check::Baseline;
using routekaart::check::BaselineKey;
using routekaart::render::render_baseline;
using routekaart::testing::words;

using namespace routekaart;

namespace {

std::string written(const Baseline& baseline, Lang lang = Lang::en) {
  std::ostringstream out;
  render_baseline(baseline, lang, out);
  return out.str();
}

}  // namespace

TEST_CASE("render_baseline: sorted by file, rule, signpost and fingerprint, with counts") {
  Baseline b;
  b.entries[BaselineKey{"docs/b.yaml", RuleId::RK103, 9, "00000000000000ff"}] = {
      1, Message(texts::check_rk201_method{})};
  b.entries[BaselineKey{"docs/a.yaml", RuleId::RK201, 12, "0000000000000001"}] = {
      2, Message(texts::check_rk201_end_result{})};
  b.entries[BaselineKey{"docs/a.yaml", RuleId::RK103, 9, "0000000000000002"}] = {1, std::nullopt};
  b.entries[BaselineKey{"docs/a.yaml", RuleId::RK103, 3, "0000000000000003"}] = {0, std::nullopt};
  const std::string expected = R"({
  "routekaart-baseline": 1,
  "findings": [
    {
      "file": "docs/a.yaml",
      "rule": "RK103",
      "signpost": 9,
      "fingerprint": "0000000000000002",
      "count": 1
    },
    {
      "file": "docs/a.yaml",
      "rule": "RK201",
      "signpost": 12,
      "fingerprint": "0000000000000001",
      "count": 2,
      "message": ")" + words(texts::check_rk201_end_result{}) +
                               R"("
    },
    {
      "file": "docs/b.yaml",
      "rule": "RK103",
      "signpost": 9,
      "fingerprint": "00000000000000ff",
      "count": 1,
      "message": ")" + words(texts::check_rk201_method{}) +
                               R"("
    }
  ]
}
)";
  CHECK(written(b) == expected);
}

TEST_CASE("render_baseline: an empty baseline, and a long message cut to 200 characters") {
  CHECK(written(Baseline{}) == "{\n  \"routekaart-baseline\": 1,\n  \"findings\": []\n}\n");
  Baseline b;
  b.entries[BaselineKey{"a.yaml", RuleId::RK205, 12, "0000000000000000"}] = {
      1, Message(texts::check_rk205_goal{.goal = std::string(500, 'g') + "\n\"x\""})};
  const std::string text = written(b);
  CHECK(text.find(std::string(150, 'g')) != std::string::npos);
  CHECK(text.find(std::string(201, 'g')) == std::string::npos);
  CHECK(text.find("…") != std::string::npos);
}

TEST_CASE("render_baseline: what it writes reads back as the same baseline") {
  const check::Report report = [] {
    check::Report r;
    r.files.push_back(testing::check_text(
        "routekaart: 1\nintervention: {name: \"Wij \\\"zijn\\\" | hier\"}\nsignposts:\n"
        "  1: {status: addressed}\n  7: {status: planned}\nmethod: {goals: [{id: \"G\\n1\", "
        "text: t}]}\n"));
    r.files[0].path = "docs\\sub/./x.yaml";
    for (auto& d : r.files[0].findings) d.location.file = r.files[0].path;
    check::summarise(r);
    return r;
  }();
  const Baseline made = check::make_baseline(report);
  REQUIRE(made.total() > 2);
  for (const Lang lang : {Lang::en, Lang::nl}) {
    const check::BaselineLoad load =
        check::read_baseline(io::Source{"b.json", written(made, lang)});
    REQUIRE(load.baseline);
    CHECK(load.baseline->total() == made.total());
    REQUIRE(load.baseline->entries.size() == made.entries.size());
    auto it = made.entries.begin();
    for (const auto& [key, entry] : load.baseline->entries) {
      CHECK(key == it->first);
      CHECK(key.file == "docs/sub/x.yaml");
      CHECK(entry.count == it->second.count);
      ++it;
    }
  }
}
