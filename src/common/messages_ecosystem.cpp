// Message texts of the ecosystem module (see messages.hpp): the CI formats and the HTML report.
#include "common/messages.hpp"

namespace routekaart {

std::vector<LegacyMessage> ecosystem_messages() {
  return {
      // JUnit
      {"junit.signpost", "signpost {}: {}", "wegwijzer {}: {}"},
      {"junit.file_format", "file format", "bestandsformaat"},
      {"junit.not_applicable", "not applicable", "niet van toepassing"},
      // HTML
      {"html.radar_title", "Coverage per signpost", "Dekking per wegwijzer"},
      {"html.radar_desc",
       "{}: the coverage of each signpost, from 0% in the centre to 100% on the outer ring; "
       "dashed spokes do not apply.",
       "{}: de dekking van elke wegwijzer, van 0% in het midden tot 100% op de buitenste ring; "
       "gestippelde spaken zijn niet van toepassing."},
      {"html.status", "Status", "Status"},
      {"html.status.not_described", "not described", "niet beschreven"},
      {"html.status.not_applicable", "not applicable", "niet van toepassing"},
      {"html.not_applicable_short", "n/a", "n.v.t."},
      {"html.no_findings", "No findings.", "Geen bevindingen."},
      {"html.heatmap_caption",
       "Each cell shows the status of a signpost as a colour and as a mark (see the legend).",
       "Elke cel toont de status van een wegwijzer als kleur en als teken (zie de legenda)."},
      {"html.footer",
       "Made with routekaart {}, after the roadmap of Heyne & Brouwer-Borghuis (2022).",
       "Gemaakt met routekaart {}, naar de routekaart van Heyne & Brouwer-Borghuis (2022)."},
  };
}

}  // namespace routekaart
