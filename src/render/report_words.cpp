#include "render/report_words.hpp"

#include "generated/texts/ci.hpp"
#include "generated/texts/common.hpp"
#include "generated/texts/report.hpp"
#include "render/format.hpp"

namespace routekaart::render {

Message summary_message(const check::Summary& s) {
  Message summary =
      texts::report_summary{.errors = texts::report_summary_errors{.count = s.errors},
                            .files = texts::report_summary_files{.count = s.files},
                            .infos = texts::report_summary_infos{.count = s.infos},
                            .problems = s.invalid + s.unreadable,
                            .valid = s.valid,
                            .warnings = texts::report_summary_warnings{.count = s.warnings}};
  if (s.baselined == 0) return summary;
  return texts::report_summary_with_baseline{
      .baselined = texts::report_summary_baselined{.count = s.baselined},
      .summary = std::move(summary)};
}

Message coverage_message(const check::Coverage& c) {
  return texts::report_coverage{.addressed = c.addressed,
                                .not_applicable = c.not_applicable,
                                .open = c.open,
                                .partial = c.partial,
                                .percent = percent_text(c.percent)};
}

Message element_counts_message(const check::SignpostResult& r) {
  return texts::report_element_counts{
      .described = r.elements_addressed + r.elements_partial + r.elements_open,
      .not_described = r.elements_not_described,
      .percent = r.element_coverage ? percent_text(100.0 * *r.element_coverage) : "-"};
}

Message element_coverage_message(const check::ElementCoverage& e) {
  return texts::report_element_coverage{.described = e.described,
                                        .not_applicable = e.not_applicable,
                                        .not_described = e.not_described,
                                        .percent = percent_text(e.percent)};
}

Message coverage_meaning_message() {
  return texts::report_coverage_meaning{};
}

bool in_gap_report(const check::SignpostResult& r) {
  return r.applicable && (r.status != Status::addressed || r.contradicts_elements);
}

bool open_in_gap_report(const check::SignpostResult& r, std::size_t index) {
  const check::ElementResult& e = r.elements[index];
  return e.applicable && e.status != Status::addressed;
}

Message audience_message(std::string_view audience) {
  if (audience == "practitioners") return texts::report_audience_practitioners{};
  if (audience == "managers") return texts::report_audience_managers{};
  return texts::value{.value = audience};
}

}  // namespace routekaart::render
