#include "schema/validate.hpp"
#include "common/strings.hpp"
#include "yaml/read.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "catalogue/rules.hpp"
#include "common/messages.hpp"

namespace routekaart::schema {
using catalogue::find_rule;
using catalogue::rules;
using yaml::parse_integer;
using yaml::parse_number;

namespace {

bool valid_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (s[i] < '0' || s[i] > '9') return false;
  int year = std::stoi(s.substr(0, 4)), month = std::stoi(s.substr(5, 2)),
      day = std::stoi(s.substr(8, 2));
  const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > days[month - 1]) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

std::string join(const std::vector<std::string_view>& words) {
  return fmt::format("{}", fmt::join(words, ", "));
}

class Validator {
 public:
  Validator(const std::string& path, Lang lang, const ElementIds& element_ids, Diagnostics& out)
      : path_(path), lang_(lang), element_ids_(element_ids), out_(out) {}

  void check(const yaml::Node& node, const schema::Spec& spec, const std::string& where,
             int signpost) {
    using schema::Type;
    if (!node.tag.empty() && node.tag.rfind("tag:yaml.org,2002:", 0) == 0 &&
        (node.tag.ends_with(":str") || node.tag.ends_with(":int") || node.tag.ends_with(":map") ||
         node.tag.ends_with(":seq"))) {
      // Standard tags that agree with the format are harmless.
    } else if (!node.tag.empty()) {
      std::string shown = node.tag;
      if (shown.rfind("tag:yaml.org,2002:", 0) == 0) shown = "!!" + shown.substr(18);
      report("RK014", node.mark, msg(lang_, "format.tag", shown, where),
             msg(lang_, "format.tag.hint"), signpost);
      return;
    }
    switch (spec.type) {
      case Type::map:
        return check_map(node, spec, where, signpost);
      case Type::list:
        if (node.is_null()) return;
        if (!node.is_sequence()) return wrong_type(node, where, "type.list", signpost);
        for (std::size_t i = 0; i < node.items.size(); ++i)
          check(node.items[i], *spec.item, fmt::format("{}[{}]", where, i + 1), signpost);
        return;
      case Type::text:
        if (!node.is_scalar() && !node.is_null())
          return wrong_type(node, where, "type.text", signpost);
        if (spec.non_empty &&
            (node.is_null() || node.value.find_first_not_of(" \t\n") == std::string::npos))
          report("RK006", node.mark, msg(lang_, "format.empty", where),
                 msg(lang_, "format.empty.hint"), signpost);
        return;
      case Type::integer:
      case Type::version:
        return check_integer(node, spec, where, signpost);
      case Type::number: {
        double value = 0;
        if (!parse_number(node, value)) return wrong_type(node, where, "type.number", signpost);
        if (value < static_cast<double>(spec.min) || value > static_cast<double>(spec.max))
          report("RK006", node.mark,
                 msg(lang_, "format.range", where, spec.min, spec.max, node.value),
                 msg(lang_, "format.range.hint", spec.min, spec.max), signpost);
        return;
      }
      case Type::choice:
        return check_choice(node, spec, where, signpost);
      case Type::date:
        if (!node.is_scalar()) return wrong_type(node, where, "type.date", signpost);
        if (!valid_date(node.value))
          report("RK006", node.mark, msg(lang_, "format.date", where, node.value),
                 msg(lang_, "format.date.hint"), signpost);
        return;
      case Type::signpost_map:
        return check_signpost_map(node, spec, where);
      case Type::element_map:
        return check_element_map(node, spec, where, signpost);
      case Type::status_entry:
        return check_status_entry(node, spec, where, signpost);
      case Type::age_range:
        return check_ages(node, spec, where, signpost);
      case Type::rule_map:
        return check_rule_map(node, spec, where);
    }
  }

 private:
  void report(const char* rule, yaml::Mark mark, std::string message, std::string hint,
              int signpost) {
    out_.push_back(Diagnostic{rule, Severity::error, Location{path_, mark.line, mark.column},
                              std::move(message), std::move(hint), signpost});
  }

