#include <doctest/doctest.h>

#include "helpers.hpp"

#include <sstream>

#include "check/pipeline.hpp"
#include "render/template.hpp"

using routekaart::render::render_template;
using routekaart::testing::count;
using routekaart::testing::embedded_catalogue;

using namespace routekaart;

namespace {

std::string template_text(Lang lang, std::string_view name) {
  std::ostringstream out;
  render_template(embedded_catalogue(), lang, name, out);
  return out.str();
}

}  // namespace

TEST_CASE("render_template: the header and the intervention, comments in English") {
  const std::string t = template_text(Lang::en, "De Brug");
  CHECK(t.substr(0, t.find("\nsignposts:\n")) ==
        "# routekaart: self-description of a school-refusal intervention\n"
        "# Fill this in and check it with: routekaart check FILE\n"
        "# status: addressed | partial | planned | not-addressed | not-applicable (then add "
        "rationale)\n"
        "\n"
        "routekaart: 1\n"
        "language: en\n"
        "\n"
        "intervention:\n"
        "  name: \"De Brug\"\n"
        "  organisation: \"\"\n"
        "  contact: \"\"\n"
        "  setting: education        # education | care | combined\n"
        "  tier: 3                   # 1 | 2 | 3; the signposts are written for tier 3\n"
        "  target_group: \"\"\n"
        "  ages: [12, 18]            # [youngest, oldest], 4..27\n"
        "  school_types: [vo]        # po | so | vo | vso | mbo\n"
        "  summary: \"\"\n");
}

TEST_CASE("render_template: every signpost planned, with its title and hint in Dutch") {
  const std::string t = template_text(Lang::nl, "X");
  CHECK(t.find("\nlanguage: nl\n") != std::string::npos);
  CHECK(t.find("# Vul dit in en controleer het met: routekaart check BESTAND\n") !=
        std::string::npos);
  CHECK(t.find("  # 1. Bied een integrale aanpak met de jongere, ouders en school\n  #    "
               "Beschrijf hoe jullie met jongere, ouders en school werken") != std::string::npos);
  // A Dutch template writes the Dutch words, which files may use (common/status.hpp).
  CHECK(count(t, "    status: gepland\n    priority: essentieel\n    practice: \"\"\n") == 14);
  CHECK(t.find(
            "\n# Wegwijzer 12: eindresultaat, doelen, methoden en hoe ze samenhangen\nmethod:\n") !=
        std::string::npos);
  CHECK(t.find("\n# Wegwijzer 13: het team\nteam: []\n") != std::string::npos);
  CHECK(
      t.ends_with("\n\n# Wegwijzer 14: de middelen\nresources:\n  funding: []\n  facilities: []\n  "
                  "time: \"\"\n"));
}

TEST_CASE("render_template: the default name, and a name that is one quoted line") {
  CHECK(template_text(Lang::en, "").find("\n  name: \"New intervention\"\n") != std::string::npos);
  CHECK(template_text(Lang::nl, "").find("\n  name: \"Nieuwe interventie\"\n") !=
        std::string::npos);
  CHECK(
      template_text(Lang::en, "A \"quoted\"\nname").find("\n  name: \"A \\\"quoted\\\" name\"\n") !=
      std::string::npos);
}

TEST_CASE(
    "render_template: the template is a valid intervention file without findings but "
    "planned signposts") {
  for (Lang lang : {Lang::nl, Lang::en}) {
    const io::Source source{"template.yaml", template_text(lang, "Test: \"#1\"")};
    const check::Checked checked =
        check::check_source(source, embedded_catalogue(), testing::all_signposts());
    CHECK(checked.report.valid);
    CHECK(checked.report.name == "Test: \"#1\"");
    REQUIRE(checked.intervention.has_value());
    for (const auto& finding : checked.report.findings) {
      INFO(rule_name(finding.rule), ": ", testing::words(finding.message));
      CHECK(finding.severity != Severity::error);
    }
  }
}
