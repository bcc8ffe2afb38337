#include "model/rating.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <unordered_map>

#include "common/strings.hpp"
#include "generated/texts/model.hpp"
#include "generated/texts/read.hpp"
#include "io/platform.hpp"
#include "schema/format.hpp"
#include "schema/validate.hpp"
#include "yaml/load.hpp"

namespace routekaart::model {
using io::read_source;
using io::ReadResult;
using io::Source;
using schema::validate_tree;
using yaml::parse_yaml;
using yaml::ParsedYaml;

namespace fs = std::filesystem;
namespace {

std::string ascii_lower(std::string_view name) {
  std::string out(one_line(name));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

Diagnostic rating_problem(const Source& source, yaml::Mark mark, Message message, Message hint) {
  return Diagnostic{
      RuleId::RK015,      Severity::error,   Location{source.path, mark.line, mark.column},
      std::move(message), {std::move(hint)}, 0};
}

// Runs of code points and what each becomes in a file name (lowercase ASCII): Latin-1, Latin
// Extended-A (which holds the Turkish, Polish, Czech, Hungarian, ... letters) and a few more.
struct Transliteration {
  char32_t first, last;
  const char* ascii;
};
constexpr Transliteration kTransliterations[] = {
    {0x00C0, 0x00C5, "a"},  {0x00C6, 0x00C6, "ae"}, {0x00C7, 0x00C7, "c"},  {0x00C8, 0x00CB, "e"},
    {0x00CC, 0x00CF, "i"},  {0x00D0, 0x00D0, "d"},  {0x00D1, 0x00D1, "n"},  {0x00D2, 0x00D6, "o"},
    {0x00D8, 0x00D8, "o"},  {0x00D9, 0x00DC, "u"},  {0x00DD, 0x00DD, "y"},  {0x00DE, 0x00DE, "th"},
    {0x00DF, 0x00DF, "ss"}, {0x00E0, 0x00E5, "a"},  {0x00E6, 0x00E6, "ae"}, {0x00E7, 0x00E7, "c"},
    {0x00E8, 0x00EB, "e"},  {0x00EC, 0x00EF, "i"},  {0x00F0, 0x00F0, "d"},  {0x00F1, 0x00F1, "n"},
    {0x00F2, 0x00F6, "o"},  {0x00F8, 0x00F8, "o"},  {0x00F9, 0x00FC, "u"},  {0x00FD, 0x00FD, "y"},
    {0x00FE, 0x00FE, "th"}, {0x00FF, 0x00FF, "y"},  {0x0100, 0x0105, "a"},  {0x0106, 0x010D, "c"},
    {0x010E, 0x0111, "d"},  {0x0112, 0x011B, "e"},  {0x011C, 0x0123, "g"},  {0x0124, 0x0127, "h"},
    {0x0128, 0x0131, "i"},  {0x0132, 0x0133, "ij"}, {0x0134, 0x0135, "j"},  {0x0136, 0x0138, "k"},
    {0x0139, 0x0142, "l"},  {0x0143, 0x014B, "n"},  {0x014C, 0x0151, "o"},  {0x0152, 0x0153, "oe"},
    {0x0154, 0x0159, "r"},  {0x015A, 0x0161, "s"},  {0x0162, 0x0167, "t"},  {0x0168, 0x0173, "u"},
    {0x0174, 0x0175, "w"},  {0x0176, 0x0178, "y"},  {0x0179, 0x017E, "z"},  {0x017F, 0x017F, "s"},
    {0x018F, 0x018F, "e"},  {0x0218, 0x0219, "s"},  {0x021A, 0x021B, "t"},  {0x0259, 0x0259, "e"},
    {0x1E9E, 0x1E9E, "ss"},
};

// The next code point of `text` at `i` (advanced past it); U+FFFD for a byte that does not start
// a valid sequence (then `i` moves on by one byte).
char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto c = static_cast<unsigned char>(text[i]);
  const std::size_t length = c < 0x80           ? 1
                             : (c >> 5) == 0x6  ? 2
                             : (c >> 4) == 0xE  ? 3
                             : (c >> 3) == 0x1E ? 4
                                                : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return 0xFFFD;
  }
  // ASCII keeps all 7 bits.
  auto cp = static_cast<char32_t>(length == 1 ? c : c & (0xFF >> (length + 1)));
  for (std::size_t k = 1; k < length; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += length;
  return cp;
}

// FNV-1a, 32 bits: a short, stable fingerprint of a name that has nothing to transliterate.
std::uint32_t fingerprint(std::string_view text) {
  std::uint32_t hash = 2166136261u;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 16777619u;
  }
  return hash;
}

// Letters and digits of the transliteration, joined by single dashes.
std::string dashed(std::string_view rater) {
  std::string out;
  bool dash = false;
  for (char c : transliterate(rater)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !out.empty()) out += '-';
      out += c;
      dash = false;
    } else {
      dash = true;
    }
  }
  return out;
}

