#include "check/check.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "catalogue/rules.hpp"
#include "common/messages.hpp"

namespace routekaart::check {
using catalogue::Catalogue;
using catalogue::find_rule;
using catalogue::Rule;
using catalogue::Signpost;
using model::Intervention;
using model::LoadedIntervention;
using model::MethodSection;
using model::SignpostEntry;

namespace {

bool is_blank(const std::string& text) {
  return text.find_first_not_of(" \t\n") == std::string::npos;
}

class Checker {
 public:
  Checker(const Intervention& intervention, const Catalogue& catalogue, const CheckOptions& options,
          Diagnostics& out)
      : in_(intervention), catalogue_(catalogue), options_(options), out_(out) {}

  void run(const std::vector<SignpostResult>& results) {
    for (const auto& result : results) signpost_rules(result);
    method_rules();
    consistency_rules();
  }

 private:
  void add(const char* rule_id, int signpost, yaml::Mark mark, std::string message,
           std::string extra_hint = "", std::optional<Severity> severity = std::nullopt) {
    const Rule* rule = find_rule(rule_id);
    std::string hint = rule ? rule->remedy.in(options_.lang) : "";
    if (!extra_hint.empty()) hint += " " + extra_hint;
    out_.push_back(Diagnostic{rule_id, severity.value_or(rule ? rule->severity : Severity::warning),
                              Location{in_.path, mark.line, mark.column}, std::move(message),
                              std::move(hint), signpost});
  }

  std::string title(int n) const { return catalogue_.find(n)->short_title.in(options_.lang); }

  std::string signpost_hint(int n) const {
    return msg(options_.lang, "check.hint", catalogue_.find(n)->hint.in(options_.lang));
  }

  void signpost_rules(const SignpostResult& result) {
    const int n = result.number;
    const SignpostEntry& entry = in_.signposts[static_cast<std::size_t>(n)];
    const Lang lang = options_.lang;
    if (!entry.described) {
      const bool error = options_.strict && entry.essential;
      add("RK101", n, entry.mark, msg(lang, "check.rk101", n, title(n)), signpost_hint(n),
          error ? Severity::error : Severity::warning);
      return;
    }
    if (entry.status == Status::planned || entry.status == Status::not_addressed)
      add("RK102", n, entry.status_mark,
          msg(lang, "check.rk102", n, title(n), status_word(entry.status)), signpost_hint(n));
    if ((entry.status == Status::addressed || entry.status == Status::partial) &&
        is_blank(entry.practice))
      add("RK103", n, entry.mark, msg(lang, "check.rk103", n, title(n), status_word(entry.status)),
          signpost_hint(n));
    if (entry.status == Status::not_applicable && is_blank(entry.rationale))
      add("RK104", n, entry.mark, msg(lang, "check.rk104", n, title(n)));
    if (result.from_elements) {
      const int total = static_cast<int>(result.elements.size());
      const int open = result.elements_open;
      if (entry.status == Status::addressed && open * 2 > total)
        add("RK105", n, entry.status_mark, msg(lang, "check.rk105.open", n, open, total));
      else if ((entry.status == Status::not_addressed || entry.status == Status::planned) &&
               result.elements_addressed * 2 > total)
        add("RK105", n, entry.status_mark,
            msg(lang, "check.rk105.done", n, status_word(entry.status), result.elements_addressed,
                total));
    }
  }

