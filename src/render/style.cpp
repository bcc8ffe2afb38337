#include "render/style.hpp"
#include "common/strings.hpp"

namespace routekaart::render {

std::string Style::wrap(const char* code, std::string_view text) const {
  if (!color_) return std::string(text);
  return "\033[" + std::string(code) + "m" + std::string(text) + "\033[0m";
}

std::string Style::status(std::string_view text, Status status) const {
  switch (status) {
    case Status::addressed:
      return wrap("32", text);
    case Status::partial:
      return wrap("33", text);
    case Status::not_applicable:
      return wrap("2", text);
    default:
      return wrap("31", text);
  }
}

std::string Style::severity(Severity severity) const {
  switch (severity) {
    case Severity::error:
      return wrap("1;31", "error");
    case Severity::warning:
      return wrap("1;33", "warning");
    case Severity::info:
      return wrap("1;36", "info");
  }
  return "error";
}

std::string pad(std::string_view text, std::size_t width) {
  std::string out(text);
  for (std::size_t w = display_width(text); w < width; ++w) out += ' ';
  return out;
}

}  // namespace routekaart::render
