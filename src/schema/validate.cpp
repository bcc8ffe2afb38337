#include "schema/validate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "common/roadmap.hpp"
#include "common/status.hpp"
#include "common/strings.hpp"
#include "generated/texts/fields.hpp"
#include "generated/texts/format.hpp"
#include "yaml/diagnose.hpp"
#include "yaml/read.hpp"

namespace routekaart::schema {
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

// What a value should be, and how to write it.
struct Expected {
  Message what, hint;
};

Expected expected_map() {
  return {texts::type_map{}, texts::type_map_hint{}};
}

bool contains(const std::vector<std::string_view>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// `text` without odd spaces (yaml/diagnose.hpp) and ordinary spaces at either end.
std::string without_odd_spaces(std::string_view text) {
  std::string out(text);
  while (auto odd = yaml::find_odd_space(out)) out.erase(odd->offset, odd->length);
  const std::size_t start = out.find_first_not_of(' ');
  const std::size_t end = out.find_last_not_of(' ');
  return start == std::string::npos ? "" : out.substr(start, end - start + 1);
}

// A name as it is compared with a signpost's names: lowercase ASCII, spaces for hyphens and
// underscores, one space between words.
std::string name_key(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '-' || c == '_') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

// How the kind of a value that is there is named in messages.
Message found(yaml::Kind kind) {
  switch (kind) {
    case yaml::Kind::map:
      return texts::kind_map{};
    case yaml::Kind::sequence:
      return texts::kind_list{};
    case yaml::Kind::scalar:
      return texts::kind_text{};
    case yaml::Kind::null:
      break;
  }
  return texts::kind_empty{};
}

class Validator {
 public:
  Validator(const std::string& path, const ElementIds& element_ids, Diagnostics& out,
            const std::vector<SignpostName>& signpost_names)
      : path_(path), element_ids_(element_ids), out_(out), signpost_names_(signpost_names) {}

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
      report(RuleId::RK014, node.mark, texts::format_tag{.tag = shown, .where = where},
             texts::format_tag_hint{}, signpost);
      return;
    }
    if (curly_quoted(node, where, signpost)) return;
    switch (spec.type) {
      case Type::map:
        return check_map(node, spec, where, signpost);
      case Type::list:
        if (node.is_null()) return;
        if (!node.is_sequence())
          return wrong_type(node, where, {texts::type_list{}, texts::type_list_hint{}}, signpost);
        for (std::size_t i = 0; i < node.items.size(); ++i)
          check(node.items[i], *spec.item, fmt::format("{}[{}]", where, i + 1), signpost);
        return;
      case Type::text:
        if (!node.is_scalar() && !node.is_null())
          return wrong_type(node, where, {texts::type_text{}, texts::type_text_hint{}}, signpost);
        if (spec.non_empty && (node.is_null() || is_blank(node.value)))
          report(RuleId::RK006, node.mark, texts::format_empty{.where = where},
                 texts::format_empty_hint{}, signpost);
        return;
      case Type::integer:
      case Type::version:
        return check_integer(node, spec, where, signpost);
      case Type::number: {
        double value = 0;
        if (!parse_number(node, value))
          return wrong_type(node, where, {texts::type_number{}, texts::type_number_hint{}},
                            signpost);
        if (value < static_cast<double>(spec.min) || value > static_cast<double>(spec.max))
          out_of_range(node.mark, spec, where, node.value, signpost);
        return;
      }
      case Type::boolean: {
        bool value = false;
        if (!yaml::parse_bool(node, value))
          return wrong_type(node, where, {texts::type_boolean{}, texts::type_boolean_hint{}},
                            signpost);
        return;
      }
      case Type::choice:
        return check_choice(node, spec, where, signpost);
      case Type::date:
        if (!node.is_scalar())
          return wrong_type(node, where, {texts::type_date{}, texts::type_date_hint{}}, signpost);
        if (!valid_date(node.value))
          report(RuleId::RK006, node.mark, texts::format_date{.value = node.value, .where = where},
                 texts::format_date_hint{}, signpost);
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
  void report(RuleId rule, yaml::Mark mark, Message message, Message hint, int signpost) {
    out_.push_back(Diagnostic{rule,
                              Severity::error,
                              Location{path_, mark.line, mark.column},
                              std::move(message),
                              {std::move(hint)},
                              signpost});
  }

  void wrong_type(const yaml::Node& node, const std::string& where, Expected expected,
                  int signpost) {
    // A text where a list belongs that starts with a dash: "-item" instead of "- item".
    if (node.is_scalar() && !node.quoted && node.value.size() > 1 && node.value[0] == '-' &&
        node.value[1] != ' ' && expected.what.id == texts::type_list::text_id)
      expected.hint = texts::format_dash_space{
          .fixed = "- " + node.value.substr(1, node.value.find(" -") - 1)};  // up to the next
    // A map where a text belongs, written on one line: a colon inside a text ("- Let op: ...").
    if (node.is_map() && node.entries.size() == 1 &&
        expected.what.id == texts::type_text::text_id) {
      const auto& [key, value] = node.entries.front();
      // A block map starts at its key; a map between braces ({y: 1}) is meant as one.
      if (key.is_scalar() && (value.is_scalar() || value.is_null()) &&
          key.mark.line == node.mark.line && key.mark.column == node.mark.column &&
          (value.is_null() || value.mark.line == key.mark.line))
        expected.hint = texts::format_colon_map{
            .fixed =
                yaml::quoted(value.is_null() ? key.value + ":" : key.value + ": " + value.value),
            .words = key.value};
    }
    report(RuleId::RK005, node.mark,
           texts::format_type{.expected = std::move(expected.what),
                              .found = found(node.kind),
                              .where = where.empty() ? "/" : where},
           std::move(expected.hint), signpost);
  }

  // A plain text between Word's curly quotes (“De Brug”): the quotes would become part of it.
  bool curly_quoted(const yaml::Node& node, const std::string& where, int signpost) {
    if (!node.is_scalar() || node.quoted) return false;
    const auto opening = yaml::curly_quote(node.value);
    if (!opening) return false;
    // The closing quote is the last character.
    std::size_t closing = node.value.size() - 1;
    while (closing > 0 && (static_cast<unsigned char>(node.value[closing]) & 0xC0) == 0x80)
      --closing;
    const std::string inner = node.value.substr(opening->size(), closing - opening->size());
    report(RuleId::RK006, node.mark,
           texts::format_curly_quotes{
               .quotes = std::string(*opening) + " " + node.value.substr(closing),
               .where = where.empty() ? "/" : where},
           texts::format_curly_quotes_hint{.fixed = yaml::quoted(inner)}, signpost);
    return true;
  }

  // A key or a value with an odd space in it (copied from Word): said so, with the key or value
  // it would be without, when that is one of `allowed`.
  bool odd_space(const yaml::Node& node, const std::string& where,
                 const std::vector<std::string_view>& allowed, RuleId rule, int signpost) {
    const auto odd = node.is_scalar() ? yaml::find_odd_space(node.value) : std::nullopt;
    if (!odd) return false;
    const int column =
        node.mark.column + static_cast<int>(display_width(node.value.substr(0, odd->offset)));
    const std::string cleaned = without_odd_spaces(node.value);
    const Message hint = contains(allowed, cleaned)
                             ? Message(texts::format_odd_space_suggest{.suggestion = cleaned})
                             : Message(texts::format_odd_space_hint{});
    out_.push_back(Diagnostic{
        rule,
        Severity::error,
        Location{path_, node.mark.line, column},
        texts::format_odd_space{
            .space = odd->name, .text = node.value, .where = where.empty() ? "/" : where},
        {hint},
        signpost});
    return true;
  }

  void out_of_range(yaml::Mark mark, const Spec& spec, const std::string& where, Arg value,
                    int signpost) {
    report(RuleId::RK006, mark,
           texts::format_range{
               .max = spec.max, .min = spec.min, .value = std::move(value), .where = where},
           texts::format_range_hint{.max = spec.max, .min = spec.min}, signpost);
  }

  void check_map(const yaml::Node& node, const schema::Spec& spec, const std::string& where,
                 int signpost) {
    if (!node.is_map()) return wrong_type(node, where, expected_map(), signpost);
    std::vector<std::string_view> keys;
    for (const auto& field : spec.fields) keys.push_back(field.key);
    for (const auto& [key, value] : node.entries) {
      const std::string child = where.empty() ? key.value : where + "." + key.value;
      auto field = std::find_if(
          spec.fields.begin(), spec.fields.end(),
          [&key = key](const auto& f) { return key.is_scalar() && f.key == key.value; });
      if (field == spec.fields.end()) {
        if (odd_space(key, where, keys, RuleId::RK003, signpost)) continue;
        std::string suggestion = key.is_scalar() ? did_you_mean(key.value, keys) : "";
        report(RuleId::RK003, key.mark,
               texts::format_unknown_key{.key = key.value, .where = where.empty() ? "/" : where},
               suggestion.empty() ? unknown_key_hint(key, keys)
                                  : Message(texts::format_did_you_mean{.suggestion = suggestion}),
               signpost);
        continue;
      }
      if (value.is_null() && !field->required && field->spec->type != schema::Type::text) continue;
      if (value.is_null() && field->required) {
        report(RuleId::RK007, key.mark, texts::format_missing_value{.where = child},
               missing_hint(*field), signpost);
        continue;
      }
      check(value, *field->spec, child, signpost);
    }
    for (const auto& field : spec.fields)
      if (field.required && !node.find(field.key))
        report(RuleId::RK007, node.mark,
               texts::format_missing{.key = field.key, .where = where.empty() ? "/" : where},
               missing_hint(field), signpost);
  }

  // "a colon is missing after 'practice'" for `practice Gesprekken ...`, else the allowed keys.
  static Message unknown_key_hint(const yaml::Node& key,
                                  const std::vector<std::string_view>& keys) {
    if (key.is_scalar())
      for (std::string_view known : keys)
        if (key.value.size() > known.size() + 1 && key.value.rfind(known, 0) == 0 &&
            key.value[known.size()] == ' ')
          return texts::format_missing_colon{
              .fixed = std::string(known) + ":" + key.value.substr(known.size()), .key = known};
    return texts::format_allowed_keys{.keys = join(keys)};
  }

  static Message missing_hint(const schema::Field& field) {
    if (!field.doc) return texts::format_missing_hint_plain{.key = field.key};
    return texts::format_missing_hint{.doc = Message{*field.doc, {}}, .key = field.key};
  }

  void check_integer(const yaml::Node& node, const schema::Spec& spec, const std::string& where,
                     int signpost) {
    std::int64_t value = 0;
    double decimal = 0;
    if (!parse_integer(node, value) && spec.type == schema::Type::integer &&
        parse_number(node, decimal)) {
      // 4.5 where a whole number belongs: a number, but not whole.
      if (decimal != std::floor(decimal)) {
        report(RuleId::RK006, node.mark,
               texts::format_whole_number{.value = node.value, .where = where},
               texts::format_range_hint{.max = spec.max, .min = spec.min}, signpost);
        return;
      }
      // Whole, but too large to read (99999999999999999999): outside the range.
      if (decimal < static_cast<double>(spec.min) || decimal > static_cast<double>(spec.max))
        return out_of_range(node.mark, spec, where, node.value, signpost);
    }
    if (!parse_integer(node, value)) {
      // A small range is worth saying ("from 1 to 5"), unless the number only needs its quotes
      // removed.
      std::int64_t unquoted = 0;
      yaml::Node plain = node;
      plain.quoted = false;
      const bool quoted_number = node.quoted && parse_integer(plain, unquoted);
      const bool small = spec.type == schema::Type::integer && spec.max - spec.min <= 100;
      return wrong_type(node, where,
                        {texts::type_integer{},
                         small && !quoted_number
                             ? Message(texts::format_range_hint{.max = spec.max, .min = spec.min})
                             : Message(texts::type_integer_hint{})},
                        signpost);
    }
    if (spec.type == schema::Type::version) {
      if (value < spec.min || value > spec.max)
        report(RuleId::RK008, node.mark,
               texts::format_version{.found = node.value, .supported = schema::kFormatVersion},
               texts::format_version_hint{}, signpost);
      return;
    }
    if (value < spec.min || value > spec.max) out_of_range(node.mark, spec, where, value, signpost);
  }

  void check_choice(const yaml::Node& node, const schema::Spec& spec, const std::string& where,
                    int signpost) {
    if (!node.is_scalar())
      return wrong_type(node, where, {texts::type_choice{}, texts::type_choice_hint{}}, signpost);
    if (contains(spec.choices, node.value)) return;
    // A Dutch word that stands for one of the choices (a status, a priority: common/status.hpp).
    if (const auto english = english_file_word(node.value);
        english && contains(spec.choices, *english))
      return;
    // The Dutch words of the choices: offered in the hint, and as suggestions.
    std::vector<std::string_view> candidates = spec.choices, dutch;
    for (std::string_view choice : spec.choices) {
      const std::vector<std::string_view> words = dutch_file_words(choice);
      if (!words.empty()) dutch.push_back(words.front());
      candidates.insert(candidates.end(), words.begin(), words.end());
    }
    if (odd_space(node, where, candidates, RuleId::RK006, signpost)) return;
    const std::string suggestion = did_you_mean(node.value, candidates);
    const std::string english = join(spec.choices);
    Message hint;
    if (dutch.empty() && suggestion.empty())
      hint = texts::format_choices{.choices = english};
    else if (dutch.empty())
      hint = texts::format_choices_suggest{.choices = english, .suggestion = suggestion};
    else if (suggestion.empty())
      hint = texts::format_choices_dutch{.dutch = join(dutch), .english = english};
    else
      hint = texts::format_choices_dutch_suggest{
          .dutch = join(dutch), .english = english, .suggestion = suggestion};
    report(RuleId::RK006, node.mark, texts::format_choice{.value = node.value, .where = where},
           std::move(hint), signpost);
  }

  void check_signpost_map(const yaml::Node& node, const schema::Spec& spec,
                          const std::string& where) {
    if (node.is_null()) return;
    if (!node.is_map()) return wrong_type(node, where, expected_map(), 0);
    std::map<std::int64_t, const yaml::Node*> seen;  // signpost number -> its first key
    for (const auto& [key, value] : node.entries) {
      std::int64_t number = 0;
      if (!parse_integer(key, number) || number < spec.min || number > spec.max) {
        report(RuleId::RK013, key.mark,
               texts::format_signpost_key{.key = key.value, .where = where}, signpost_key_hint(key),
               0);
        continue;
      }
      const int n = static_cast<int>(number);
      // `3:` and `03:` are different keys to YAML but the same signpost: one would be lost. The
      // same key twice is a duplicate key already (yaml/load.cpp).
      if (const auto [first, inserted] = seen.emplace(number, &key); !inserted) {
        if (first->second->value != key.value)
          report(RuleId::RK004, key.mark,
                 texts::format_signpost_twice{.first = first->second->value,
                                              .key = key.value,
                                              .line = first->second->mark.line,
                                              .signpost = n,
                                              .where = where},
                 texts::format_signpost_twice_hint{}, n);
      }
      if (value.is_null() && spec.item->type == schema::Type::map) {
        check(yaml::Node{yaml::Kind::map, key.mark, {}, {}, false, {}, {}}, *spec.item,
              where + "." + key.value, n);
        continue;
      }
      check(value, *spec.item, where + "." + key.value, n);
    }
  }

  // "did you mean 9?" for a signpost's name used as its key (`Sociaal contact:`), or for a key
  // that holds one signpost number among words (`wegwijzer 9`); else the general hint.
  Message signpost_key_hint(const yaml::Node& key) const {
    // A quoted number ('3'): the general hint says to leave out the quotes.
    if (!key.is_scalar() || key.quoted) return texts::format_signpost_key_hint{};
    std::vector<std::string> names;
    for (const auto& n : signpost_names_) names.push_back(name_key(n.name));
    const std::vector<std::string_view> views(names.begin(), names.end());
    const std::string closest = did_you_mean(name_key(key.value), views);
    for (std::size_t i = 0; i < names.size() && !closest.empty(); ++i)
      if (names[i] == closest)
        return texts::format_signpost_name{.number = signpost_names_[i].number,
                                           .title = signpost_names_[i].short_title
                                                        ? Arg(*signpost_names_[i].short_title)
                                                        : Arg(signpost_names_[i].name)};
    std::int64_t number = 0;
    int numbers = 0;
    for (std::size_t i = 0; i < key.value.size();) {
      if (key.value[i] < '0' || key.value[i] > '9') {
        ++i;
        continue;
      }
      std::int64_t value = 0;
      for (; i < key.value.size() && key.value[i] >= '0' && key.value[i] <= '9' && value < 100; ++i)
        value = value * 10 + (key.value[i] - '0');
      number = value;
      ++numbers;
    }
    if (numbers == 1 && number >= 1 && number <= kSignpostCount)
      return texts::format_did_you_mean{.suggestion = std::to_string(number)};
    return texts::format_signpost_key_hint{};
  }

  void check_element_map(const yaml::Node& node, const schema::Spec& spec, const std::string& where,
                         int signpost) {
    if (!node.is_map()) return wrong_type(node, where, expected_map(), signpost);
    const std::vector<std::string> ids = element_ids_(signpost);
    std::vector<std::string_view> views(ids.begin(), ids.end());
    for (const auto& [key, value] : node.entries) {
      if (!key.is_scalar() || std::find(ids.begin(), ids.end(), key.value) == ids.end()) {
        std::string suggestion = key.is_scalar() ? did_you_mean(key.value, views) : "";
        report(RuleId::RK011, key.mark,
               texts::format_element{.element = key.value, .signpost = signpost},
               suggestion.empty() ? Message(texts::format_element_hint{.elements = join(views),
                                                                       .signpost = signpost})
                                  : Message(texts::format_did_you_mean{.suggestion = suggestion}),
               signpost);
        continue;
      }
      check(value, *spec.item, where + "." + key.value, signpost);
    }
  }

  void check_rule_map(const yaml::Node& node, const schema::Spec& spec, const std::string& where) {
    if (node.is_null()) return;
    if (!node.is_map()) return wrong_type(node, where, expected_map(), 0);
    for (const auto& [key, value] : node.entries) {
      const std::optional<RuleId> rule = key.is_scalar() ? parse_rule_id(key.value) : std::nullopt;
      if (!rule) {
        const std::vector<std::string_view> ids(kRuleNames.begin(), kRuleNames.end());
        const std::string suggestion = key.is_scalar() ? did_you_mean(key.value, ids) : "";
        report(RuleId::RK003, key.mark, texts::format_unknown_rule{.rule = key.value},
               suggestion.empty() ? Message(texts::format_unknown_rule_hint{})
                                  : Message(texts::format_did_you_mean{.suggestion = suggestion}),
               0);
        continue;
      }
      if (is_fixed_rule(*rule)) {
        report(RuleId::RK006, key.mark, texts::format_rule_fixed{.rule = rule_name(*rule)},
               texts::format_rule_fixed_hint{}, 0);
        continue;
      }
      check(value, *spec.item, where + "." + key.value, 0);
    }
  }

  void check_status_entry(const yaml::Node& node, const schema::Spec& spec,
                          const std::string& where, int signpost) {
    if (node.is_scalar()) return check_choice(node, status_choice(spec), where, signpost);
    if (!node.is_map())
      return wrong_type(node, where, {texts::type_status_entry{}, texts::type_status_entry_hint{}},
                        signpost);
    static const schema::Spec text;
    const schema::Spec& status = status_choice(spec);
    const schema::Spec entry{
        schema::Type::map,
        {{"status", &status, true, texts::format_status_entry_status::text_id},
         {"practice", &text, false, texts::format_status_entry_practice::text_id},
         {"rationale", &text, false, texts::format_status_entry_rationale::text_id}},
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
    std::int64_t values[2] = {0, 0};
    if (!node.is_sequence() || node.items.size() != 2 || !parse_integer(node.items[0], values[0]) ||
        !parse_integer(node.items[1], values[1]))
      return wrong_type(node, where, {texts::type_age_range{}, texts::type_age_range_hint{}},
                        signpost);
    for (std::size_t i = 0; i < 2; ++i)
      if (values[i] < spec.min || values[i] > spec.max)
        out_of_range(node.items[i].mark, spec, where, values[i], signpost);
    if (values[0] > values[1])
      report(RuleId::RK006, node.mark,
             texts::format_ages_order{.oldest = values[1], .youngest = values[0]},
             texts::format_ages_order_hint{}, signpost);
  }

  const std::string& path_;
  const ElementIds& element_ids_;
  Diagnostics& out_;
  const std::vector<SignpostName>& signpost_names_;
};

}  // namespace

void validate_tree(const yaml::Node& root, const schema::Spec& spec, const std::string& path,
                   const ElementIds& element_ids, Diagnostics& out,
                   const std::vector<SignpostName>& signpost_names) {
  Validator(path, element_ids, out, signpost_names).check(root, spec, "", 0);
}

}  // namespace routekaart::schema
