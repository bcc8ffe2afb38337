#pragma once
// Reading an input file safely: size limit, no devices or FIFOs, valid UTF-8.
#include <cstddef>
#include <optional>
#include <string>

#include "common/diagnostic.hpp"
#include "common/limits.hpp"
#include "common/message.hpp"

namespace routekaart::io {

struct Source {
  std::string path;  // as given; "-" for standard input
  std::string text;  // UTF-8, BOM removed, CRLF turned into LF
};

struct ReadResult {
  std::optional<Source> source;
  std::optional<Diagnostic> error;  // RK002 (cannot read), RK009 (encoding) or RK010 (limit)
  std::string raw{};  // RK009: the bytes as read, so that the caller can still look into them
};

/// Reads `path` ("-" is standard input). Refuses directories, devices and named FIFOs (but reads
/// pipes such as /dev/fd/N from process substitution), files over the size limit, and text that
/// is not UTF-8 or contains a NUL byte; the error names the line and column where it can.
ReadResult read_source(const std::string& path, const Limits& limits);

/// Checks `text` as UTF-8 without NUL bytes; returns the diagnostic for the first problem. A
/// file saved as UTF-16 (with or without byte order mark) or in Windows-1252/Latin-1 is named
/// as such, with how to save it as UTF-8.
std::optional<Diagnostic> check_encoding(const std::string& path, const std::string& text);

/// Why a file or folder cannot be read, in words: a text for the common errors, else the
/// system's own message.
Arg reason(int error);

/// Removes a UTF-8 byte order mark and turns CRLF line ends into LF.
std::string normalise_text(std::string text);

}  // namespace routekaart::io
