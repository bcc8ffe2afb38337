#include "yaml/tree.hpp"

namespace routekaart::yaml {

const Node* Node::find(std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k.is_scalar() && k.value == key) return &v;
  return nullptr;
}

const char* kind_name(Kind kind) {
  switch (kind) {
    case Kind::null:
      return "empty";
    case Kind::scalar:
      return "text";
    case Kind::sequence:
      return "list";
    case Kind::map:
      return "map";
  }
  return "empty";
}

}  // namespace routekaart::yaml