  void wrong_type(const yaml::Node& node, const std::string& where, const char* expected,
                  int signpost) {
    report("RK005", node.mark,
           msg(lang_, "format.type", where, msg(lang_, expected),
               msg(lang_, std::string("kind.") + yaml::kind_name(node.kind))),
           msg(lang_, std::string(expected) + ".hint"), signpost);
  }

  void check_map(const yaml::Node& node, const schema::Spec& spec, const std::string& where,
                 int signpost) {
    if (!node.is_map()) return wrong_type(node, where, "type.map", signpost);
    std::vector<std::string_view> keys;
    for (const auto& field : spec.fields) keys.push_back(field.key);
    for (const auto& [key, value] : node.entries) {
      const std::string child = where.empty() ? key.value : where + "." + key.value;
      auto field = std::find_if(
          spec.fields.begin(), spec.fields.end(),
          [&key = key](const auto& f) { return key.is_scalar() && f.key == key.value; });
      if (field == spec.fields.end()) {
        std::string suggestion = key.is_scalar() ? did_you_mean(key.value, keys) : "";
        report("RK003", key.mark,
               msg(lang_, "format.unknown_key", key.value, where.empty() ? "/" : where),
               suggestion.empty() ? msg(lang_, "format.allowed_keys", join(keys))
                                  : msg(lang_, "format.did_you_mean", suggestion),
               signpost);
        continue;
      }
      if (value.is_null() && !field->required && field->spec->type != schema::Type::text) continue;
      if (value.is_null() && field->required) {
        report("RK007", key.mark, msg(lang_, "format.missing_value", child), missing_hint(*field),
               signpost);
        continue;
      }
      check(value, *field->spec, child, signpost);
    }
    for (const auto& field : spec.fields)
      if (field.required && !node.find(field.key))
        report("RK007", node.mark,
               msg(lang_, "format.missing", field.key, where.empty() ? "/" : where),
               missing_hint(field), signpost);
  }

  std::string missing_hint(const schema::Field& field) const {
    return field.doc.empty() ? msg(lang_, "format.missing.hint_plain", field.key)
                             : msg(lang_, "format.missing.hint", field.key, field.doc);
  }

  void check_integer(const yaml::Node& node, const schema::Spec& spec, const std::string& where,
                     int signpost) {
    long value = 0;
    if (!parse_integer(node, value)) return wrong_type(node, where, "type.integer", signpost);
    if (spec.type == schema::Type::version) {
      if (value < spec.min || value > spec.max)
        report("RK008", node.mark, msg(lang_, "format.version", node.value, schema::kFormatVersion),
               msg(lang_, "format.version.hint"), signpost);
      return;
    }
    if (value < spec.min || value > spec.max)
      report("RK006", node.mark, msg(lang_, "format.range", where, spec.min, spec.max, value),
             msg(lang_, "format.range.hint", spec.min, spec.max), signpost);
  }

  void check_choice(const yaml::Node& node, const schema::Spec& spec, const std::string& where,
                    int signpost) {
    if (!node.is_scalar()) return wrong_type(node, where, "type.choice", signpost);
    if (std::find(spec.choices.begin(), spec.choices.end(), node.value) != spec.choices.end())
      return;
    std::string suggestion = did_you_mean(node.value, spec.choices);
    report("RK006", node.mark, msg(lang_, "format.choice", node.value, where),
           suggestion.empty()
               ? msg(lang_, "format.choices", join(spec.choices))
               : msg(lang_, "format.choices_suggest", suggestion, join(spec.choices)),
           signpost);
  }

  void check_signpost_map(const yaml::Node& node, const schema::Spec& spec,
                          const std::string& where) {
    if (node.is_null()) return;
    if (!node.is_map()) return wrong_type(node, where, "type.map", 0);
    for (const auto& [key, value] : node.entries) {
      long number = 0;
      if (!parse_integer(key, number) || number < spec.min || number > spec.max) {
        report("RK013", key.mark, msg(lang_, "format.signpost_key", key.value, where),
               msg(lang_, "format.signpost_key.hint"), 0);
        continue;
      }
      const int n = static_cast<int>(number);
      if (value.is_null() && spec.item->type == schema::Type::map) {
        check(yaml::Node{yaml::Kind::map, key.mark, {}, {}, false, {}, {}}, *spec.item,
              where + "." + key.value, n);
        continue;
      }
      check(value, *spec.item, where + "." + key.value, n);
    }
  }

