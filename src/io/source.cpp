#include "io/source.hpp"

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

std::optional<Diagnostic> check_encoding(const std::string& path, const std::string& text) {
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
    if (valid && length > 1) {
      // Reject overlong forms and surrogates, and code points above U+10FFFF.
      unsigned cp = c & (0xFF >> (length + 1));
      for (std::size_t k = 1; k < length; ++k) cp = (cp << 6) | (bytes[i + k] & 0x3F);
      const unsigned minimum[] = {0, 0, 0x80, 0x800, 0x10000};
      valid = cp >= minimum[length] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    }
    if (!valid)
      return Diagnostic{RuleId::RK009,
                        Severity::error,
                        Location{path, line, column},
                        texts::encoding_utf8{},
                        {texts::encoding_utf8_hint{}},
                        0};
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
  if (auto problem = check_encoding(path, text)) return {std::nullopt, std::move(problem)};
  return {Source{path, normalise_text(std::move(text))}, std::nullopt};
}

}  // namespace routekaart::io