  void method_rules() {
    const Lang lang = options_.lang;
    const MethodSection& m = in_.method;
    if (!selected(12)) return;
    if (!m.present) {
      add("RK201", 12, yaml::Mark{1, 1}, msg(lang, "check.rk201.method"));
      return;
    }
    if (is_blank(m.end_result)) add("RK201", 12, m.mark, msg(lang, "check.rk201.end_result"));
    std::map<std::string, yaml::Mark> goal_ids, method_ids;
    for (const auto& goal : m.goals)
      if (!goal_ids.emplace(goal.id, goal.mark).second)
        add("RK205", 12, goal.mark, msg(lang, "check.rk205.goal", goal.id));
    for (const auto& method : m.methods)
      if (!method_ids.emplace(method.id, method.mark).second)
        add("RK205", 12, method.mark, msg(lang, "check.rk205.method", method.id));
    std::set<std::string> served;
    for (const auto& method : m.methods) {
      if (method.goals.empty())
        add("RK203", 12, method.mark, msg(lang, "check.rk203", method.id, method.name));
      for (const auto& goal : method.goals) {
        served.insert(goal.value);
        if (!goal_ids.count(goal.value))
          add("RK204", 12, goal.mark, msg(lang, "check.rk204.goal", method.id, goal.value));
      }
      for (const auto& signpost : method.signposts)
        if (signpost.value < 1 || signpost.value > kSignpostCount)
          add("RK204", 12, signpost.mark,
              msg(lang, "check.rk204.signpost", method.id, signpost.value));
    }
    std::set<std::string> reported;
    for (const auto& goal : m.goals)
      if (!served.count(goal.id) && reported.insert(goal.id).second)
        add("RK202", 12, goal.mark, msg(lang, "check.rk202", goal.id));
  }

  void consistency_rules() {
    for (const auto& signpost : catalogue_.signposts) {
      const SignpostEntry& entry = in_.signposts[static_cast<std::size_t>(signpost.number)];
      if (!selected(signpost.number) || entry.status != Status::addressed) continue;
      for (const auto& relation : signpost.related) {
        if (relation.kind != "builds-on") continue;
        const SignpostEntry& basis = in_.signposts[static_cast<std::size_t>(relation.number)];
        if (is_open(basis.status))
          add("RK301", signpost.number, entry.status_mark,
              msg(options_.lang, "check.rk301", signpost.number, relation.number,
                  status_word(basis.status), relation.why.in(options_.lang)));
      }
    }
  }

  bool selected(int n) const {
    return options_.selected.empty() ||
           std::find(options_.selected.begin(), options_.selected.end(), n) !=
               options_.selected.end();
  }

