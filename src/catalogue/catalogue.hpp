#pragma once
// The 14 signposts of the roadmap, loaded from YAML (embedded at build time, or a directory).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/diagnostic.hpp"
#include "common/lang.hpp"
#include "common/roadmap.hpp"

namespace routekaart::catalogue {

struct Element {
  std::string id;  // "1a"
  Bilingual text;
  bool operator==(const Element&) const = default;
};

struct Relation {
  int number = 0;
  std::string kind;  // builds-on | supports | see-also
  Bilingual why;
  bool operator==(const Relation&) const = default;
};

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
