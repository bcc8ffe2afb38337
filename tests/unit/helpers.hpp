#pragma once
// Small helpers shared by the unit tests.
#include <cstddef>
#include <string>

#include "catalogue/catalogue.hpp"
#include "check/settings.hpp"
#include "common/diagnostic.hpp"
#include "common/message.hpp"

namespace routekaart::testing {

/// The embedded catalogue, loaded once.
inline const catalogue::Catalogue& embedded_catalogue() {
  static const catalogue::Catalogue c = *catalogue::load_embedded_catalogue().catalogue;
  return c;
}

/// A message in English words, as the tests compare them.
inline std::string words(const Message& message) {
  return tr(Lang::en, message);
}

/// A diagnostic's hint in English words.
inline std::string hint_words(const Diagnostic& d) {
  return hint_text(d, Lang::en);
}

/// Settings as `check` uses them without a project configuration: every signpost selected.
inline check::Settings all_signposts(check::Mode mode = check::Mode::check) {
  return *check::resolve_settings({}, {}, embedded_catalogue(), mode).settings;
}

/// How often `part` occurs in `text`, overlapping occurrences included.
inline std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto pos = text.find(part); pos != std::string::npos; pos = text.find(part, pos + 1)) ++n;
  return n;
}

}  // namespace routekaart::testing
