#include "model/intervention.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "generated/texts/format.hpp"
#include "generated/texts/model.hpp"
#include "generated/texts/read.hpp"
#include "model/rating.hpp"
#include "schema/format.hpp"
#include "schema/validate.hpp"
#include "yaml/load.hpp"
#include "yaml/read.hpp"

namespace routekaart::model {
using catalogue::Catalogue;
using io::read_source;
using io::ReadResult;
using io::Source;
using schema::validate_tree;
using yaml::parse_integer;
using yaml::parse_yaml;
using yaml::ParsedYaml;

namespace {

std::optional<int> optional_int(const yaml::Node& map, std::string_view key) {
  const yaml::Node* node = map.find(key);
  std::int64_t value = 0;
  if (node && parse_integer(*node, value)) return static_cast<int>(value);
  return std::nullopt;
}

// Every name a signpost goes by, for "did you mean 9?" when a file keys a signpost by its name.
std::vector<schema::SignpostName> signpost_names(const Catalogue& catalogue) {
  std::vector<schema::SignpostName> names;
  for (const auto& sp : catalogue.signposts)
    for (const std::string* name :
         {&sp.short_title.nl, &sp.short_title.en, &sp.title.nl, &sp.title.en, &sp.slug})
      names.push_back({sp.number, *name, &sp.short_title});
  return names;
}

InterventionInfo read_info(const yaml::Node& node) {
  InterventionInfo info;
  info.name = yaml::text(node, "name");
  info.organisation = yaml::text(node, "organisation");
  info.contact = yaml::text(node, "contact");
  info.setting = yaml::text(node, "setting");
  info.target_group = yaml::text(node, "target_group");
  info.summary = yaml::text(node, "summary");
  info.tier = optional_int(node, "tier");
  info.group_size = optional_int(node, "group_size");
  info.duration_weeks = optional_int(node, "duration_weeks");
  info.school_types = yaml::text_list(node, "school_types");
  bool alternative = false;
  if (const yaml::Node* value = node.find("alternative_programme");
      value && yaml::parse_bool(*value, alternative))
    info.alternative_programme = alternative;
  const auto& ages = yaml::items(node, "ages");
  std::int64_t low = 0, high = 0;
  if (ages.size() == 2 && parse_integer(ages[0], low) && parse_integer(ages[1], high))
    info.ages = std::make_pair(static_cast<int>(low), static_cast<int>(high));
  return info;
}

void read_elements(const yaml::Node& node, SignpostEntry& entry) {
  for (const auto& [key, value] : node.entries) {
    ElementEntry element;
    element.id = key.value;
    element.mark = key.mark;
    const std::string word = value.is_map() ? yaml::text(value, "status") : value.value;
    if (auto status = parse_status(word)) element.status = *status;
    if (value.is_map()) {
      element.practice = yaml::text(value, "practice");
      element.rationale = yaml::text(value, "rationale");
    }
    entry.elements.push_back(std::move(element));
  }
}

void read_signposts(const yaml::Node& node, yaml::Mark section, Intervention& out) {
  for (int n = 1; n <= kSignpostCount; ++n) {
    out.signposts[static_cast<std::size_t>(n)].number = n;
    out.signposts[static_cast<std::size_t>(n)].mark = section;
  }
  for (const auto& [key, value] : node.entries) {
    std::int64_t n = 0;
    if (!parse_integer(key, n) || n < 1 || n > kSignpostCount) continue;
    SignpostEntry& entry = out.signposts[static_cast<std::size_t>(n)];
    entry.described = true;
    entry.mark = key.mark;
    entry.status_mark = key.mark;
    if (!value.is_map()) continue;
    if (const yaml::Node* status = value.find("status")) {
      entry.status_mark = status->mark;
      if (auto parsed = parse_status(status->value)) entry.status = *parsed;
    }
    entry.essential = parse_priority(yaml::text(value, "priority")) != Priority::optional;
    entry.practice = yaml::text(value, "practice");
    entry.rationale = yaml::text(value, "rationale");
    entry.next_steps = yaml::text_list(value, "next_steps");
    if (const yaml::Node* elements = value.find("elements"); elements && elements->is_map())
      read_elements(*elements, entry);
  }
}

MethodSection read_method(const yaml::Node& node) {
  MethodSection m;
  m.present = true;
  m.mark = node.mark;
  m.end_result = yaml::text(node, "end_result");
  for (const auto& item : yaml::items(node, "goals"))
    m.goals.push_back(Goal{yaml::text(item, "id"), yaml::text(item, "text"),
                           yaml::text(item, "indicator"), item.mark});
  for (const auto& item : yaml::items(node, "methods")) {
    Method method;
    method.id = yaml::text(item, "id");
    method.name = yaml::text(item, "name");
    method.description = yaml::text(item, "description");
    method.mode = yaml::text(item, "mode");
    method.tailoring = yaml::text(item, "tailoring");
    method.mark = item.mark;
    for (const auto& goal : yaml::items(item, "goals"))
      if (goal.is_scalar()) method.goals.push_back({goal.value, goal.mark});
    for (const auto& signpost : yaml::items(item, "signposts")) {
      std::int64_t n = 0;
      if (parse_integer(signpost, n)) method.signposts.push_back({n, signpost.mark});
    }
    m.methods.push_back(std::move(method));
  }
  for (const auto& item : yaml::items(node, "phases"))
    m.phases.push_back(Phase{yaml::text(item, "name"), yaml::integer(item, "weeks", 0),
                             yaml::text(item, "focus")});
  return m;
}

// Keeps the first 50 diagnostics of each rule and replaces the rest by one that says how many
// were left out, so that a file with thousands of repeated problems (10,000 duplicate keys) gives
// a readable report of bounded size. `diagnostics` must be sorted; it stays sorted.
void cap_repeats(Diagnostics& diagnostics) {
  constexpr std::size_t kShown = 50;
  if (diagnostics.size() <= kShown) return;
  std::map<RuleId, std::size_t> seen;
  for (const auto& d : diagnostics) ++seen[d.rule];
  if (std::none_of(seen.begin(), seen.end(), [](const auto& r) { return r.second > kShown; }))
    return;
  std::map<RuleId, std::size_t> taken;
  std::map<RuleId, Diagnostic> folded;  // rule -> the first left out, to carry the count
  Diagnostics kept;
  for (auto& d : diagnostics) {
    if (++taken[d.rule] <= kShown)
      kept.push_back(std::move(d));
    else
      folded.try_emplace(d.rule, std::move(d));
  }
  for (auto& [rule, first] : folded) {
    first.message = texts::diagnostics_more{.count = seen[rule] - kShown, .rule = rule_name(rule)};
    first.hint = {texts::diagnostics_more_hint{}};
    first.signpost = 0;
    kept.push_back(std::move(first));
  }
  diagnostics = std::move(kept);
  sort_diagnostics(diagnostics);
}

Intervention build(const yaml::Node& root, const std::string& path) {
  Intervention out;
  out.path = path;
  out.language = parse_lang(yaml::text(root, "language"));
  if (const yaml::Node* info = root.find("intervention"); info && info->is_map())
    out.info = read_info(*info);
  const yaml::Node* signposts = root.find("signposts");
  yaml::Mark section = root.mark;
  for (const auto& [key, value] : root.entries)
    if (key.value == "signposts") section = key.mark;
  read_signposts(signposts && signposts->is_map() ? *signposts : yaml::Node{}, section, out);
  if (const yaml::Node* method = root.find("method"); method && method->is_map())
    out.method = read_method(*method);
  for (const auto& item : yaml::items(root, "team")) {
    TeamMember member{yaml::text(item, "role"), yaml::text(item, "expertise"), std::nullopt};
    // Read as validation reads it: `12abc` is no number here either.
    double hours = 0;
    if (const yaml::Node* value = item.find("hours_per_week");
        value && yaml::parse_number(*value, hours))
      member.hours_per_week = hours;
    out.team.push_back(std::move(member));
  }
  if (const yaml::Node* resources = root.find("resources"); resources && resources->is_map()) {
    out.has_resources = true;
    out.resources =
        Resources{yaml::text_list(*resources, "funding"), yaml::text_list(*resources, "facilities"),
                  yaml::text(*resources, "time")};
  }
  for (const auto& item : yaml::items(root, "ratings"))
    if (item.is_map()) out.ratings.push_back(read_rating(item, path));
  for (const auto& item : yaml::items(root, "suppress"))
    if (item.is_map())
      out.suppressions.push_back(Suppression{yaml::text(item, "rule"), yaml::text(item, "reason"),
                                             static_cast<int>(yaml::integer(item, "signpost", 0)),
                                             item.mark});
  return out;
}

}  // namespace

std::optional<Lang> declared_language(std::string_view bytes) {
  std::string line;
  for (std::size_t i = 0; i <= bytes.size(); ++i) {
    if (i < bytes.size() && bytes[i] == '\0') continue;
    if (i < bytes.size() && bytes[i] != '\n' && bytes[i] != '\r') {
      line += bytes[i];
      continue;
    }
    if (line.rfind("language:", 0) == 0) {
      std::string_view value = std::string_view(line).substr(9);
      if (const std::size_t comment = value.find('#'); comment != std::string_view::npos)
        value = value.substr(0, comment);
      auto quote_or_space = [](char c) { return c == ' ' || c == '"' || c == '\''; };
      while (!value.empty() && quote_or_space(value.front())) value.remove_prefix(1);
      while (!value.empty() && quote_or_space(value.back())) value.remove_suffix(1);
      return parse_lang(value);
    }
    line.clear();
  }
  return std::nullopt;
}

Rating read_rating(const yaml::Node& node, const std::string& file) {
  Rating rating;
  rating.rater = yaml::text(node, "rater");
  rating.role = yaml::text(node, "role");
  rating.date = yaml::text(node, "date");
  rating.round = yaml::text(node, "round");
  rating.file = file;
  rating.mark = node.mark;
  if (const yaml::Node* scores = node.find("scores"); scores && scores->is_map())
    for (const auto& [key, value] : scores->entries) {
      std::int64_t n = 0;
      if (!parse_integer(key, n) || n < 1 || n > kSignpostCount || !value.is_map()) continue;
      Score score;
      std::int64_t v = 0;
      if (const yaml::Node* i = value.find("importance");
          i && parse_integer(*i, v) && v >= 1 && v <= 5)
        score.importance = static_cast<int>(v);
      if (const yaml::Node* a = value.find("attention");
          a && parse_integer(*a, v) && v >= 1 && v <= 5)
        score.attention = static_cast<int>(v);
      rating.scores[static_cast<int>(n)] = score;
    }
  return rating;
}

LoadedIntervention load_intervention_text(const Source& source, const Catalogue& catalogue,
                                          const Limits& limits) {
  LoadedIntervention result;
  result.language = declared_language(source.text);
  ParsedYaml parsed = parse_yaml(source, limits);
  result.diagnostics = std::move(parsed.diagnostics);
  if (!parsed.root) {
    if (result.diagnostics.empty())
      result.diagnostics.push_back(Diagnostic{RuleId::RK015,
                                              Severity::error,
                                              Location{source.path, 1, 1},
                                              texts::read_empty{},
                                              {texts::read_empty_hint{}},
                                              0});
    return result;
  }
  if (!parsed.root->is_map()) {
    result.diagnostics.push_back(
        Diagnostic{RuleId::RK015,
                   Severity::error,
                   Location{source.path, parsed.root->mark.line, parsed.root->mark.column},
                   texts::format_root{},
                   {texts::format_root_hint{}},
                   0});
    return result;
  }
  validate_tree(
      *parsed.root, schema::intervention_spec(), source.path,
      [&](int n) { return catalogue.element_ids(n); }, result.diagnostics,
      signpost_names(catalogue));
  result.intervention = build(*parsed.root, source.path);
  // A rater twice in one round is a problem of the file itself, so validate and check see it.
  check_duplicate_raters(result.intervention->ratings, result.diagnostics);
  if (result.intervention->language) result.language = result.intervention->language;
  sort_diagnostics(result.diagnostics);
  cap_repeats(result.diagnostics);
  return result;
}

LoadedIntervention load_intervention(const std::string& path, const Catalogue& catalogue,
                                     const Limits& limits) {
  ReadResult read = read_source(path, limits);
  if (!read.source) {
    LoadedIntervention result;
    result.unreadable = read.error->rule == RuleId::RK002;
    result.language = declared_language(read.raw);
    result.diagnostics.push_back(std::move(*read.error));
    return result;
  }
  return load_intervention_text(*read.source, catalogue, limits);
}

}  // namespace routekaart::model