  void check_element_map(const yaml::Node& node, const schema::Spec& spec, const std::string& where,
                         int signpost) {
    if (!node.is_map()) return wrong_type(node, where, "type.map", signpost);
    const std::vector<std::string> ids = element_ids_(signpost);
    std::vector<std::string_view> views(ids.begin(), ids.end());
    for (const auto& [key, value] : node.entries) {
      if (!key.is_scalar() || std::find(ids.begin(), ids.end(), key.value) == ids.end()) {
        std::string suggestion = key.is_scalar() ? did_you_mean(key.value, views) : "";
        report("RK011", key.mark, msg(lang_, "format.element", key.value, signpost),
               suggestion.empty() ? msg(lang_, "format.element.hint", signpost, join(views))
                                  : msg(lang_, "format.did_you_mean", suggestion),
               signpost);
        continue;
      }
      check(value, *spec.item, where + "." + key.value, signpost);
    }
  }

  void check_rule_map(const yaml::Node& node, const schema::Spec& spec, const std::string& where) {
    if (node.is_null()) return;
    if (!node.is_map()) return wrong_type(node, where, "type.map", 0);
    for (const auto& [key, value] : node.entries) {
      if (!key.is_scalar() || !find_rule(key.value)) {
        std::vector<std::string_view> ids;
        for (const auto& rule : rules()) ids.push_back(rule.id);
        const std::string suggestion = key.is_scalar() ? did_you_mean(key.value, ids) : "";
        report("RK003", key.mark, msg(lang_, "format.unknown_rule", key.value),
               suggestion.empty() ? msg(lang_, "format.unknown_rule.hint")
                                  : msg(lang_, "format.did_you_mean", suggestion),
               0);
        continue;
      }
      check(value, *spec.item, where + "." + key.value, 0);
    }
  }

  void check_status_entry(const yaml::Node& node, const schema::Spec& spec,
                          const std::string& where, int signpost) {
    if (node.is_scalar()) return check_choice(node, status_choice(spec), where, signpost);
    if (!node.is_map()) return wrong_type(node, where, "type.status_entry", signpost);
    static const schema::Spec text;
    const schema::Spec& status = status_choice(spec);
    const schema::Spec entry{schema::Type::map,
                             {{"status", &status, true, "addressed, partial, planned, ..."},
                              {"practice", &text, false, "what the team does"}},
                             nullptr,
                             0,
                             0,
                             {},
                             false};
    check_map(node, entry, where, signpost);
  }

  static const schema::Spec& status_choice(const schema::Spec& spec) {
    static const schema::Spec status{schema::Type::choice, {}, nullptr, 0, 0, spec.choices, false};
    return status;
  }

  void check_ages(const yaml::Node& node, const schema::Spec& spec, const std::string& where,
                  int signpost) {
    long values[2] = {0, 0};
    if (!node.is_sequence() || node.items.size() != 2 || !parse_integer(node.items[0], values[0]) ||
        !parse_integer(node.items[1], values[1]))
      return wrong_type(node, where, "type.age_range", signpost);
    for (int i = 0; i < 2; ++i)
      if (values[i] < spec.min || values[i] > spec.max)
        report("RK006", node.items[static_cast<std::size_t>(i)].mark,
               msg(lang_, "format.range", where, spec.min, spec.max, values[i]),
               msg(lang_, "format.range.hint", spec.min, spec.max), signpost);
    if (values[0] > values[1])
      report("RK006", node.mark, msg(lang_, "format.ages_order", values[0], values[1]),
             msg(lang_, "format.ages_order.hint"), signpost);
  }

  const std::string& path_;
  Lang lang_;
  const ElementIds& element_ids_;
  Diagnostics& out_;
};

}  // namespace

void validate_tree(const yaml::Node& root, const schema::Spec& spec, const std::string& path,
                   Lang lang, const ElementIds& element_ids, Diagnostics& out) {
  Validator(path, lang, element_ids, out).check(root, spec, "", 0);
}

}  // namespace routekaart::schema
