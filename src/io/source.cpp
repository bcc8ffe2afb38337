#include "io/source.hpp"

#include <algorithm>
#include <cerrno>

#include "generated/texts/read.hpp"
#include "io/platform.hpp"

namespace routekaart::io {

Arg reason(int error) {
  if (error == ENOENT) return texts::read_missing{};
  if (error == EACCES) return texts::read_denied{};
  return platform::error_text(error);
}

namespace {

Diagnostic read_error(const std::string& path, RuleId rule, Message message, Message hint) {
  return Diagnostic{
      rule, Severity::error, Location{path, 0, 0}, std::move(message), {std::move(hint)}, 0};
}

Diagnostic cannot_read(const std::string& path, int error) {
  return read_error(path, RuleId::RK002, texts::read_open{.reason = reason(error)},
                    texts::read_open_hint{});
}

bool is_process_substitution(const std::string& path) {
  return path.rfind("/dev/fd/", 0) == 0 || path.rfind("/proc/self/fd/", 0) == 0;
}

}  // namespace

std::string normalise_text(std::string text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  if (text.find('\r') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i)
    if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) out += text[i];
  return out;
}

namespace {

// Whether `text` is UTF-16: a byte order mark, or ASCII text with every other byte zero.
bool is_utf16(std::string_view text) {
  if (text.rfind("\xFF\xFE", 0) == 0 || text.rfind("\xFE\xFF", 0) == 0) return true;
  const std::size_t pairs = std::min<std::size_t>(text.size() / 2, 256);
  if (pairs < 2) return false;
  std::size_t little = 0, big = 0;
  for (std::size_t i = 0; i < pairs; ++i) {
    const auto a = static_cast<unsigned char>(text[2 * i]);
    const auto b = static_cast<unsigned char>(text[2 * i + 1]);
    if (a != 0 && a < 0x80 && b == 0) ++little;
    if (a == 0 && b != 0 && b < 0x80) ++big;
  }
  return std::max(little, big) * 10 >= pairs * 9;
}

// The characters of Windows-1252 at 0x80..0x9F (where Latin-1 has control codes), as UTF-8; ""
// where Windows-1252 has none either.
constexpr std::string_view kWindows1252[32] = {
    "\u20AC", "",       "\u201A", "\u0192", "\u201E", "\u2026", "\u2020", "\u2021",
    "\u02C6", "\u2030", "\u0160", "\u2039", "\u0152", "",       "\u017D", "",
    "",       "\u2018", "\u2019", "\u201C", "\u201D", "\u2022", "\u2013", "\u2014",
    "\u02DC", "\u2122", "\u0161", "\u203A", "\u0153", "",       "\u017E", "\u0178"};

// The byte as a character of Windows-1252 (which agrees with Latin-1 from 0xA0), in UTF-8; ""
// when it is none.
std::string windows1252(unsigned char byte) {
  if (byte < 0x80) return std::string(1, static_cast<char>(byte));
  if (byte < 0xA0) return std::string(kWindows1252[byte - 0x80]);
  return {static_cast<char>(0xC0 | (byte >> 6)), static_cast<char>(0x80 | (byte & 0x3F))};
}

}  // namespace

std::optional<Diagnostic> check_encoding(const std::string& path, const std::string& text) {
  if (is_utf16(text))
    return Diagnostic{RuleId::RK009,
                      Severity::error,
                      Location{path, 1, 1},
                      texts::encoding_utf16{},
                      {texts::encoding_save_utf8_hint{}},
                      0};
  int line = 1, column = 1;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = bytes[i];
    std::size_t length = c < 0x80           ? 1
                         : (c >> 5) == 0x6  ? 2
                         : (c >> 4) == 0xE  ? 3
                         : (c >> 3) == 0x1E ? 4
                                            : 0;
    bool valid = length != 0 && i + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) valid = (bytes[i + k] & 0xC0) == 0x80;
    // Broken in its structure (not an overlong form or a sequence cut off at the end): a byte of
    // an older encoding, which a lone high byte among ASCII text is.
    const bool structure_broken = !valid && !(length > 1 && i + length > text.size());
    if (valid && length > 1) {
      // Reject overlong forms and surrogates, and code points above U+10FFFF.
      unsigned cp = c & (0xFF >> (length + 1));
      for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (bytes[i + k] & 0x3F);
      const unsigned minimum[] = {0, 0, 0x80, 0x800, 0x10000};
      valid = cp >= minimum[length] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    }
    if (!valid) {
      // A byte of an older encoding: Windows-1252 when one of its own characters (0x80..0x9F)
      // is in the file, else Latin-1 or Windows-1252.
      const std::string character = structure_broken ? windows1252(c) : "";
      if (!character.empty()) {
        const bool windows = std::any_of(text.begin(), text.end(), [](char b) {
          const auto u = static_cast<unsigned char>(b);
          return u >= 0x80 && u < 0xA0;
        });
        return Diagnostic{
            RuleId::RK009,
            Severity::error,
            Location{path, line, column},
            texts::encoding_legacy{.character = character,
                                   .encoding = windows ? Message(texts::encoding_windows1252{})
                                                       : Message(texts::encoding_latin1{})},
            {texts::encoding_save_utf8_hint{}},
            0};
      }
      return Diagnostic{RuleId::RK009,
                        Severity::error,
                        Location{path, line, column},
                        texts::encoding_utf8{},
                        {texts::encoding_utf8_hint{}},
                        0};
    }
    if (c == 0)
      return Diagnostic{RuleId::RK009,
                        Severity::error,
                        Location{path, line, column},
                        texts::encoding_nul{},
                        {texts::encoding_nul_hint{}},
                        0};
    if (c == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += length;
  }
  return std::nullopt;
}

ReadResult read_source(const std::string& path, const Limits& limits) {
  const bool stdin_input = path == "-";
  if (!stdin_input) {
    platform::FileInfo info;
    if (const int error = platform::file_info(path, info); error != 0)
      return {std::nullopt, cannot_read(path, error)};
    using platform::FileKind;
    if (info.kind == FileKind::directory)
      return {std::nullopt, read_error(path, RuleId::RK002, texts::read_directory{},
                                       texts::read_directory_hint{})};
    const bool pipe = info.kind == FileKind::pipe && is_process_substitution(path);
    if (info.kind != FileKind::regular && !pipe)
      return {std::nullopt, read_error(path, RuleId::RK002, texts::read_not_regular{},
                                       texts::read_not_regular_hint{})};
    if (info.kind == FileKind::regular && info.size > limits.max_file_bytes)
      return {std::nullopt,
              read_error(path, RuleId::RK010,
                         texts::limit_size{.bytes = info.size, .limit = limits.max_file_bytes},
                         texts::limit_size_hint{})};
  }
  std::string text;
  if (const int error = platform::read_file(path, limits.max_file_bytes, text); error != 0)
    return {std::nullopt, cannot_read(path, error)};
  if (text.size() > limits.max_file_bytes)  // a stream (or a growing file): its size is unknown
    return {std::nullopt, read_error(path, RuleId::RK010,
                                     texts::limit_size_stream{.limit = limits.max_file_bytes},
                                     texts::limit_size_hint{})};
  if (auto problem = check_encoding(path, text))
    return {std::nullopt, std::move(problem), std::move(text)};
  return {Source{path, normalise_text(std::move(text))}, std::nullopt};
}

}  // namespace routekaart::io
