#include <doctest/doctest.h>

#include <sstream>

#include "check/pipeline.hpp"
#include "common/strings.hpp"
#include "helpers.hpp"
#include "render/format.hpp"

using routekaart::check::check_file;
using routekaart::check::FileReport;
using routekaart::check::Report;
using routekaart::check::summarise;
using routekaart::io::Source;
using routekaart::model::load_intervention_text;
using routekaart::model::LoadedIntervention;
using routekaart::render::render_html;
using routekaart::render::RenderOptions;

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
    "signposts:\n  1: {status: addressed, practice: De mentor belt elke week met de jongere en de "
    "ouders.}\n  3: {status: not-applicable, rationale: "
    "r}\n"
    "  12: {status: addressed, practice: De mentor belt elke week met de jongere en de ouders.}\n"
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

TEST_CASE("render_html: the page's own texts in Dutch, the summary with singular and plural") {
  const std::string one = html({file_of("f.yaml", kHostile)}, Lang::nl);
  CHECK(count(one,
              "<title>&lt;script&gt;alert(1)&lt;/script&gt; &quot; onload=&quot;x &#39; "
              "&amp;amp; - routekaart-rapport</title>") == 1);
  CHECK(count(one, "<p class=\"path\">Bestand: f.yaml</p>") == 1);
  CHECK(count(one, "<h2>Dekking per wegwijzer</h2>") == 1);
  CHECK(count(one,
              "<th>Wegwijzer</th><th>Status</th><th colspan=\"2\">dekking</th>"
              "<th>elementen</th>") == 1);
  CHECK(count(one,
              "<span class=\"mark\" aria-hidden=\"true\">/</span> niet van toepassing</td>"
              "<td class=\"num\">n.v.t.</td>") == 1);
  CHECK(count(one,
              "<th>Plaats</th><th>Regel</th><th>Ernst</th><th>Melding</th>"
              "<th>Oplossing</th>") == 1);
  CHECK(count(one,
              "<p>1 bestand: 1 geldig, 0 met problemen; 0 fouten, 12 waarschuwingen, "
              "0 infomeldingen</p>") == 1);
  CHECK(count(one, "<p>Gemaakt met routekaart " ROUTEKAART_VERSION
                   ", naar de routekaart van Heyne &amp; Brouwer-Borghuis (2022).</p>") == 1);

  const std::string two = html({file_of("a.yaml", kHostile), file_of("b.yaml", kHostile)});
  CHECK(count(two, "<title>routekaart report</title>") == 1);
  CHECK(count(two, "<h1>routekaart report</h1>") == 1);
  CHECK(count(two,
              "<h2>Portfolio: interventions x signposts</h2>\n<p>Each cell shows the status "
              "of a signpost as a colour and as a mark (see the legend).</p>") == 1);
  CHECK(count(two, "<th>addressed by</th>") == 1);
  CHECK(count(two, "<li><span class=\"st st-not-described\">?</span> not described</li>") == 1);
  CHECK(count(two,
              "<p>2 files: 2 valid, 0 with problems; 0 errors, 24 warnings, "
              "0 info messages</p>") == 1);
}
