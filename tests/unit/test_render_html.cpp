#include <doctest/doctest.h>

#include <sstream>

#include "check/pipeline.hpp"
#include "common/strings.hpp"
#include "helpers.hpp"
#include "render/format.hpp"
#include "render/svg_radar.hpp"

using routekaart::check::check_file;
using routekaart::check::FileReport;
using routekaart::check::Report;
using routekaart::check::summarise;
using routekaart::io::Source;
using routekaart::model::load_intervention_text;
using routekaart::model::LoadedIntervention;
using routekaart::render::RadarSpoke;
using routekaart::render::render_html;
using routekaart::render::RenderOptions;
using routekaart::render::svg_radar;
using routekaart::render::wrap_label;

using namespace routekaart;

using routekaart::testing::embedded_catalogue;

static FileReport file_of(const std::string& path, const std::string& text) {
  LoadedIntervention l = load_intervention_text(Source{path, text}, embedded_catalogue(), Limits{});
  return check_file(l, path, embedded_catalogue(), routekaart::testing::all_signposts());
}

static std::string html(std::vector<FileReport> files, Lang lang = Lang::en, bool coverage = true) {
  Report report;
  for (int n = 1; n <= 14; ++n) report.selected.push_back(n);
  report.files = std::move(files);
  summarise(report);
  RenderOptions o;
  o.lang = lang;
  o.coverage = coverage;
  o.catalogue = &embedded_catalogue();
  std::ostringstream out;
  render_html(report, o, out);
  return out.str();
}

using routekaart::testing::count;

static const char* kHostile =
    "routekaart: 1\nintervention: {name: \"<script>alert(1)</script> \\\" onload=\\\"x ' &amp;\"}\n"
    "signposts:\n  1: {status: addressed, practice: p}\n  3: {status: not-applicable, rationale: "
    "r}\n"
    "  12: {status: addressed, practice: p}\n"
    "method:\n  end_result: e\n  goals: [{id: G1, text: t}]\n"
    "  methods: [{id: M1, name: \"<script>x</script>\\\"'\", goals: [G1]}, {id: M2, name: "
    "\"<b>\"}]\n";

TEST_CASE("render_html: everything from the input is escaped") {
  const std::string page = html({file_of("<i>\"'&.yaml", kHostile)});
  CHECK(count(page, "<script") == 0);
  CHECK(count(page, "'") == 0);
  CHECK(count(page, "onload=\"") == 0);
  CHECK(count(page, "<b>") == 0);
  CHECK(count(page, "<i>") == 0);
  // The name is the page's heading, shown literally.
  CHECK(count(page,
              "<h1>&lt;script&gt;alert(1)&lt;/script&gt; &quot; onload=&quot;x &#39; "
              "&amp;amp;</h1>") == 1);
  CHECK(count(page, "File: &lt;i&gt;&quot;&#39;&amp;.yaml") == 1);
  // M2 serves no goal: its name appears escaped in the findings table.
  CHECK(count(page, "method M2 (&lt;b&gt;) serves no goal") == 1);
}

TEST_CASE("render_html: one page with language, viewport, print styles, chart and tables") {
  const std::string page = html({file_of("f.yaml", kHostile)}, Lang::nl);
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">\n"));
  CHECK(count(page, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">") ==
        1);
  CHECK(count(page, "@media print") == 1);
  CHECK(count(page, "<svg class=\"radar\"") == 1);
  CHECK(count(page, "<text class=\"label") == 14);
  CHECK(count(page, "<text class=\"label na\"") == 1);  // signpost 3
  CHECK(count(page, "<table class=\"status\">") == 1);
  CHECK(count(page, "<table class=\"findings\">") == 1);
  CHECK(count(page, "<table class=\"heatmap\">") == 0);  // one file: no portfolio
  CHECK(count(page, "<h2>Hiaten en volgende stappen</h2>") == 1);
  CHECK(count(page, "http") == 0);
  CHECK(page.ends_with("</html>\n"));
}

TEST_CASE("render_html: several files get a heat map; validate gets findings only") {
  const std::string several = html({file_of("a.yaml", kHostile), file_of("b.yaml", kHostile)});
  CHECK(count(several, "<table class=\"heatmap\">") == 1);
  CHECK(count(several,
              "<td class=\"st st-addressed\"><span class=\"mark\" aria-hidden=\"true\">"
              "+</span></td>") == 4);  // 1 and 12 in both files
  CHECK(count(several, "<svg class=\"radar\"") == 2);
  CHECK(count(several, "id=\"radar-2-title\"") == 1);
  const std::string findings_only = html({file_of("a.yaml", kHostile)}, Lang::en, false);
  CHECK(count(findings_only, "<svg") == 0);
  CHECK(count(findings_only, "<table class=\"status\">") == 0);
  CHECK(count(findings_only, "<table class=\"findings\">") == 1);
}

TEST_CASE("svg_radar: a grid, one spoke and label per signpost, the values as a polygon") {
  std::vector<RadarSpoke> spokes;
  for (int n = 1; n <= 4; ++n) spokes.push_back({n, "Label", n == 1 ? 1.0 : 0.5, n != 3, "x"});
  const std::string svg = svg_radar(spokes, "r1", "Title <&>", "Desc");
  CHECK(
      svg.starts_with("<svg class=\"radar\" viewBox=\"0 0 780 500\" role=\"img\" "
                      "aria-labelledby=\"r1-title r1-desc\">\n<title id=\"r1-title\">Title "
                      "&lt;&amp;&gt;</title>"));
  CHECK(count(svg, "<line ") == 4);
  CHECK(count(svg, "<line x1=\"390.0\" y1=\"250.0\" x2=\"390.0\" y2=\"430.0\" class=\"na\"/>") ==
        1);
  // Spoke 1 at 100% is the top of the outer ring; spoke 3 (not applicable) sits at the centre.
  CHECK(count(svg,
              "<polygon class=\"area\" points=\"390.0,70.0 480.0,250.0 390.0,250.0 "
              "300.0,250.0\"/>") == 1);
  CHECK(count(svg, "<circle ") == 3);
  CHECK(count(svg, ">25%</text>") == 1);
  CHECK(count(svg, ">100%</text>") == 1);
  CHECK(svg.ends_with("</svg>"));
}

TEST_CASE("wrap_label: at most two lines, cut at a space") {
  CHECK(wrap_label("Start low", 16) == std::vector<std::string>{"Start low"});
  CHECK(wrap_label("Willingness and engagement", 16) ==
        std::vector<std::string>{"Willingness and", "engagement"});
  CHECK(wrap_label("Onderwijsmogelijkheden", 16) ==
        std::vector<std::string>{"Onderwijsmogelijkheden"});
  CHECK(wrap_label("Beweging creëren (n.v.t.)", 16) ==
        std::vector<std::string>{"Beweging creëren", "(n.v.t.)"});
}

TEST_CASE("valid_utf8: invalid sequences become U+FFFD, valid text is kept") {
  CHECK(valid_utf8("één – ok") == "één – ok");
  CHECK(valid_utf8("a\xff"
                   "b") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  CHECK(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(valid_utf8("x\xE2\x82") == "x\xEF\xBF\xBD\xEF\xBF\xBD");                // cut short
  CHECK(valid_utf8("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");
}
