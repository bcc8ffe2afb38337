#include "check/findings.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "catalogue/rules.hpp"
#include "check/score.hpp"
#include "common/strings.hpp"
#include "generated/texts/check.hpp"
#include "generated/texts/common.hpp"

namespace routekaart::check {
using catalogue::Catalogue;
using catalogue::Signpost;
using model::Intervention;
using model::MethodSection;
using model::SignpostEntry;

namespace {

// A finding of `rule` with the rule's default severity and its remedy as the hint's first part.
Diagnostic finding(RuleId rule, const std::string& path, yaml::Mark mark, Message message,
                   int signpost) {
  const catalogue::Rule& r = catalogue::rule(rule);
  return Diagnostic{rule,
                    r.severity,
                    Location{path, mark.line, mark.column},
                    std::move(message),
                    {texts::value{.value = r.remedy}},
                    signpost};
}

class Checker {
 public:
  Checker(const Intervention& intervention, const Catalogue& catalogue, const Settings& settings,
          Diagnostics& out)
      : in_(intervention), catalogue_(catalogue), settings_(settings), out_(out) {}

  void run(const std::vector<SignpostResult>& results) {
    for (const auto& result : results) signpost_rules(result);
    method_rules();
    consistency_rules();
  }

 private:
  Diagnostic& add(RuleId rule, int signpost, yaml::Mark mark, Message message) {
    out_.push_back(finding(rule, in_.path, mark, std::move(message), signpost));
    return out_.back();
  }

  // The same, with the catalogue's question for signpost `n` after the rule's remedy.
  Diagnostic& add_asking(RuleId rule, int n, yaml::Mark mark, Message message) {
    Diagnostic& d = add(rule, n, mark, std::move(message));
    d.hint.push_back(texts::check_hint{.question = catalogue_.find(n)->hint});
    return d;
  }

  const Bilingual& title(int n) const { return catalogue_.find(n)->short_title; }

  bool element_condition_holds(int n, const std::string& id) const {
    for (const auto& e : catalogue_.find(n)->elements)
      if (e.id == id) return condition_holds(e.condition, in_.info);
    return true;
  }

  void signpost_rules(const SignpostResult& result) {
    const int n = result.number;
    const SignpostEntry& entry = in_.signposts[static_cast<std::size_t>(n)];
    if (!entry.described) {
      Diagnostic& d = add_asking(RuleId::RK101, n, entry.mark,
                                 texts::check_rk101{.signpost = n, .title = title(n)});
      d.severity = settings_.strict && entry.essential ? Severity::error : Severity::warning;
      return;
    }
    const Message status = status_label(entry.status);
    if (entry.status == Status::planned || entry.status == Status::not_addressed) {
      Diagnostic& d =
          add_asking(RuleId::RK102, n, entry.status_mark,
                     texts::check_rk102{.signpost = n, .status = status, .title = title(n)});
      // The rule's remedy asks to record the first steps in next_steps: not when they are there.
      if (!entry.next_steps.empty()) d.hint.front() = texts::check_rk102_steps{};
    }
    if (entry.status == Status::addressed || entry.status == Status::partial) {
      const std::size_t words = word_count(entry.practice);
      if (words == 0)
        add_asking(RuleId::RK103, n, entry.mark,
                   texts::check_rk103{.signpost = n, .status = status, .title = title(n)});
      else if (words < static_cast<std::size_t>(std::max(settings_.min_practice_words, 0)))
        add_asking(RuleId::RK106, n, entry.mark,
                   texts::check_rk106{.minimum = settings_.min_practice_words,
                                      .signpost = n,
                                      .title = title(n),
                                      .words = words});
    }
    if (entry.status == Status::not_applicable && is_blank(entry.rationale))
      add(RuleId::RK104, n, entry.mark, texts::check_rk104{.signpost = n, .title = title(n)});
    // An element that does not apply needs its reason, unless the catalogue already says it
    // holds only where this intervention is not (5d outside a clinical setting).
    for (const auto& element : entry.elements)
      if (element.status == Status::not_applicable && is_blank(element.rationale) &&
          element_condition_holds(n, element.id))
        add(RuleId::RK104, n, element.mark,
            texts::check_rk104_element{.element = element.id, .signpost = n});
    if (result.contradicts_elements) {
      if (entry.status == Status::addressed)
        add(RuleId::RK105, n, entry.status_mark,
            texts::check_rk105_open{
                .elements = open_elements(result), .open = result.elements_open, .signpost = n});
      else
        add(RuleId::RK105, n, entry.status_mark,
            texts::check_rk105_done{.addressed = result.elements_addressed,
                                    .described = result.elements_addressed +
                                                 result.elements_partial + result.elements_open,
                                    .signpost = n,
                                    .status = status});
    }
  }

  // The listed elements that are still open, "1c, 1f".
  static std::string open_elements(const SignpostResult& result) {
    std::string out;
    for (const auto& e : result.elements)
      if (e.listed && e.applicable && is_open(e.status)) out += (out.empty() ? "" : ", ") + e.id;
    return out;
  }

