// libFuzzer target: arbitrary bytes as one rating file (`ratings --ratings FILE`, `agenda
// --ratings FILE`, the files `rate` writes): loaded and validated (model/rating.hpp), added to
// the ratings of a small intervention, checked for raters who appear twice, summarised with both
// crosshairs and rendered as text, Markdown, JSON, the plot and the agenda, in both languages.
//   build-fuzz/routekaart_fuzz_rating -max_total_time=60 tests/fuzz/corpus-rating
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "check/agenda.hpp"
#include "check/ratings.hpp"
#include "common/roadmap.hpp"
#include "fuzz_common.hpp"
#include "model/rating.hpp"
#include "render/agenda.hpp"
#include "render/ratings.hpp"
#include "render/ratings_plot.hpp"
#include "render/svg_plot.hpp"

namespace rk = routekaart;
namespace fuzz = routekaart::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const rk::Limits limits;
  if (bytes.size() > limits.max_file_bytes || rk::io::check_encoding("r.yaml", bytes)) return 0;
  const rk::model::RatingFile file =
      rk::model::load_rating_text(rk::io::Source{"r.yaml", rk::io::normalise_text(bytes)}, limits);
  if (!file.rating) return 0;

  static const rk::check::Checked base =
      fuzz::run(fuzz::kIntervention, "fuzz.yaml", fuzz::default_settings());
  if (!base.intervention) fuzz::broken();
  std::vector<rk::model::Rating> ratings = base.intervention->ratings;
  ratings.push_back(*file.rating);
  rk::Diagnostics duplicates;
  rk::model::check_duplicate_raters(ratings, duplicates);

  const rk::check::Agenda agenda = rk::check::plan_agenda(*base.intervention, ratings);
  if (agenda.items.size() != static_cast<std::size_t>(rk::kSignpostCount)) fuzz::broken();
  const rk::render::AgendaReport agenda_report{"fuzz.yaml", *base.intervention, ratings, agenda};
  for (const bool midpoint : {false, true}) {
    const rk::render::RatingsReport report{"fuzz.yaml", "Fuzz", ratings,
                                           rk::check::summarise_ratings(ratings, midpoint)};
    for (const rk::Lang lang : {rk::Lang::en, rk::Lang::nl}) {
      std::ostringstream out;
      rk::render::render_ratings_text(report, fuzz::catalogue(), lang, out);
      rk::render::render_ratings_markdown(report, fuzz::catalogue(), lang, out);
      rk::render::render_ratings_json(report, lang, out);
      out << rk::render::render_svg_plot(rk::render::ratings_plot(report, fuzz::catalogue(), lang));
      if (!midpoint) rk::render::render_agenda(agenda_report, fuzz::catalogue(), lang, out);
    }
  }
  return 0;
}