  const Intervention& in_;
  const Catalogue& catalogue_;
  const CheckOptions& options_;
  Diagnostics& out_;
};

Coverage compute_coverage(const std::vector<SignpostResult>& results, const Catalogue& catalogue) {
  Coverage c;
  auto mean = [&](auto&& include) -> std::optional<double> {
    double sum = 0;
    int count = 0;
    for (const auto& r : results)
      if (r.applicable && include(r)) {
        sum += r.coverage;
        ++count;
      }
    if (count == 0) return std::nullopt;
    return 100.0 * sum / count;
  };
  c.percent = mean([](const SignpostResult&) { return true; });
  for (const char* audience : {"practitioners", "managers"})
    c.by_audience.push_back(AudienceCoverage{audience, mean([&](const SignpostResult& r) {
                                               return catalogue.find(r.number)->for_audience(
                                                   audience);
                                             })});
  for (const auto& r : results) {
    if (r.status == Status::addressed)
      ++c.addressed;
    else if (r.status == Status::partial)
      ++c.partial;
    else if (r.status == Status::not_applicable)
      ++c.not_applicable;
    else
      ++c.open;
  }
  return c;
}

// Moves findings that a `suppress:` entry matches into report.suppressed (with the entry's
// reason as hint) and reports entries that match nothing (RK022). Format errors (RK0xx)
// cannot be suppressed.
void apply_suppressions(const Intervention& in, FileReport& report, Lang lang) {
  for (const auto& s : in.suppressions) {
    bool matched = false;
    for (auto it = report.findings.begin(); it != report.findings.end();) {
      const bool match = it->rule == s.rule && it->rule.rfind("RK0", 0) != 0 &&
                         (s.signpost == 0 || it->signpost == s.signpost);
      if (!match) {
        ++it;
        continue;
      }
      matched = true;
      Diagnostic d = *it;
      d.hint = s.reason;
      report.suppressed.push_back(std::move(d));
      it = report.findings.erase(it);
    }
    if (!matched) {
      const Rule* rule = find_rule("RK022");
      report.findings.push_back(
          Diagnostic{"RK022", rule ? rule->severity : Severity::warning,
                     Location{in.path, s.mark.line, s.mark.column},
                     s.signpost ? msg(lang, "check.rk022.signpost", s.rule, s.signpost)
                                : msg(lang, "check.rk022", s.rule),
                     rule ? rule->remedy.in(lang) : "", s.signpost});
    }
  }
}

// Applies the project's rule settings and required signposts.
void apply_overrides(FileReport& report, const CheckOptions& options) {
  auto& findings = report.findings;
  for (auto it = findings.begin(); it != findings.end();) {
    auto setting = options.rule_overrides.find(it->rule);
    if (setting != options.rule_overrides.end()) {
      if (setting->second == "off") {
        it = findings.erase(it);
        continue;
      }
      it->severity = parse_severity(setting->second).value_or(it->severity);
    }
    const bool required = std::find(options.required.begin(), options.required.end(),
                                    it->signpost) != options.required.end();
    if (required && (it->rule == "RK101" || it->rule == "RK102")) it->severity = Severity::error;
    ++it;
  }
}

}  // namespace

SignpostResult score_signpost(const SignpostEntry& entry, const Signpost& signpost) {
  SignpostResult r;
  r.number = entry.number;
  r.status = entry.status;
  r.essential = entry.essential;
  r.applicable = entry.status != Status::not_applicable;
  r.from_elements = !entry.elements.empty();
  double sum = 0;
  for (const auto& element : signpost.elements) {
    ElementResult e{element.id, Status::not_described, 0};
    for (const auto& listed : entry.elements)
      if (listed.id == element.id) e.status = listed.status;
    e.score = status_score(e.status);
    sum += e.score;
    if (e.status == Status::addressed)
      ++r.elements_addressed;
    else if (e.status == Status::partial)
      ++r.elements_partial;
    else if (e.status != Status::not_applicable)
      ++r.elements_open;
    r.elements.push_back(e);
  }
  r.coverage = r.from_elements && !signpost.elements.empty()
                   ? sum / static_cast<double>(signpost.elements.size())
                   : status_score(entry.status);
  return r;
}

FileReport check_file(const LoadedIntervention& loaded, const std::string& path,
                      const Catalogue& catalogue, const CheckOptions& options) {
  FileReport report;
  report.path = path;
  report.readable = !loaded.unreadable;
  report.valid = loaded.valid();
  report.findings = loaded.diagnostics;
  if (loaded.intervention) {
    const Intervention& in = *loaded.intervention;
    report.parsed = true;
    report.name = in.info.name;
    for (int n = 1; n <= kSignpostCount; ++n)
      if (options.selected.empty() ||
          std::find(options.selected.begin(), options.selected.end(), n) != options.selected.end())
        report.signposts.push_back(
            score_signpost(in.signposts[static_cast<std::size_t>(n)], *catalogue.find(n)));
    report.coverage = compute_coverage(report.signposts, catalogue);
    Checker(in, catalogue, options, report.findings).run(report.signposts);
    apply_suppressions(in, report, options.lang);
  }
  apply_overrides(report, options);
  sort_diagnostics(report.findings);
  return report;
}

void summarise(Report& report) {
  Summary s;
  double sum = 0;
  int with_coverage = 0;
  for (const auto& file : report.files) {
    ++s.files;
    if (!file.readable)
      ++s.unreadable;
    else if (file.valid)
      ++s.valid;
    else
      ++s.invalid;
    for (const auto& d : file.findings) {
      if (d.severity == Severity::error)
        ++s.errors;
      else if (d.severity == Severity::warning)
        ++s.warnings;
      else
        ++s.infos;
    }
    if (file.coverage.percent) {
      sum += *file.coverage.percent;
      ++with_coverage;
    }
  }
  if (with_coverage) s.mean_coverage = sum / with_coverage;
  report.summary = s;
}

}  // namespace routekaart::check
