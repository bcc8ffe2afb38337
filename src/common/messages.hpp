#pragma once
// User-facing message texts in Dutch and English, looked up by a stable id.
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/lang.hpp"

namespace routekaart {

/// One row of a message table: a stable id and its text in both languages (fmt syntax, the same
/// placeholders in the same order).
struct LegacyMessage {
  std::string_view id;
  std::string_view en;
  std::string_view nl;
};

/// The message tables of the modules, each defined in its own file (messages_<module>.cpp).
std::vector<LegacyMessage> core_messages();
std::vector<LegacyMessage> spec_messages();
std::vector<LegacyMessage> ratings_messages();
std::vector<LegacyMessage> ecosystem_messages();

/// The template of message `id` in `lang` (fmt syntax), or `id` itself when unknown.
std::string_view message_template(Lang lang, std::string_view id);

/// Every message id, for the test that keeps both languages complete.
std::vector<std::string_view> message_ids();

/// Message `id` in `lang`, with `args` filled in.
template <typename... Args>
std::string msg(Lang lang, std::string_view id, const Args&... args) {
  return fmt::vformat(message_template(lang, id), fmt::make_format_args(args...));
}

}  // namespace routekaart
