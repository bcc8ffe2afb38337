#pragma once
// ANSI colours for the terminal, switched off when not on a terminal or when NO_COLOR is set.
#include <string>
#include <string_view>

#include "common/diagnostic.hpp"
#include "model/intervention.hpp"

namespace routekaart::render {

class Style {
 public:
  explicit Style(bool color) : color_(color) {}
  std::string bold(std::string_view text) const { return wrap("1", text); }
  std::string status(std::string_view text, Status status) const;
  std::string severity(Severity severity) const;

 private:
  std::string wrap(const char* code, std::string_view text) const;
  bool color_;
};

/// `text` padded with spaces to `width` display columns (UTF-8 aware), never cut.
std::string pad(std::string_view text, std::size_t width);

}  // namespace routekaart::render
