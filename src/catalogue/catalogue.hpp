#pragma once
// The 14 signposts of the roadmap, loaded from YAML (embedded at build time, or a directory).
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "common/lang.hpp"
#include "common/roadmap.hpp"

namespace routekaart::catalogue {

/// When an element applies: to every intervention, or only where the intervention file says it
/// holds (the article ties these elements to one setting).
enum class Condition {
  always,
  alternative_programme,  // the intervention is an alternative education programme
  clinical_setting,       // the intervention runs in a clinical (care) setting
};

struct ConditionInfo {
  Condition condition;
  std::string_view word;  // as signposts/*.yaml writes it; "" for always
};

inline constexpr std::array<ConditionInfo, 3> kConditions{{
    {Condition::always, ""},
    {Condition::alternative_programme, "alternative-programme"},
    {Condition::clinical_setting, "clinical-setting"},
}};
static_assert(kConditions.size() == static_cast<std::size_t>(Condition::clinical_setting) + 1);

/// The condition written as `word`; nullopt for an unknown word.
std::optional<Condition> parse_condition(std::string_view word);

struct Element {
  std::string id;  // "1a"
  Bilingual text;
  Condition condition = Condition::always;
  bool operator==(const Element&) const = default;
};

/// A link to another signpost. Each link appears in both files, with the inverse kind: builds-on
/// and basis-for, supports and supported-by, see-also both ways.
struct Relation {
  int number = 0;
  std::string kind;      // builds-on | basis-for | supports | supported-by | see-also
  std::string evidence;  // stated: the article names the other signpost; inferred: our reading
  Bilingual why;
  bool operator==(const Relation&) const = default;
};

/// The kind of the same link seen from the other signpost ("builds-on" -> "basis-for"); the kind
/// itself when it has no inverse.
std::string_view inverse_kind(std::string_view kind);

struct Signpost {
  int number = 0;
  std::string slug;
  Bilingual title;
  std::string title_en_source;  // published | translation
  Bilingual short_title;
  std::vector<std::string> audience;  // practitioners, managers
  Bilingual summary;
  Bilingual hint;
  std::vector<Element> elements;
  std::vector<Bilingual> questions;
  std::vector<Relation> related;
  std::string source;
  std::string file;  // where it was loaded from

  bool for_audience(std::string_view audience_name) const;
  bool operator==(const Signpost&) const = default;
};

struct Catalogue {
  std::vector<Signpost> signposts;  // ordered by number, 1..14

  /// The signpost with this number, or nullptr.
  const Signpost* find(int number) const;
  /// The signpost with this number ("7") or slug ("ritme-en-structuur"), or nullptr.
  const Signpost* lookup(std::string_view number_or_slug) const;
  /// Element ids of signpost `number` in order; empty when there is no such signpost.
  std::vector<std::string> element_ids(int number) const;
  bool operator==(const Catalogue&) const = default;
};

struct CatalogueLoad {
  std::optional<Catalogue> catalogue;  // absent when any diagnostic was reported
  Diagnostics diagnostics;
};

/// The catalogue embedded into the core at build time (signposts/*.yaml), parsed and checked.
/// The binary takes the same catalogue precompiled instead (catalogue/precompiled.hpp).
CatalogueLoad load_embedded_catalogue();
/// The catalogue in `directory` (files NN-slug.yaml), checked with the same rules.
CatalogueLoad load_catalogue_directory(const std::string& directory);
/// The catalogue from (file name, text) pairs; what both loaders above use.
CatalogueLoad load_catalogue(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace routekaart::catalogue
