#include "schema/format.hpp"

#include "common/status.hpp"
#include "generated/texts/fields.hpp"

namespace routekaart::schema {
namespace {

Spec text() {
  return Spec{Type::text, {}, nullptr, 0, 0, {}, false};
}
Spec integer(std::int64_t min, std::int64_t max) {
  return Spec{Type::integer, {}, nullptr, min, max, {}, false};
}
Spec choice(std::vector<std::string_view> values) {
  return Spec{Type::choice, {}, nullptr, 0, 0, std::move(values), false};
}
Spec list(const Spec* item) {
  return Spec{Type::list, {}, item, 0, 0, {}, false};
}
// The status words files may use, from the status table (common/status.hpp).
std::vector<std::string_view> file_status_words() {
  std::vector<std::string_view> words;
  for (const auto& row : kStatuses)
    if (row.in_files) words.push_back(row.word);
  return words;
}
Spec map(std::vector<Field> fields) {
  return Spec{Type::map, std::move(fields), nullptr, 0, 0, {}, false};
}

struct Specs {
  Spec text = schema::text();
  Spec name = Spec{Type::text, {}, nullptr, 0, 0, {}, true};
  Spec text_list = list(&text);
  Spec version = Spec{Type::version, {}, nullptr, 1, kFormatVersion, {}, false};
  Spec language = choice({"nl", "en"});
  Spec setting = choice({"education", "care", "combined"});
  Spec tier = integer(1, 3);
  Spec boolean = Spec{Type::boolean, {}, nullptr, 0, 0, {}, false};
  Spec ages = Spec{Type::age_range, {}, nullptr, 4, 27, {}, false};
  Spec school_type = choice({"po", "so", "vo", "vso", "mbo"});
  Spec school_types = list(&school_type);
  Spec positive = integer(1, 1000000);
  Spec hours = Spec{Type::number, {}, nullptr, 0, 168, {}, false};
  Spec status = choice(file_status_words());
  Spec priority = choice({"essential", "optional"});
  Spec mode = choice({"standard", "flexible"});
  Spec score = integer(1, 5);
  Spec any_integer = integer(-1000000, 1000000);
  Spec integer_list = list(&any_integer);
  Spec date = Spec{Type::date, {}, nullptr, 0, 0, {}, false};

