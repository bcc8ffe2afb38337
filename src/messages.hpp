#pragma once
// User-facing message texts in Dutch and English, looked up by a stable id.
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "lang.hpp"

namespace routekaart {

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
