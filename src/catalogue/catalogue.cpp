#include "catalogue/catalogue.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "catalogue/embedded.hpp"
#include "generated/texts/catalogue.hpp"
#include "generated/texts/read.hpp"
#include "io/platform.hpp"
#include "schema/format.hpp"
#include "schema/validate.hpp"
#include "yaml/load.hpp"
#include "yaml/read.hpp"

namespace routekaart::catalogue {
using io::check_encoding;
using io::normalise_text;
using io::read_source;
using io::ReadResult;
using io::Source;
using schema::ElementIds;
using schema::validate_tree;
using yaml::parse_yaml;
using yaml::ParsedYaml;

namespace {

Signpost read_signpost(const yaml::Node& root, const std::string& file) {
  Signpost s;
  s.number = static_cast<int>(yaml::integer(root, "number", 0));
  s.slug = yaml::text(root, "slug");
  s.title = yaml::bilingual(root, "title");
  s.title_en_source = yaml::text(root, "title_en_source");
  s.short_title = yaml::bilingual(root, "short_title");
  s.audience = yaml::text_list(root, "audience");
  s.summary = yaml::bilingual(root, "summary");
  s.hint = yaml::bilingual(root, "hint");
  for (const auto& item : yaml::items(root, "elements"))
    s.elements.push_back(
        Element{yaml::text(item, "id"), yaml::bilingual(item, "text"),
                parse_condition(yaml::text(item, "condition")).value_or(Condition::always)});
  for (const auto& item : yaml::items(root, "questions"))
    s.questions.push_back(Bilingual{yaml::text(item, "nl"), yaml::text(item, "en")});
  for (const auto& item : yaml::items(root, "related"))
    s.related.push_back(Relation{static_cast<int>(yaml::integer(item, "number", 0)),
                                 yaml::text(item, "kind"), yaml::text(item, "evidence"),
                                 yaml::bilingual(item, "why")});
  s.source = yaml::text(root, "source");
  s.file = file;
  return s;
}

Diagnostic integrity(const std::string& file, yaml::Mark mark, Message message) {
  return Diagnostic{
      RuleId::RK020,      Severity::error,           Location{file, mark.line, mark.column},
      std::move(message), {texts::catalogue_hint{}}, 0};
}

// Cross-field rules the format table cannot express.
void check_signpost(const Signpost& s, const yaml::Node& root, Diagnostics& out) {
  const std::string base = s.file.substr(s.file.find_last_of('/') + 1);
  const std::string expected = fmt::format("{:02}-{}.yaml", s.number, s.slug);
  if (base != expected)
    out.push_back(integrity(s.file, root.mark,
                            texts::catalogue_file_name{.expected = expected, .name = base}));
  std::set<std::string> seen;
  const auto& items = yaml::items(root, "elements");
  for (std::size_t i = 0; i < s.elements.size(); ++i) {
    const std::string want = fmt::format("{}{}", s.number, static_cast<char>('a' + i));
    if (s.elements[i].id != want)
      out.push_back(
          integrity(s.file, items[i].mark,
                    texts::catalogue_element_id{.expected = want, .id = s.elements[i].id}));
  }
  if (s.elements.size() < 3 || s.elements.size() > 8)
    out.push_back(
        integrity(s.file, root.mark, texts::catalogue_element_count{.count = s.elements.size()}));
  const auto& related = yaml::items(root, "related");
  for (std::size_t i = 0; i < s.related.size(); ++i)
    if (s.related[i].number == s.number)
      out.push_back(integrity(s.file, related[i].mark, texts::catalogue_self_relation{}));
}

}  // namespace

std::optional<Condition> parse_condition(std::string_view word) {
  for (const auto& row : kConditions)
    if (row.word == word) return row.condition;
  return std::nullopt;
}

std::string_view inverse_kind(std::string_view kind) {
  static constexpr std::pair<std::string_view, std::string_view> kInverse[] = {
      {"builds-on", "basis-for"},
      {"basis-for", "builds-on"},
      {"supports", "supported-by"},
      {"supported-by", "supports"},
  };
  for (const auto& [a, b] : kInverse)
    if (a == kind) return b;
  return kind;
}

bool Signpost::for_audience(std::string_view audience_name) const {
  return std::find(audience.begin(), audience.end(), audience_name) != audience.end();
}

const Signpost* Catalogue::find(int number) const {
  if (number < 1 || number > static_cast<int>(signposts.size())) return nullptr;
  return &signposts[static_cast<std::size_t>(number - 1)];
}

const Signpost* Catalogue::lookup(std::string_view key) const {
  for (const auto& s : signposts)
    if (s.slug == key || std::to_string(s.number) == key ||
        (key.size() == 2 && key[0] == '0' && std::to_string(s.number) == key.substr(1)))
      return &s;
  return nullptr;
}

std::vector<std::string> Catalogue::element_ids(int number) const {
  std::vector<std::string> ids;
  if (const Signpost* s = find(number))
    for (const auto& e : s->elements) ids.push_back(e.id);
  return ids;
}

CatalogueLoad load_catalogue(const std::vector<std::pair<std::string, std::string>>& files) {
  CatalogueLoad result;
  std::vector<Signpost> loaded;
  const ElementIds no_elements = [](int) { return std::vector<std::string>(); };
  for (const auto& [name, text] : files) {
    Source source{name, normalise_text(text)};
    if (auto problem = check_encoding(name, text)) {
      result.diagnostics.push_back(*problem);
      continue;
    }
    ParsedYaml parsed = parse_yaml(source, Limits{});
    result.diagnostics.insert(result.diagnostics.end(), parsed.diagnostics.begin(),
                              parsed.diagnostics.end());
    if (!parsed.root) continue;
    const std::size_t before = result.diagnostics.size();
    validate_tree(*parsed.root, schema::catalogue_entry_spec(), name, no_elements,
                  result.diagnostics);
    if (result.diagnostics.size() != before) continue;
    loaded.push_back(read_signpost(*parsed.root, name));
    check_signpost(loaded.back(), *parsed.root, result.diagnostics);
  }
  std::sort(loaded.begin(), loaded.end(),
            [](const auto& a, const auto& b) { return a.number < b.number; });
  for (int n = 1; n <= kSignpostCount; ++n) {
    auto count =
        std::count_if(loaded.begin(), loaded.end(), [n](const auto& s) { return s.number == n; });
    if (count != 1 && result.diagnostics.empty())
      result.diagnostics.push_back(integrity(files.empty() ? "signposts" : files.front().first,
                                             yaml::Mark{},
                                             texts::catalogue_number{.count = count, .number = n}));
  }
  for (const auto& s : loaded)
    for (const auto& r : s.related)
      if (r.number < 1 || r.number > kSignpostCount)
        result.diagnostics.push_back(
            integrity(s.file, yaml::Mark{}, texts::catalogue_relation{.number = r.number}));
  // A link is one fact seen from two sides: the other signpost must link back with the inverse
  // kind and the same evidence.
  for (const auto& s : loaded)
    for (const auto& r : s.related) {
      const auto other = std::find_if(loaded.begin(), loaded.end(),
                                      [&](const Signpost& o) { return o.number == r.number; });
      if (other == loaded.end()) continue;
      const bool mirrored =
          std::any_of(other->related.begin(), other->related.end(), [&](const Relation& back) {
            return back.number == s.number && back.kind == inverse_kind(r.kind) &&
                   back.evidence == r.evidence;
          });
      if (!mirrored)
        result.diagnostics.push_back(
            integrity(s.file, yaml::Mark{},
                      texts::catalogue_relation_unmirrored{.evidence = r.evidence,
                                                           .inverse = inverse_kind(r.kind),
                                                           .number = r.number,
                                                           .signpost = s.number}));
    }
  if (result.diagnostics.empty()) result.catalogue = Catalogue{std::move(loaded)};
  return result;
}

CatalogueLoad load_embedded_catalogue() {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& file : embedded_files())
    if (file.name.rfind("signposts/", 0) == 0)
      files.emplace_back(std::string(file.name), std::string(file.data));
  return load_catalogue(files);
}

CatalogueLoad load_catalogue_directory(const std::string& directory) {
  std::vector<std::pair<std::string, std::string>> files;
  std::vector<std::string> names;
  std::error_code ec;
  namespace fs = std::filesystem;
  for (fs::directory_iterator it(io::platform::to_path(directory), ec), end; !ec && it != end;
       it.increment(ec)) {
    const std::string name = io::platform::from_path(it->path().filename());
    if (name.size() > 8 && std::isdigit(static_cast<unsigned char>(name[0])) &&
        name.ends_with(".yaml"))
      names.push_back(name);
  }
  if (ec)
    return {std::nullopt,
            {Diagnostic{RuleId::RK002,
                        Severity::error,
                        Location{directory, 0, 0},
                        texts::read_open{.reason = io::reason(io::platform::error_number(ec))},
                        {texts::read_open_hint{}},
                        0}}};
  std::sort(names.begin(), names.end());
  for (const auto& name : names) {
    const std::string path = directory + "/" + name;
    ReadResult read = read_source(path, Limits{});
    if (read.error) return {std::nullopt, {*read.error}};
    files.emplace_back(path, read.source->text);
  }
  return load_catalogue(files);
}

}  // namespace routekaart::catalogue
