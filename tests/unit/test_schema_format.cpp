// src/schema/format.cpp: the file formats as tables.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "common/diagnostic.hpp"
#include "common/roadmap.hpp"
#include "common/status.hpp"
#include "schema/format.hpp"

using routekaart::schema::Field;
using routekaart::schema::Spec;
using routekaart::schema::Type;

using namespace routekaart;

namespace {

// Calls `visit` for every field reachable from `spec`, with its path ("intervention.name").
void each_field(const Spec& spec, const std::string& path,
                const std::function<void(const Field&, const std::string&)>& visit,
                std::set<const Spec*>& seen) {
  if (!seen.insert(&spec).second) return;
  for (const auto& field : spec.fields) {
    const std::string where =
        path.empty() ? std::string(field.key) : path + "." + std::string(field.key);
    visit(field, where);
    REQUIRE(field.spec != nullptr);
    each_field(*field.spec, where, visit, seen);
  }
  if (spec.item) each_field(*spec.item, path + "[]", visit, seen);
}

void each_field(const Spec& spec,
                const std::function<void(const Field&, const std::string&)>& visit) {
  std::set<const Spec*> seen;
  each_field(spec, "", visit, seen);
}

const Field& field(const Spec& spec, std::string_view key) {
  for (const auto& f : spec.fields)
    if (f.key == key) return f;
  FAIL("no field " << key);
  static const Field none{};
  return none;
}

std::vector<std::string> strings(const std::vector<std::string_view>& views) {
  return {views.begin(), views.end()};
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("intervention_spec: every field has a one-line text in both languages") {
  int fields = 0;
  each_field(schema::intervention_spec(), [&](const Field& f, const std::string& where) {
    CAPTURE(where);
    ++fields;
    REQUIRE(f.doc);
    CHECK(text_key(*f.doc).substr(0, 6) == "field.");
    const std::string en = tr(Lang::en, Message{*f.doc, {}});
    const std::string nl = tr(Lang::nl, Message{*f.doc, {}});
    CHECK_FALSE(en.empty());
    CHECK_FALSE(nl.empty());
    CHECK(en.find('\n') == std::string::npos);
    CHECK(nl.find('\n') == std::string::npos);
  });
  CHECK(fields >= 50);
}

TEST_CASE("config_spec: every field has a one-line text in both languages") {
  each_field(schema::config_spec(), [&](const Field& f, const std::string& where) {
    CAPTURE(where);
    REQUIRE(f.doc);
    CHECK_FALSE(tr(Lang::en, Message{*f.doc, {}}).empty());
    CHECK_FALSE(tr(Lang::nl, Message{*f.doc, {}}).empty());
  });
}

TEST_CASE("catalogue_entry_spec: every field with a doc has a text") {
  int with_doc = 0;
  each_field(schema::catalogue_entry_spec(), [&](const Field& f, const std::string& where) {
    CAPTURE(where);
    if (!f.doc) return;
    ++with_doc;
    CHECK_FALSE(tr(Lang::en, Message{*f.doc, {}}).empty());
    CHECK_FALSE(tr(Lang::nl, Message{*f.doc, {}}).empty());
  });
  CHECK(with_doc > 0);  // the {nl, en} pairs and element ids
}

TEST_CASE("the specs: well-formed tables") {
  for (const Spec* root : {&schema::intervention_spec(), &schema::rating_spec(),
                           &schema::catalogue_entry_spec(), &schema::config_spec()}) {
    std::set<const Spec*> seen;
    std::function<void(const Spec&, const std::string&)> check = [&](const Spec& spec,
                                                                     const std::string& where) {
      if (!seen.insert(&spec).second) return;
      CAPTURE(where);
      std::set<std::string_view> keys;
      for (const auto& f : spec.fields) {
        CHECK_FALSE(f.key.empty());
        CHECK(keys.insert(f.key).second);  // no key twice
        REQUIRE(f.spec);
        check(*f.spec, where + "." + std::string(f.key));
      }
      switch (spec.type) {
        case Type::map:
          CHECK_FALSE(spec.fields.empty());
          break;
        case Type::list:
        case Type::signpost_map:
        case Type::element_map:
        case Type::rule_map:
          REQUIRE(spec.item);
          check(*spec.item, where + "[]");
          break;
        case Type::choice:
        case Type::status_entry:
          CHECK_FALSE(spec.choices.empty());
          break;
        case Type::integer:
        case Type::number:
        case Type::age_range:
        case Type::version:
          CHECK(spec.min <= spec.max);
          break;
        default:
          break;
      }
    };
    check(*root, "");
  }
}

TEST_CASE("status_words: the status table's words that files may use, in its order") {
  Words from_table;
  for (const auto& row : kStatuses)
    if (row.in_files) from_table.emplace_back(row.word);
  CHECK(strings(schema::status_words()) == from_table);
  CHECK(strings(schema::status_words()) ==
        Words{"addressed", "partial", "planned", "not-addressed", "not-applicable"});
}

TEST_CASE("intervention_spec: the status choices are the status table's") {
  const Spec& signposts = *field(schema::intervention_spec(), "signposts").spec;
  REQUIRE(signposts.type == Type::signpost_map);
  const Spec& signpost = *signposts.item;
  const Spec& status = *field(signpost, "status").spec;
  CHECK(status.type == Type::choice);
  CHECK(strings(status.choices) == strings(schema::status_words()));
  const Spec& elements = *field(signpost, "elements").spec;
  REQUIRE(elements.type == Type::element_map);
  REQUIRE(elements.item);
  CHECK(elements.item->type == Type::status_entry);
  CHECK(strings(elements.item->choices) == strings(schema::status_words()));
}

TEST_CASE("intervention_spec: the keys of the top level") {
  const Spec& root = schema::intervention_spec();
  Words keys, required;
  for (const auto& f : root.fields) {
    keys.emplace_back(f.key);
    if (f.required) required.emplace_back(f.key);
  }
  CHECK(keys == Words{"routekaart", "language", "intervention", "signposts", "method", "team",
                      "resources", "ratings", "suppress"});
  CHECK(required == Words{"routekaart", "intervention", "signposts"});
  const Spec& version = *field(root, "routekaart").spec;
  CHECK(version.type == Type::version);
  CHECK(version.min == 1);
  CHECK(version.max == schema::kFormatVersion);
  CHECK(schema::kFormatVersion == 1);
  CHECK(strings(field(root, "language").spec->choices) == Words{"nl", "en"});
}

TEST_CASE("intervention_spec: the bounds of numbers") {
  const Spec& info = *field(schema::intervention_spec(), "intervention").spec;
  const Spec& tier = *field(info, "tier").spec;
  CHECK(tier.type == Type::integer);
  CHECK(tier.min == 1);
  CHECK(tier.max == 3);
  const Spec& ages = *field(info, "ages").spec;
  CHECK(ages.type == Type::age_range);
  CHECK(ages.min == 4);
  CHECK(ages.max == 27);
  const Spec& signposts = *field(schema::intervention_spec(), "signposts").spec;
  CHECK(signposts.min == 1);
  CHECK(signposts.max == kSignpostCount);
  const Spec& team = *field(schema::intervention_spec(), "team").spec;
  const Spec& hours = *field(*team.item, "hours_per_week").spec;
  CHECK(hours.type == Type::number);
  CHECK(hours.min == 0);
  CHECK(hours.max == 168);
  CHECK(strings(field(info, "setting").spec->choices) == Words{"education", "care", "combined"});
  CHECK(field(info, "name").spec->non_empty);
  CHECK(field(info, "name").required);
}

TEST_CASE("rating_spec: rater and scores are required, scores are 1..5") {
  const Spec& rating = schema::rating_spec();
  CHECK(field(rating, "rater").required);
  CHECK(field(rating, "scores").required);
  CHECK_FALSE(field(rating, "role").required);
  CHECK(field(rating, "date").spec->type == Type::date);
  const Spec& scores = *field(rating, "scores").spec;
  REQUIRE(scores.type == Type::signpost_map);
  const Spec& importance = *field(*scores.item, "importance").spec;
  CHECK(importance.min == 1);
  CHECK(importance.max == 5);
  // The shape of one entry of `ratings:` in an intervention file.
  const Spec& ratings = *field(schema::intervention_spec(), "ratings").spec;
  CHECK(ratings.item == &rating);
}

TEST_CASE("config_spec: the keys, and severities tied to the severity table") {
  const Spec& config = schema::config_spec();
  Words keys;
  for (const auto& f : config.fields) {
    keys.emplace_back(f.key);
    CHECK_FALSE(f.required);
  }
  CHECK(keys == Words{"paths", "include", "exclude", "language", "fail-on", "min-coverage",
                      "min-practice-words", "require", "rules"});
  Words severities;
  for (const auto& row : kSeverities) severities.emplace_back(row.name);
  // fail-on: a severity, or never
  Words fail_on = severities;
  fail_on.emplace_back("never");
  Words fail_on_choices = strings(field(config, "fail-on").spec->choices);
  std::sort(fail_on.begin(), fail_on.end());
  std::sort(fail_on_choices.begin(), fail_on_choices.end());
  CHECK(fail_on_choices == fail_on);
  // rules: off, or a severity
  const Spec& rules = *field(config, "rules").spec;
  CHECK(rules.type == Type::rule_map);
  Words rule_choices = strings(rules.item->choices);
  Words expected = severities;
  expected.emplace_back("off");
  std::sort(rule_choices.begin(), rule_choices.end());
  std::sort(expected.begin(), expected.end());
  CHECK(rule_choices == expected);
  const Spec& percent = *field(config, "min-coverage").spec;
  CHECK(percent.type == Type::number);
  CHECK(percent.min == 0);
  CHECK(percent.max == 100);
  const Spec& require = *field(config, "require").spec;
  CHECK(require.item->min == 1);
  CHECK(require.item->max == kSignpostCount);
}

TEST_CASE("catalogue_entry_spec: every key is required") {
  Words keys;
  for (const auto& f : schema::catalogue_entry_spec().fields) {
    keys.emplace_back(f.key);
    CHECK(f.required);
  }
  CHECK(keys == Words{"number", "slug", "title", "title_en_source", "short_title", "audience",
                      "summary", "hint", "elements", "questions", "related", "source"});
}
