#pragma once
// A YAML document as a plain tree that remembers where each node starts.
#include <string>
#include <utility>
#include <vector>

namespace routekaart::yaml {

struct Mark {
  int line = 0;    // 1-based
  int column = 0;  // 1-based
};

enum class Kind { null, scalar, sequence, map };

struct Node {
  Kind kind = Kind::null;
  Mark mark;
  std::string value;        // scalars only
  std::string tag;          // explicit tag such as "!!binary"; empty when none
  bool quoted = false;      // scalar written in quotes or as a block: always a string
  std::vector<Node> items;  // sequences
  std::vector<std::pair<Node, Node>> entries{};  // maps, in file order, duplicates kept

  bool is_map() const { return kind == Kind::map; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_null() const { return kind == Kind::null; }
  /// The value of the first entry whose key is the plain scalar `key`, or nullptr.
  const Node* find(std::string_view key) const;
};

/// "map", "list", "text" or "empty": how the kind is named in messages.
const char* kind_name(Kind kind);

}  // namespace routekaart::yaml
