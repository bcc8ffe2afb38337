#include "model/rating.hpp"

#include <filesystem>

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

namespace {

std::string fold(std::string_view name) {
  std::string out(one_line(name));
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

Diagnostic problem(const Source& source, yaml::Mark mark, Message message, Message hint) {
  return Diagnostic{
      RuleId::RK015,      Severity::error,   Location{source.path, mark.line, mark.column},
      std::move(message), {std::move(hint)}, 0};
}

}  // namespace

RatingFile load_rating_text(const Source& source, const Limits& limits) {
  RatingFile out;
  ParsedYaml parsed = parse_yaml(source, limits);
  out.diagnostics = std::move(parsed.diagnostics);
  if (!parsed.root) {
    if (out.diagnostics.empty())
      out.diagnostics.push_back(
          problem(source, yaml::Mark{1, 1}, texts::read_empty{}, texts::ratings_file_hint{}));
    return out;
  }
  if (!parsed.root->is_map()) {
    out.diagnostics.push_back(
        problem(source, parsed.root->mark, texts::ratings_file_root{}, texts::ratings_file_hint{}));
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

bool same_rater(std::string_view a, std::string_view b) {
  return fold(a) == fold(b);
}

std::string rater_key(std::string_view rater) {
  return fold(rater);
}

std::string rater_slug(std::string_view rater) {
  std::string out;
  bool dash = false;
  for (char c : rater) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !out.empty()) out += '-';
      out += c;
      dash = false;
    } else {
      dash = true;
    }
  }
  return out.empty() ? "rater" : out;
}

std::string default_rating_path(const std::string& file, std::string_view rater,
                                std::string_view date) {
  namespace fs = std::filesystem;
  const fs::path folder = file == "-" || file.rfind("/dev/", 0) == 0
                              ? fs::path()
                              : io::platform::to_path(file).parent_path();
  return io::platform::from_path(
      folder / "ratings" /
      io::platform::to_path(rater_slug(rater) + "-" + std::string(date) + ".yaml"));
}

Answer parse_answer(std::string_view line) {
  const std::string word = fold(line);
  if (word.empty()) return Answer{Answer::blank, 0};
  if (word == "s") return Answer{Answer::skip, 0};
  if (word == "q") return Answer{Answer::quit, 0};
  if (word.size() == 1 && word[0] >= '1' && word[0] <= '5')
    return Answer{Answer::score, word[0] - '0'};
  return Answer{Answer::invalid, 0};
}

}  // namespace routekaart::model
