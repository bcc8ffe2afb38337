#include "render/baseline.hpp"

#include "render/json_writer.hpp"
#include "render/summary.hpp"
#include "schema/format.hpp"

namespace routekaart::render {
namespace {

// The message is for a reader who reviews the file; a value that quotes half a file is cut.
constexpr std::size_t kMessageChars = 200;

}  // namespace

void render_baseline(const check::Baseline& baseline, Lang lang, std::ostream& out) {
  JsonWriter w(out);
  w.begin_object().field("routekaart-baseline", schema::kBaselineVersion);
  w.key("findings").begin_array();
  for (const auto& [key, entry] : baseline.entries) {
    if (entry.count <= 0) continue;
    w.begin_object()
        .field("file", key.file)
        .field("rule", rule_name(key.rule))
        .field("signpost", key.signpost)
        .field("fingerprint", key.fingerprint)
        .field("count", static_cast<long>(entry.count));
    if (entry.message) w.field("message", cut_text(tr(lang, *entry.message), kMessageChars));
    w.end_object();
  }
  w.end_array().end_object();
}

}  // namespace routekaart::render
