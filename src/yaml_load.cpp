#include "yaml_load.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <map>
#include <sstream>
#include <unordered_map>

#include "messages.hpp"

namespace routekaart {
namespace {

struct LimitExceeded {
  Diagnostic diagnostic;
};

yaml::Mark to_mark(const YAML::Mark& m) {
  return {m.line + 1, m.column + 1};
}

// Builds the tree from yaml-cpp's parse events.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const Source& source, const Limits& limits, Lang lang, Diagnostics& diagnostics)
      : source_(source), limits_(limits), lang_(lang), diagnostics_(diagnostics) {}

  std::optional<yaml::Node> root;

  std::vector<yaml::Mark> document_starts;

  void OnDocumentStart(const YAML::Mark& mark) override {
    document_starts.push_back(to_mark(mark));
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    yaml::Node node;
    node.mark = to_mark(mark);
    count(1, mark);
    finish(std::move(node), anchor, 1);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {  // an alias to a node that is still open (a cycle)
      fail(mark, "limit.alias_cycle", "limit.aliases.hint");
    }
    count(it->second.second, mark);
    yaml::Node copy = it->second.first;
    copy.mark = to_mark(mark);
    finish(std::move(copy), 0, it->second.second);
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    yaml::Node node;
    node.kind = yaml::Kind::scalar;
    node.mark = to_mark(mark);
    node.value = value;
    node.quoted = tag == "!";
    if (tag != "?" && tag != "!") node.tag = tag;
    count(1, mark);
    finish(std::move(node), anchor, 1);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(yaml::Kind::sequence, mark, tag, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(yaml::Kind::map, mark, tag, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    yaml::Node node;
    YAML::anchor_t anchor = 0;
    std::size_t size = 1;  // nodes in this subtree, aliases expanded
    std::optional<yaml::Node> pending_key;
    std::unordered_map<std::string, yaml::Mark> keys;  // scalar keys seen, for duplicates
  };

  [[noreturn]] void fail(const YAML::Mark& mark, const char* message, const char* hint) {
    throw LimitExceeded{
        Diagnostic{"RK010", Severity::error, Location{source_.path, mark.line + 1, mark.column + 1},
                   msg(lang_, message, limits_.max_depth, limits_.max_nodes), msg(lang_, hint), 0}};
  }

  void count(std::size_t nodes, const YAML::Mark& mark) {
    total_ += nodes;
    if (total_ > limits_.max_nodes) fail(mark, "limit.nodes", "limit.aliases.hint");
  }

  void open(yaml::Kind kind, const YAML::Mark& mark, const std::string& tag,
            YAML::anchor_t anchor) {
    if (static_cast<int>(stack_.size()) >= limits_.max_depth)
      fail(mark, "limit.depth", "limit.depth.hint");
    count(1, mark);
    Frame frame;
    frame.node.kind = kind;
    frame.node.mark = to_mark(mark);
    if (tag != "?" && tag != "!") frame.node.tag = tag;
    frame.anchor = anchor;
    stack_.push_back(std::move(frame));
  }

  void close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    finish(std::move(frame.node), frame.anchor, frame.size);
  }

  // Adds a completed node to its parent (or makes it the root) and remembers its anchor.
  void finish(yaml::Node node, YAML::anchor_t anchor, std::size_t size) {
    if (anchor != 0) anchors_[anchor] = {node, size};
    if (stack_.empty()) {
      root = std::move(node);
      return;
    }
    Frame& parent = stack_.back();
    parent.size += size;
    if (parent.node.kind == yaml::Kind::sequence) {
      parent.node.items.push_back(std::move(node));
    } else if (!parent.pending_key) {
      parent.pending_key = std::move(node);
    } else {
      yaml::Node key = std::move(*parent.pending_key);
      parent.pending_key.reset();
      if (key.is_scalar()) {
        auto [it, inserted] = parent.keys.emplace(key.value, key.mark);
        if (!inserted)
          diagnostics_.push_back(Diagnostic{
              "RK004", Severity::error, Location{source_.path, key.mark.line, key.mark.column},
              msg(lang_, "yaml.duplicate_key", key.value, it->second.line),
              msg(lang_, "yaml.duplicate_key.hint"), 0});
      }
      parent.node.entries.emplace_back(std::move(key), std::move(node));
    }
  }

  const Source& source_;
  const Limits& limits_;
  Lang lang_;
  Diagnostics& diagnostics_;
  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, std::pair<yaml::Node, std::size_t>> anchors_;
  std::size_t total_ = 0;
};

// yaml-cpp's messages are English; the common ones get a Dutch wording.
std::string syntax_message(const std::string& what, Lang lang) {
  if (lang == Lang::en) return what;
  static const std::map<std::string, std::string> dutch = {
      {YAML::ErrorMsg::END_OF_MAP, "einde van de map niet gevonden"},
      {YAML::ErrorMsg::END_OF_MAP_FLOW, "sluitende } niet gevonden"},
      {YAML::ErrorMsg::END_OF_SEQ, "einde van de lijst niet gevonden"},
      {YAML::ErrorMsg::END_OF_SEQ_FLOW, "sluitende ] niet gevonden"},
      {YAML::ErrorMsg::UNKNOWN_TOKEN, "onbekend teken"},
      {YAML::ErrorMsg::EOF_IN_SCALAR, "bestand eindigt midden in een tekst"},
      {YAML::ErrorMsg::CHAR_IN_SCALAR, "ongeldig teken in tekst"},
      {YAML::ErrorMsg::FLOW_END, "onverwachte sluithaak"},
      {YAML::ErrorMsg::BLOCK_ENTRY, "lijstitem ('- ') op een plek waar dat niet mag"},
      {YAML::ErrorMsg::MAP_KEY, "ongeldige sleutel"},
      {YAML::ErrorMsg::MAP_VALUE,
       "ongeldige waarde: staat er een dubbele punt te veel of is de "
       "inspringing verkeerd?"},
      {YAML::ErrorMsg::UNKNOWN_ANCHOR, "de verwijzing (*alias) naar een onbekend anker (&)"},
      {YAML::ErrorMsg::CHAR_IN_BLOCK, "onverwacht teken in een tekstblok"},
      {YAML::ErrorMsg::INVALID_ESCAPE, "onbekend escape-teken"},
  };
  for (const auto& [english, translated] : dutch)
    if (what.rfind(english, 0) == 0) return translated + what.substr(english.size());
  return what;
}

}  // namespace

ParsedYaml parse_yaml(const Source& source, const Limits& limits, Lang lang) {
  ParsedYaml result;
  std::istringstream stream(source.text);
  TreeBuilder builder(source, limits, lang, result.diagnostics);
  try {
    YAML::Parser parser(stream);
    parser.HandleNextDocument(builder);
    if (builder.root) {
      yaml::Node first = std::move(*builder.root);
      builder.root.reset();
      if (parser.HandleNextDocument(builder)) {
        const yaml::Mark at =
            builder.document_starts.size() > 1 ? builder.document_starts[1] : yaml::Mark{};
        result.diagnostics.push_back(
            Diagnostic{"RK012", Severity::error, Location{source.path, at.line, at.column},
                       msg(lang, "yaml.documents"), msg(lang, "yaml.documents.hint"), 0});
        return result;
      }
      builder.root = std::move(first);
    }
    result.root = std::move(builder.root);
  } catch (const LimitExceeded& e) {
    result.diagnostics.push_back(e.diagnostic);
    result.root.reset();
  } catch (const YAML::Exception& e) {
    result.diagnostics.push_back(Diagnostic{
        "RK001", Severity::error, Location{source.path, e.mark.line + 1, e.mark.column + 1},
        msg(lang, "yaml.syntax", syntax_message(e.msg, lang)), msg(lang, "yaml.syntax.hint"), 0});
    result.root.reset();
  }
  return result;
}

}  // namespace routekaart