bool is_pipe_path(const std::string& file) {
  return file == "-" || file.rfind("/dev/", 0) == 0 || file.rfind("/proc/", 0) == 0;
}

// Whether `path` lies inside the folder `root` (both canonical).
bool lies_inside(const fs::path& path, const fs::path& root) {
  return std::mismatch(root.begin(), root.end(), path.begin(), path.end()).first == root.end();
}

// The nearest folder at or above `folder` (canonical) that holds a .git; `folder` when none.
fs::path repository_root(const fs::path& folder) {
  std::error_code ec;
  for (fs::path p = folder; !p.empty(); p = p.parent_path()) {
    if (fs::exists(p / ".git", ec)) return p;
    if (p == p.parent_path()) break;
  }
  return folder;
}

}  // namespace

RatingFile load_rating_text(const Source& source, const Limits& limits) {
  RatingFile out;
  ParsedYaml parsed = parse_yaml(source, limits);
  out.diagnostics = std::move(parsed.diagnostics);
  if (!parsed.root) {
    if (out.diagnostics.empty())
      out.diagnostics.push_back(rating_problem(source, yaml::Mark{1, 1}, texts::read_empty{},
                                               texts::ratings_file_hint{}));
    return out;
  }
  if (!parsed.root->is_map()) {
    out.diagnostics.push_back(rating_problem(source, parsed.root->mark, texts::ratings_file_root{},
                                             texts::ratings_file_hint{}));
    return out;
  }
  validate_tree(
      *parsed.root, schema::rating_spec(), source.path,
      [](int) { return std::vector<std::string>{}; }, out.diagnostics);
  out.rating = read_rating(*parsed.root, source.path);
  for (const auto& [key, value] : parsed.root->entries)
    if (key.value == "rater") {
      out.rating->mark = key.mark;
      break;
    }
  sort_diagnostics(out.diagnostics);
  return out;
}

RatingFile load_rating_file(const std::string& path, const Limits& limits) {
  ReadResult read = read_source(path, limits);
  if (!read.source) {
    RatingFile out;
    out.unreadable = read.error->rule == RuleId::RK002;
    out.diagnostics.push_back(std::move(*read.error));
    return out;
  }
  return load_rating_text(*read.source, limits);
}

std::string transliterate(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      continue;
    }
    if (cp >= 0x0300 && cp <= 0x036F) continue;  // combining marks (names in NFD form)
    const char* ascii = " ";
    for (const auto& t : kTransliterations)
      if (cp >= t.first && cp <= t.last) {
        ascii = t.ascii;
        break;
      }
    out += ascii;
  }
  return out;
}

std::string rater_key(std::string_view rater) {
  std::string key = dashed(rater);
  return key.empty() ? ascii_lower(rater) : key;
}

bool same_rater(std::string_view a, std::string_view b) {
  return rater_key(a) == rater_key(b);
}