  Spec intervention = map({
      {"name", &name, true, texts::field_intervention_name::text_id},
      {"organisation", &text, false, texts::field_intervention_organisation::text_id},
      {"contact", &text, false, texts::field_intervention_contact::text_id},
      {"setting", &setting, false, texts::field_intervention_setting::text_id},
      {"tier", &tier, false, texts::field_intervention_tier::text_id},
      {"target_group", &text, false, texts::field_intervention_target_group::text_id},
      {"ages", &ages, false, texts::field_intervention_ages::text_id},
      {"school_types", &school_types, false, texts::field_intervention_school_types::text_id},
      {"alternative_programme", &boolean, false,
       texts::field_intervention_alternative_programme::text_id},
      {"group_size", &positive, false, texts::field_intervention_group_size::text_id},
      {"duration_weeks", &positive, false, texts::field_intervention_duration_weeks::text_id},
      {"summary", &text, false, texts::field_intervention_summary::text_id},
  });
  Spec element_entry = Spec{Type::status_entry, {}, nullptr, 0, 0, status.choices, false};
  Spec elements = Spec{Type::element_map, {}, &element_entry, 0, 0, {}, false};
  Spec signpost = map({
      {"status", &status, true, texts::field_signpost_status::text_id},
      {"priority", &priority, false, texts::field_signpost_priority::text_id},
      {"practice", &text, false, texts::field_signpost_practice::text_id},
      {"rationale", &text, false, texts::field_signpost_rationale::text_id},
      {"elements", &elements, false, texts::field_signpost_elements::text_id},
      {"next_steps", &text_list, false, texts::field_signpost_next_steps::text_id},
  });
  Spec signposts = Spec{Type::signpost_map, {}, &signpost, 1, 14, {}, false};
  Spec goal = map({
      {"id", &name, true, texts::field_goal_id::text_id},
      {"text", &name, true, texts::field_goal_text::text_id},
      {"indicator", &text, false, texts::field_goal_indicator::text_id},
  });
  Spec goals = list(&goal);
  Spec method_item = map({
      {"id", &name, true, texts::field_method_item_id::text_id},
      {"name", &name, true, texts::field_method_item_name::text_id},
      {"description", &text, false, texts::field_method_item_description::text_id},
      {"goals", &text_list, false, texts::field_method_item_goals::text_id},
      {"signposts", &integer_list, false, texts::field_method_item_signposts::text_id},
      {"mode", &mode, false, texts::field_method_item_mode::text_id},
      {"tailoring", &text, false, texts::field_method_item_tailoring::text_id},
  });
  Spec methods = list(&method_item);
  Spec phase = map({
      {"name", &name, true, texts::field_phase_name::text_id},
      {"weeks", &positive, false, texts::field_phase_weeks::text_id},
      {"focus", &text, false, texts::field_phase_focus::text_id},
  });
  Spec phases = list(&phase);
  Spec method = map({
      {"end_result", &text, false, texts::field_method_end_result::text_id},
      {"goals", &goals, false, texts::field_method_goals::text_id},
      {"methods", &methods, false, texts::field_method_methods::text_id},
      {"phases", &phases, false, texts::field_method_phases::text_id},
  });
  Spec member = map({
      {"role", &name, true, texts::field_member_role::text_id},
      {"hours_per_week", &hours, false, texts::field_member_hours_per_week::text_id},
      {"expertise", &text, false, texts::field_member_expertise::text_id},
  });
  Spec team = list(&member);
  Spec resources = map({
      {"funding", &text_list, false, texts::field_resources_funding::text_id},
      {"facilities", &text_list, false, texts::field_resources_facilities::text_id},
      {"time", &text, false, texts::field_resources_time::text_id},
  });
  Spec score_pair = map({
      {"importance", &score, false, texts::field_score_pair_importance::text_id},
      {"attention", &score, false, texts::field_score_pair_attention::text_id},
  });
  Spec scores = Spec{Type::signpost_map, {}, &score_pair, 1, 14, {}, false};
  Spec rating = map({
      {"rater", &name, true, texts::field_rating_rater::text_id},
      {"role", &text, false, texts::field_rating_role::text_id},
      {"date", &date, false, texts::field_rating_date::text_id},
      {"round", &text, false, texts::field_rating_round::text_id},
      {"scores", &scores, true, texts::field_rating_scores::text_id},
  });
  Spec ratings = list(&rating);
  Spec suppressions = list(&suppression);
  Spec suppression = map({
      {"rule", &name, true, texts::field_suppression_rule::text_id},
      {"signpost", &signpost_number, false, texts::field_suppression_signpost::text_id},
      {"reason", &name, true, texts::field_suppression_reason::text_id},
  });
  Spec root = map({
      {"routekaart", &version, true, texts::field_root_routekaart::text_id},
      {"language", &language, false, texts::field_root_language::text_id},
      {"intervention", &intervention, true, texts::field_root_intervention::text_id},
      {"signposts", &signposts, true, texts::field_root_signposts::text_id},
      {"method", &method, false, texts::field_root_method::text_id},
      {"team", &team, false, texts::field_root_team::text_id},
      {"resources", &resources, false, texts::field_root_resources::text_id},
      {"ratings", &ratings, false, texts::field_root_ratings::text_id},
      {"suppress", &suppressions, false, texts::field_root_suppress::text_id},
  });

