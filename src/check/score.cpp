#include "check/score.hpp"

namespace routekaart::check {
using catalogue::Catalogue;
using catalogue::Signpost;
using model::SignpostEntry;

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

}  // namespace routekaart::check
