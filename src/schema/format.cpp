#include "schema/format.hpp"

namespace routekaart::schema {
namespace {

Spec text() {
  return Spec{Type::text, {}, nullptr, 0, 0, {}, false};
}
Spec integer(long min, long max) {
  return Spec{Type::integer, {}, nullptr, min, max, {}, false};
}
Spec choice(std::vector<std::string_view> values) {
  return Spec{Type::choice, {}, nullptr, 0, 0, std::move(values), false};
}
Spec list(const Spec* item) {
  return Spec{Type::list, {}, item, 0, 0, {}, false};
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
  Spec ages = Spec{Type::age_range, {}, nullptr, 4, 27, {}, false};
  Spec school_type = choice({"po", "so", "vo", "vso", "mbo"});
  Spec school_types = list(&school_type);
  Spec positive = integer(1, 1000000);
  Spec hours = Spec{Type::number, {}, nullptr, 0, 168, {}, false};
  Spec status = choice({"addressed", "partial", "planned", "not-addressed", "not-applicable"});
  Spec priority = choice({"essential", "optional"});
  Spec mode = choice({"standard", "flexible"});
  Spec score = integer(1, 5);
  Spec any_integer = integer(-1000000, 1000000);
  Spec integer_list = list(&any_integer);
  Spec date = Spec{Type::date, {}, nullptr, 0, 0, {}, false};

  Spec intervention = map({
      {"name", &name, true, "Name of the intervention"},
      {"organisation", &text, false, "Organisation(s) that run it"},
      {"contact", &text, false, "Contact person or address"},
      {"setting", &setting, false, "education, care (hulpverlening) or combined"},
      {"tier", &tier, false, "MD-MTSS tier; the signposts are written for tier 3"},
      {"target_group", &text, false, "Who the intervention is for"},
      {"ages", &ages, false, "[min, max] age in years, 4..27"},
      {"school_types", &school_types, false, "po, so, vo, vso, mbo"},
      {"group_size", &positive, false, "Young people per group"},
      {"duration_weeks", &positive, false, "Usual duration in weeks"},
      {"summary", &text, false, "A few sentences about the intervention"},
  });
  Spec element_entry = Spec{Type::status_entry, {}, nullptr, 0, 0, status.choices, false};
  Spec elements = Spec{Type::element_map, {}, &element_entry, 0, 0, {}, false};
  Spec signpost = map({
      {"status", &status, true, "addressed, partial, planned, not-addressed or not-applicable"},
      {"priority", &priority, false, "essential (default) or optional"},
      {"practice", &text, false, "What the team does for this signpost"},
      {"rationale", &text, false, "Why the signpost does not apply (for not-applicable)"},
      {"elements", &elements, false, "Per catalogue element id: a status or {status, practice}"},
      {"next_steps", &text_list, false, "Planned improvements"},
  });
  Spec signposts = Spec{Type::signpost_map, {}, &signpost, 1, 14, {}, false};
  Spec goal = map({
      {"id", &name, true, "Short id such as G1"},
      {"text", &name, true, "The goal"},
      {"indicator", &text, false, "How the team sees that the goal is reached"},
  });
  Spec goals = list(&goal);
  Spec method_item = map({
      {"id", &name, true, "Short id such as M1"},
      {"name", &name, true, "Name of the method"},
      {"description", &text, false, "What happens"},
      {"goals", &text_list, false, "Ids of the goals this method serves"},
      {"signposts", &integer_list, false, "Signposts (1..14) this method puts into practice"},
      {"mode", &mode, false, "standard or flexible"},
      {"tailoring", &text, false, "When and how the team deviates (for flexible methods)"},
  });
  Spec methods = list(&method_item);
  Spec phase = map({
      {"name", &name, true, "Name of the phase"},
      {"weeks", &positive, false, "Usual length in weeks"},
      {"focus", &text, false, "What the phase is about"},
  });
  Spec phases = list(&phase);
  Spec method = map({
      {"end_result", &text, false, "The end result the intervention aims for"},
      {"goals", &goals, false, "The specific goals"},
      {"methods", &methods, false, "The methods and which goals they serve"},
      {"phases", &phases, false, "The phases (rhythm and structure)"},
  });
  Spec member = map({
      {"role", &name, true, "Role in the team"},
      {"hours_per_week", &hours, false, "Hours per week for the intervention"},
      {"expertise", &text, false, "Knowledge and experience"},
  });
  Spec team = list(&member);
  Spec resources = map({
      {"funding", &text_list, false, "Sources of funding"},
      {"facilities", &text_list, false, "Rooms and materials"},
      {"time", &text, false, "Time for development, documentation, delivery and evaluation"},
  });
  Spec score_pair = map({
      {"importance", &score, false, "How important the signpost is, 1..5"},
      {"attention", &score, false, "How much attention it gets now, 1..5"},
  });
  Spec scores = Spec{Type::signpost_map, {}, &score_pair, 1, 14, {}, false};
  Spec rating = map({
      {"rater", &name, true, "Name or anonymous code of the team member"},
      {"role", &text, false, "Role of the rater"},
      {"date", &date, false, "Date of the rating, YYYY-MM-DD"},
      {"scores", &scores, true, "Per signpost: importance and attention, 1..5"},
  });
  Spec ratings = list(&rating);
  Spec suppressions = list(&suppression);
  Spec suppression = map({
      {"rule", &name, true, "Rule id such as RK103"},
      {"signpost", &signpost_number, false,
       "Signpost number, if the suppression is for one signpost"},
      {"reason", &name, true, "Why the finding does not apply"},
  });
  Spec root = map({
      {"routekaart", &version, true, "Format version: 1"},
      {"language", &language, false, "nl or en: language of the free text"},
      {"intervention", &intervention, true, "What the intervention is"},
      {"signposts", &signposts, true, "Per signpost 1..14: status and practice"},
      {"method", &method, false, "Signpost 12: the specified method"},
      {"team", &team, false, "Signpost 13: the team"},
      {"resources", &resources, false, "Signpost 14: the resources"},
      {"ratings", &ratings, false, "Team members' ratings of each signpost"},
      {"suppress", &suppressions, false, "Findings the team has decided do not apply"},
  });

  // The signpost catalogue (signposts/NN-slug.yaml) and the rule table (rules/rules.yaml).
  Spec bilingual = map({{"nl", &name, true, "Dutch"}, {"en", &name, true, "English"}});
  Spec bilingual_list = list(&bilingual);
  Spec signpost_number = integer(1, 14);
  Spec audience_item = choice({"practitioners", "managers"});
  Spec audience = list(&audience_item);
  Spec title_source = choice({"published", "translation"});
  Spec element = map({{"id", &name, true, "<number><letter>"}, {"text", &bilingual, true, ""}});
  Spec element_list = list(&element);
  Spec relation_kind = choice({"builds-on", "supports", "see-also"});
  Spec relation = map({{"number", &signpost_number, true, ""},
                       {"kind", &relation_kind, true, ""},
                       {"why", &bilingual, true, ""}});
  Spec relations = list(&relation);
  Spec catalogue_entry = map({
      {"number", &signpost_number, true, ""},
      {"slug", &name, true, ""},
      {"title", &bilingual, true, ""},
      {"title_en_source", &title_source, true, ""},
      {"short_title", &bilingual, true, ""},
      {"audience", &audience, true, ""},
      {"summary", &bilingual, true, ""},
      {"hint", &bilingual, true, ""},
      {"elements", &element_list, true, ""},
      {"questions", &bilingual_list, true, ""},
      {"related", &relations, true, ""},
      {"source", &name, true, ""},
  });
  Spec severity = choice({"error", "warning", "info"});
  Spec rule = map({
      {"id", &name, true, ""},
      {"severity", &severity, true, ""},
      {"signpost", &signpost_number, false, ""},
      {"title", &bilingual, true, ""},
      {"description", &bilingual, true, ""},
      {"remedy", &bilingual, true, ""},
  });
  Spec rules = list(&rule);

  // The project configuration (.routekaart.yaml).
  Spec fail_on = choice({"error", "warning", "info", "never"});
  Spec percent = Spec{Type::number, {}, nullptr, 0, 100, {}, false};
  Spec signpost_list = list(&signpost_number);
  Spec rule_setting = choice({"off", "error", "warning", "info"});
  Spec rule_settings = Spec{Type::rule_map, {}, &rule_setting, 0, 0, {}, false};
  Spec config = map({
      {"paths", &text_list, false, "Files or folders to check when none are given"},
      {"include", &text_list, false, "Glob patterns a file must match to be checked"},
      {"exclude", &text_list, false, "Glob patterns of files to skip"},
      {"language", &language, false, "nl or en: language of the reports"},
      {"fail-on", &fail_on, false, "error, warning, info or never"},
      {"min-coverage", &percent, false, "Lowest acceptable coverage, 0..100"},
      {"require", &signpost_list, false, "Signposts the team requires (1..14)"},
      {"rules", &rule_settings, false, "Per rule id: off, error, warning or info"},
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
const Spec& rules_spec() {
  return specs().rules;
}

const std::vector<std::string_view>& status_words() {
  return specs().status.choices;
}

}  // namespace routekaart::schema