std::string rater_slug(std::string_view rater) {
  std::string slug = dashed(rater);
  if (slug.empty()) return fmt::format("rater-{:08x}", fingerprint(one_line(rater)));
  constexpr std::size_t kLongest = 60;
  if (slug.size() > kLongest) {
    slug.resize(kLongest);
    while (!slug.empty() && slug.back() == '-') slug.pop_back();
  }
  return slug;
}

std::string round_key(const Rating& rating) {
  if (std::string round = one_line(rating.round); !round.empty()) return round;
  return rating.date;
}

void check_duplicate_raters(const std::vector<Rating>& ratings, Diagnostics& out) {
  std::unordered_map<std::string, std::size_t> first;  // rater key and round key -> first rating
  first.reserve(ratings.size());
  for (std::size_t i = 0; i < ratings.size(); ++i) {
    const Rating& second = ratings[i];
    const std::string round = round_key(second);
    auto [it, fresh] = first.try_emplace(rater_key(second.rater) + '\x1f' + round, i);
    if (fresh) continue;
    const Rating& one = ratings[it->second];
    Message message = texts::ratings_duplicate{.column = one.mark.column,
                                               .file = one.file,
                                               .line = one.mark.line,
                                               .rater = one_line(second.rater)};
    if (!one_line(second.round).empty())
      message = texts::ratings_duplicate_round{.column = one.mark.column,
                                               .file = one.file,
                                               .line = one.mark.line,
                                               .rater = one_line(second.rater),
                                               .round = round};
    else if (!round.empty())
      message = texts::ratings_duplicate_date{.column = one.mark.column,
                                              .date = round,
                                              .file = one.file,
                                              .line = one.mark.line,
                                              .rater = one_line(second.rater)};
    out.push_back(Diagnostic{RuleId::RK021,
                             Severity::error,
                             Location{second.file, second.mark.line, second.mark.column},
                             std::move(message),
                             {texts::ratings_duplicate_hint{}},
                             0});
  }
}

std::string team_folder(const std::string& file) {
  if (is_pipe_path(file)) return "";
  return io::platform::from_path(io::platform::to_path(file).parent_path());
}

std::string ratings_folder(const std::string& file) {
  return io::platform::from_path(io::platform::to_path(team_folder(file)) / "ratings");
}

std::string rating_file_name(std::string_view rater, std::string_view date) {
  return rater_slug(rater) + "-" + std::string(date) + ".yaml";
}

std::string default_rating_path(const std::string& file, std::string_view rater,
                                std::string_view date) {
  return io::platform::from_path(io::platform::to_path(ratings_folder(file)) /
                                 io::platform::to_path(rating_file_name(rater, date)));
}

RatingsFolder find_ratings_folder(const std::string& file) {
  RatingsFolder out;
  out.path = ratings_folder(file);
  const fs::path path = io::platform::to_path(out.path);
  std::error_code ec;
  out.exists = fs::is_directory(path, ec);
  if (!out.exists || !fs::is_symlink(path, ec)) return out;
  const std::string base = team_folder(file);
  std::error_code folder_ec, target_ec;
  const fs::path folder =
      fs::canonical(base.empty() ? fs::path(".") : io::platform::to_path(base), folder_ec);
  const fs::path target = fs::canonical(path, target_ec);
  out.outside = folder_ec || target_ec || !lies_inside(target, repository_root(folder));
  return out;
}

Answer parse_answer(std::string_view line) {
  const std::string word = ascii_lower(line);
  if (word.empty()) return Answer{Answer::blank, 0};
  if (word == "s") return Answer{Answer::skip, 0};
  if (word == "q") return Answer{Answer::quit, 0};
  if (word.size() == 1 && word[0] >= '1' && word[0] <= '5')
    return Answer{Answer::score, word[0] - '0'};
  return Answer{Answer::invalid, 0};
}

}  // namespace routekaart::model