  void method_rules() {
    const MethodSection& m = in_.method;
    if (!selected(12)) return;
    if (!m.present) {
      add(RuleId::RK201, 12, yaml::Mark{1, 1}, texts::check_rk201_method{});
      return;
    }
    if (is_blank(m.end_result)) add(RuleId::RK201, 12, m.mark, texts::check_rk201_end_result{});
    std::map<std::string, yaml::Mark> goal_ids, method_ids;
    for (const auto& goal : m.goals)
      if (!goal_ids.emplace(goal.id, goal.mark).second)
        add(RuleId::RK205, 12, goal.mark, texts::check_rk205_goal{.goal = goal.id});
    for (const auto& method : m.methods)
      if (!method_ids.emplace(method.id, method.mark).second)
        add(RuleId::RK205, 12, method.mark, texts::check_rk205_method{.method = method.id});
    std::set<std::string> served;
    for (const auto& method : m.methods) {
      if (method.goals.empty())
        add(RuleId::RK203, 12, method.mark,
            texts::check_rk203{.method = method.id, .name = method.name});
      for (const auto& goal : method.goals) {
        served.insert(goal.value);
        if (!goal_ids.count(goal.value))
          add(RuleId::RK204, 12, goal.mark,
              texts::check_rk204_goal{.goal = goal.value, .method = method.id});
      }
      for (const auto& signpost : method.signposts)
        if (signpost.value < 1 || signpost.value > kSignpostCount)
          add(RuleId::RK204, 12, signpost.mark,
              texts::check_rk204_signpost{.method = method.id, .signpost = signpost.value});
    }
    std::set<std::string> reported;
    for (const auto& goal : m.goals)
      if (!served.count(goal.id) && reported.insert(goal.id).second)
        add(RuleId::RK202, 12, goal.mark, texts::check_rk202{.goal = goal.id});
  }

  void consistency_rules() {
    for (const auto& signpost : catalogue_.signposts) {
      const SignpostEntry& entry = in_.signposts[static_cast<std::size_t>(signpost.number)];
      if (!selected(signpost.number) || entry.status != Status::addressed) continue;
      for (const auto& relation : signpost.related) {
        if (relation.kind != "builds-on") continue;
        const SignpostEntry& basis = in_.signposts[static_cast<std::size_t>(relation.number)];
        if (is_open(basis.status))
          add(RuleId::RK301, signpost.number, entry.status_mark,
              texts::check_rk301{.basis = relation.number,
                                 .signpost = signpost.number,
                                 .status = status_label(basis.status),
                                 .why = relation.why});
      }
    }
  }

  bool selected(int n) const {
    return std::binary_search(settings_.selected.begin(), settings_.selected.end(), n);
  }

  const Intervention& in_;
  const Catalogue& catalogue_;
  const Settings& settings_;
  Diagnostics& out_;
};

}  // namespace

void add_findings(const Intervention& intervention, const std::vector<SignpostResult>& results,
                  const Catalogue& catalogue, const Settings& settings, Diagnostics& findings) {
  Checker(intervention, catalogue, settings, findings).run(results);
}

// Moves findings that a `suppress:` entry matches into suppressed (with the entry's
// reason as hint) and reports entries that match nothing (RK022). Format errors (RK0xx)
// cannot be suppressed.
void apply_suppressions(const Intervention& in, Diagnostics& findings, Diagnostics& suppressed) {
  for (const auto& s : in.suppressions) {
    bool matched = false;
    const std::optional<RuleId> rule = parse_rule_id(s.rule);
    for (auto it = findings.begin(); it != findings.end();) {
      const bool match = rule && it->rule == *rule && !is_fixed_rule(it->rule) &&
                         (s.signpost == 0 || it->signpost == s.signpost);
      if (!match) {
        ++it;
        continue;
      }
      matched = true;
      Diagnostic d = *it;
      d.hint = {texts::value{.value = s.reason}};
      suppressed.push_back(std::move(d));
      it = findings.erase(it);
    }
    if (!matched) {
      findings.push_back(finding(
          RuleId::RK022, in.path, s.mark,
          s.signpost ? Message(texts::check_rk022_signpost{.rule = s.rule, .signpost = s.signpost})
                     : Message(texts::check_rk022{.rule = s.rule}),
          s.signpost));
    }
  }
}

// Applies the project's rule settings and required signposts.
void apply_rule_settings(Diagnostics& findings, const Settings& settings) {
  for (auto it = findings.begin(); it != findings.end();) {
    auto setting = settings.rules.find(it->rule);
    if (setting != settings.rules.end() && !is_fixed_rule(it->rule)) {
      if (!setting->second) {
        it = findings.erase(it);
        continue;
      }
      it->severity = *setting->second;
    }
    const bool required = std::find(settings.required.begin(), settings.required.end(),
                                    it->signpost) != settings.required.end();
    if (required && (it->rule == RuleId::RK101 || it->rule == RuleId::RK102))
      it->severity = Severity::error;
    ++it;
  }
}

Diagnostic below_minimum(const std::string& path, double percent, double minimum) {
  return finding(
      RuleId::RK107, path, yaml::Mark{},
      texts::check_rk107{.coverage = one_decimal(percent), .minimum = one_decimal(minimum)}, 0);
}

Diagnostics method_findings(const Diagnostics& findings) {
  Diagnostics out;
  for (const auto& d : findings)
    if (rule_name(d.rule).substr(0, 3) == "RK2") out.push_back(d);
  return out;
}

}  // namespace routekaart::check
