// libFuzzer target: two versions of an intervention file, the bytes before and after the first
// NUL byte (a NUL is never part of a readable file), through `diff OLD NEW`: both checked with the
// default settings, compared (check/diff.hpp) and rendered as text, Markdown and JSON in both
// languages; each version compared with itself has no differences.
//   build-fuzz/routekaart_fuzz_diff -max_total_time=60 tests/fuzz/corpus-diff
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "check/diff.hpp"
#include "fuzz_common.hpp"
#include "render/diff.hpp"

namespace rk = routekaart;
namespace fuzz = routekaart::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const std::size_t nul = bytes.find('\0');
  const std::string before = bytes.substr(0, nul);
  const std::string after = nul == std::string::npos ? std::string() : bytes.substr(nul + 1);
  static const rk::check::Settings settings = fuzz::default_settings();
  if (before.size() > settings.limits.max_file_bytes ||
      after.size() > settings.limits.max_file_bytes)
    return 0;
  const rk::check::Checked old_version = fuzz::run(before, "old.yaml", settings);
  const rk::check::Checked new_version = fuzz::run(after, "new.yaml", settings);
  const rk::check::Diff diff =
      rk::check::compare(rk::check::diff_side(old_version), rk::check::diff_side(new_version));
  for (const rk::Lang lang : {rk::Lang::en, rk::Lang::nl}) {
    std::ostringstream out;
    rk::render::render_diff_text(diff, fuzz::catalogue(), lang, out);
    rk::render::render_diff_markdown(diff, fuzz::catalogue(), lang, out);
    rk::render::render_diff_json(diff, lang, out);
  }
  for (const auto* version : {&old_version, &new_version})
    if (!rk::check::compare(rk::check::diff_side(*version), rk::check::diff_side(*version)).empty())
      fuzz::broken();
  return 0;
}
