#include "render/html_style.hpp"

namespace routekaart::render {

std::string_view html_stylesheet() {
  // No quotes of either kind and no url(): the page must not load anything.
  return R"css(
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1b1b1b;
  font: 16px/1.5 system-ui, -apple-system, sans-serif; }
main { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; border-bottom: 2px solid #2b6f9e; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
p, ul { margin: 0.4rem 0; }
.path { color: #555; overflow-wrap: anywhere; }
.coverage { font-size: 1.1rem; font-weight: 600; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; min-width: 100%; }
th, td { border: 1px solid #c9c9c9; padding: 0.3rem 0.5rem; text-align: left;
  vertical-align: top; }
th { background: #f1f4f7; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.place { overflow-wrap: anywhere; min-width: 9rem; font-family: ui-monospace, monospace;
  font-size: 0.9em; }
.status td:last-child { white-space: nowrap; }
.bar { display: inline-block; width: 6rem; height: 0.75rem; vertical-align: middle;
  background: #e6e6e6; border: 1px solid #b5b5b5; }
.bar > span { display: block; height: 100%; background: #2b6f9e; }
.st { white-space: nowrap; }
.mark { display: inline-block; min-width: 1ch; font-family: ui-monospace, monospace;
  font-weight: 700; }
.st-addressed { background: #bfe3c0; }
.st-partial { background: #fbe7a1; }
.st-planned { background: #cfe0f3; }
.st-not-addressed { background: #f5bdb6; }
.st-not-described { background: #dedede; }
.st-not-applicable { background: #fff; color: #666; }
.heatmap td.st { text-align: center; }
.heatmap th { text-align: center; }
.heatmap th:first-child, .heatmap td:first-child { text-align: left; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
.legend .st { display: inline-block; min-width: 1.6rem; text-align: center;
  border: 1px solid #b5b5b5; }
.sev-error { color: #a4001d; font-weight: 700; }
.sev-warning { color: #7a4a00; font-weight: 700; }
.sev-info { color: #4d4d4d; }
figure.chart { margin: 0.5rem 0 1rem; }
svg.radar { display: block; width: 100%; max-width: 44rem; height: auto; margin: 0 auto; }
.radar .grid polygon { fill: none; stroke: #c9c9c9; }
.radar .tick { font-size: 12px; fill: #767676; }
.radar .spokes line { stroke: #b5b5b5; }
.radar .spokes line.na { stroke-dasharray: 4 4; }
.radar .area { fill: #2b6f9e; fill-opacity: 0.25; stroke: #2b6f9e; stroke-width: 2; }
.radar .points circle { fill: #2b6f9e; }
.radar .label { font-size: 15px; fill: #1b1b1b; }
.radar .label.na { fill: #767676; font-style: italic; }
footer { margin-top: 2rem; padding-top: 0.5rem; border-top: 1px solid #c9c9c9; color: #555; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  main { padding: 0.5rem 0.75rem 1.5rem; }
  h1 { font-size: 1.35rem; }
}
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .scroll { overflow: visible; }
  section.file + section.file, section.portfolio { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, figure.chart, section.gap { break-inside: avoid; }
  svg.radar { max-width: 15cm; }
}
)css";
}

std::string_view status_class(Status status) {
  switch (status) {
    case Status::addressed:
      return "st st-addressed";
    case Status::partial:
      return "st st-partial";
    case Status::planned:
      return "st st-planned";
    case Status::not_addressed:
      return "st st-not-addressed";
    case Status::not_applicable:
      return "st st-not-applicable";
    case Status::not_described:
      return "st st-not-described";
  }
  return "st";
}

}  // namespace routekaart::render