  // The signpost catalogue (signposts/NN-slug.yaml).
  Spec bilingual = map({{"nl", &name, true, texts::field_bilingual_nl::text_id},
                        {"en", &name, true, texts::field_bilingual_en::text_id}});
  Spec bilingual_list = list(&bilingual);
  Spec signpost_number = integer(1, 14);
  Spec audience_item = choice({"practitioners", "managers"});
  Spec audience = list(&audience_item);
  Spec title_source = choice({"published", "translation"});
  Spec condition = choice({"alternative-programme", "clinical-setting"});
  Spec element = map({{"id", &name, true, texts::field_element_id::text_id},
                      {"condition", &condition, false, std::nullopt},
                      {"text", &bilingual, true, std::nullopt}});
  Spec element_list = list(&element);
  Spec relation_kind = choice({"builds-on", "basis-for", "supports", "supported-by", "see-also"});
  Spec evidence = choice({"stated", "inferred"});
  Spec relation = map({{"number", &signpost_number, true, std::nullopt},
                       {"kind", &relation_kind, true, std::nullopt},
                       {"evidence", &evidence, true, std::nullopt},
                       {"why", &bilingual, true, std::nullopt}});
  Spec relations = list(&relation);
  Spec catalogue_entry = map({
      {"number", &signpost_number, true, std::nullopt},
      {"slug", &name, true, std::nullopt},
      {"title", &bilingual, true, std::nullopt},
      {"title_en_source", &title_source, true, std::nullopt},
      {"short_title", &bilingual, true, std::nullopt},
      {"audience", &audience, true, std::nullopt},
      {"summary", &bilingual, true, std::nullopt},
      {"hint", &bilingual, true, std::nullopt},
      {"elements", &element_list, true, std::nullopt},
      {"questions", &bilingual_list, true, std::nullopt},
      {"related", &relations, true, std::nullopt},
      {"source", &name, true, std::nullopt},
  });

  // The project configuration (.routekaart.yaml).
  Spec fail_on = choice({"error", "warning", "info", "never"});
  Spec percent = Spec{Type::number, {}, nullptr, 0, 100, {}, false};
  Spec word_count = integer(0, 1000);
  Spec signpost_list = list(&signpost_number);
  Spec rule_setting = choice({"off", "error", "warning", "info"});
  Spec rule_settings = Spec{Type::rule_map, {}, &rule_setting, 0, 0, {}, false};
  Spec config = map({
      {"paths", &text_list, false, texts::field_config_paths::text_id},
      {"include", &text_list, false, texts::field_config_include::text_id},
      {"exclude", &text_list, false, texts::field_config_exclude::text_id},
      {"language", &language, false, texts::field_config_language::text_id},
      {"fail-on", &fail_on, false, texts::field_config_fail_on::text_id},
      {"min-coverage", &percent, false, texts::field_config_min_coverage::text_id},
      {"min-practice-words", &word_count, false, texts::field_config_min_practice_words::text_id},
      {"require", &signpost_list, false, texts::field_config_require::text_id},
      {"rules", &rule_settings, false, texts::field_config_rules::text_id},
  });

  // A baseline file (check/baseline.hpp). `message` is for its readers and not compared.
  Spec baseline_version = integer(1, kBaselineVersion);
  Spec signpost_or_none = integer(0, 14);
  Spec baseline_finding = map({
      {"file", &name, true, std::nullopt},
      {"rule", &name, true, std::nullopt},
      {"signpost", &signpost_or_none, false, std::nullopt},
      {"fingerprint", &name, true, std::nullopt},
      {"count", &positive, false, std::nullopt},
      {"message", &text, false, std::nullopt},
  });
  Spec baseline_findings = list(&baseline_finding);
  Spec baseline = map({
      {"routekaart-baseline", &baseline_version, true, std::nullopt},
      {"findings", &baseline_findings, true, std::nullopt},
  });
};

const Specs& specs() {
  static const Specs s;
  return s;
}

}  // namespace

const Spec& intervention_spec() {
  return specs().root;
}
const Spec& rating_spec() {
  return specs().rating;
}
const Spec& catalogue_entry_spec() {
  return specs().catalogue_entry;
}
const Spec& config_spec() {
  return specs().config;
}
const Spec& baseline_spec() {
  return specs().baseline;
}

const std::vector<std::string_view>& status_words() {
  return specs().status.choices;
}

}  // namespace routekaart::schema
