#include "check/score.hpp"

namespace routekaart::check {
using catalogue::Catalogue;
using catalogue::Condition;
using catalogue::Signpost;
using model::InterventionInfo;
using model::SignpostEntry;

bool condition_holds(Condition condition, const InterventionInfo& info) {
  switch (condition) {
    case Condition::always:
      return true;
    case Condition::alternative_programme:
      return info.alternative_programme.value_or(false);
    case Condition::clinical_setting:
      return info.setting == "care" || info.setting == "combined";
  }
  return true;
}

SignpostResult score_signpost(const SignpostEntry& entry, const Signpost& signpost,
                              const InterventionInfo& info) {
  SignpostResult r;
  r.number = entry.number;
  r.status = entry.status;
  r.essential = entry.essential;
  r.applicable = entry.status != Status::not_applicable;
  r.coverage = status_score(entry.status);
  r.from_elements = !entry.elements.empty();
  double sum = 0;
  int described = 0;
  for (const auto& element : signpost.elements) {
    ElementResult e{element.id, Status::not_described, false, true, 0};
    for (const auto& listed : entry.elements)
      if (listed.id == element.id) {
        e.status = listed.status;
        e.listed = true;
      }
    // A listed element counts as the team says; an unlisted one applies when its condition holds.
    e.applicable =
        e.listed ? e.status != Status::not_applicable : condition_holds(element.condition, info);
    e.score = status_score(e.status);
    if (!e.applicable) {
      ++r.elements_not_applicable;
    } else if (!e.listed) {
      ++r.elements_not_described;
    } else {
      sum += e.score;
      ++described;
      if (e.status == Status::addressed)
        ++r.elements_addressed;
      else if (e.status == Status::partial)
        ++r.elements_partial;
      else
        ++r.elements_open;
    }
    r.elements.push_back(e);
  }
  if (described > 0) r.element_coverage = sum / described;
  r.contradicts_elements =
      (entry.status == Status::addressed && r.elements_open > 0) ||
      ((entry.status == Status::planned || entry.status == Status::not_addressed) &&
       r.elements_addressed * 2 > described);
  return r;
}

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
  double element_sum = 0;
  for (const auto& r : results) {
    if (r.status == Status::addressed)
      ++c.addressed;
    else if (r.status == Status::partial)
      ++c.partial;
    else if (r.status == Status::not_applicable)
      ++c.not_applicable;
    else
      ++c.open;
    if (!r.applicable) continue;
    for (const auto& e : r.elements)
      if (e.listed && e.applicable) element_sum += e.score;
    c.elements.described += r.elements_addressed + r.elements_partial + r.elements_open;
    c.elements.not_described += r.elements_not_described;
    c.elements.not_applicable += r.elements_not_applicable;
  }
  if (c.elements.described > 0) c.elements.percent = 100.0 * element_sum / c.elements.described;
  return c;
}

}  // namespace routekaart::check
