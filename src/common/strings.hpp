#pragma once
// Small operations on UTF-8 text that every stage shares.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace routekaart {

/// Collapses runs of whitespace, including newlines, into single spaces and trims.
std::string one_line(std::string_view text);

/// True when `text` holds nothing but spaces, tabs and line breaks.
bool is_blank(std::string_view text);

/// `text` with every invalid UTF-8 sequence replaced by U+FFFD, so XML and HTML stay well-formed.
std::string valid_utf8(std::string_view text);

/// The number of words in `text`: runs of characters between spaces, tabs and line breaks.
std::size_t word_count(std::string_view text);

/// `value` with at most one decimal, without a trailing ".0": 73 -> "73", 79.56 -> "79.6".
std::string one_decimal(double value);

/// Display width of UTF-8 text: one column per code point.
std::size_t display_width(std::string_view text);

/// The candidate closest to `word` (Damerau-Levenshtein, ignoring case), if it is close enough to
/// be a typo; one that differs only in case always is. "" otherwise.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace routekaart
