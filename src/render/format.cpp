#include "render/format.hpp"

#include <cmath>

#include <fmt/format.h>

namespace routekaart {

const std::vector<FormatInfo>& formats() {
  static const std::vector<FormatInfo> table = {
      {Format::text, "text", render_text},    {Format::markdown, "markdown", render_markdown},
      {Format::json, "json", render_json},    {Format::sarif, "sarif", render_sarif},
      {Format::junit, "junit", render_junit}, {Format::github, "github", render_github},
      {Format::html, "html", render_html},
  };
  return table;
}

const FormatInfo* find_format(std::string_view name) {
  for (const auto& f : formats())
    if (f.name == name) return &f;
  return nullptr;
}

std::string percent_text(const std::optional<double>& percent) {
  if (!percent) return "-";
  return fmt::format("{}%", static_cast<long>(std::lround(*percent)));
}

std::string valid_utf8(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    unsigned long code = 0;
    if (c < 0x80) {
      out += text[i++];
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2, code = c & 0x1Fu;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3, code = c & 0x0Fu;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4, code = c & 0x07u;
    }
    bool ok = length > 0 && i + length <= text.size();
    for (std::size_t k = 1; ok && k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      ok = (next & 0xC0u) == 0x80u;
      code = (code << 6) | (next & 0x3Fu);
    }
    // Overlong forms, surrogates and code points above U+10FFFF are not UTF-8 either.
    if (ok && ((length == 3 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) ||
               (length == 4 && (code < 0x10000 || code > 0x10FFFF))))
      ok = false;
    if (ok) {
      out.append(text.substr(i, length));
      i += length;
    } else {
      out += kReplacement;
      ++i;
    }
  }
  return out;
}

}  // namespace routekaart
