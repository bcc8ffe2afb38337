#include "yaml/load.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <sstream>
#include <unordered_map>

#include "generated/texts/yaml.hpp"
#include "yaml/diagnose.hpp"

namespace routekaart::yaml {
using io::Source;

namespace {

struct LimitExceeded {
  Diagnostic diagnostic;
};

// yaml-cpp counts columns in bytes; every place the program reports counts them in Unicode code
// points (1-based), as the encoding check does. Marks come mostly in file order, so the count
// goes on from the last one and the whole file is read about once.
class CodePointColumns {
 public:
  explicit CodePointColumns(std::string_view text) : text_(text) {}

  yaml::Mark operator()(const YAML::Mark& m) {
    if (m.line < 0 || m.column < 0) return {m.line + 1, m.column + 1};
    if (m.line < line_) *this = CodePointColumns(text_);
    while (line_ < m.line) {
      const std::size_t end = text_.find('\n', line_start_);
      if (end == std::string_view::npos) break;
      line_start_ = end + 1;
      ++line_;
      byte_ = 0;
      chars_ = 0;
    }
    const auto column = static_cast<std::size_t>(m.column);
    if (column < byte_) byte_ = 0, chars_ = 0;
    for (; byte_ < column && line_start_ + byte_ < text_.size(); ++byte_)
      if ((static_cast<unsigned char>(text_[line_start_ + byte_]) & 0xC0) != 0x80) ++chars_;
    return {m.line + 1, chars_ + static_cast<int>(column - byte_) + 1};
  }

 private:
  std::string_view text_;
  int line_ = 0;                // the line (0-based) the count is on
  std::size_t line_start_ = 0;  // where it starts in text_
  std::size_t byte_ = 0;        // the bytes of the line counted so far
  int chars_ = 0;               // the code points among them
};

// Control characters (raw, or from escapes such as "\e" and "\u009b") would reach the terminal
// through every report and could rewrite it; they become U+FFFD. Tabs and line breaks stay.
std::string printable(const std::string& value) {
  auto control = [&](std::size_t i) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (c == '\t' || c == '\n') return std::size_t{0};
    if (c < 0x20 || c == 0x7F) return std::size_t{1};
    const bool c1 = c == 0xC2 && i + 1 < value.size() &&
                    static_cast<unsigned char>(value[i + 1]) >= 0x80 &&
                    static_cast<unsigned char>(value[i + 1]) <= 0x9F;
    return c1 ? std::size_t{2} : std::size_t{0};
  };
  std::size_t i = 0;
  while (i < value.size() && control(i) == 0) ++i;
  if (i == value.size()) return value;
  std::string out = value.substr(0, i);
  while (i < value.size()) {
    if (const std::size_t length = control(i); length > 0) {
      out += "\xEF\xBF\xBD";
      i += length;
    } else {
      out += value[i++];
    }
  }
  return out;
}

// Builds the tree from yaml-cpp's parse events.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const Source& source, const Limits& limits, Diagnostics& diagnostics)
      : to_mark(source.text), source_(source), limits_(limits), diagnostics_(diagnostics) {}

  /// A yaml-cpp mark as a place in the file, its column in code points.
  CodePointColumns to_mark;

  std::optional<yaml::Node> root;

  std::vector<yaml::Mark> document_starts;

  void OnDocumentStart(const YAML::Mark& mark) override {
    document_starts.push_back(to_mark(mark));
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    yaml::Node node;
    node.mark = to_mark(mark);
    count({1, 0}, mark);
    finish(std::move(node), anchor, {1, 0});
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) {  // an alias to a node that is still open (a cycle)
      fail(mark, texts::limit_alias_cycle{}, texts::limit_aliases_hint{});
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
    node.value = printable(value);
    node.quoted = tag == "!";
    if (tag != "?" && tag != "!") node.tag = tag;
    if (node.quoted) check_closed(mark);
    count({1, value.size()}, mark);
    finish(std::move(node), anchor, {1, value.size()});
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
  // The size of a subtree with its aliases expanded: nodes, and bytes of scalar text (an alias of
  // a long text copies it, so counting nodes alone lets a small file claim gigabytes).
  struct Size {
    std::size_t nodes = 0, bytes = 0;
  };

  struct Frame {
    yaml::Node node;
    YAML::anchor_t anchor = 0;
    Size size{1, 0};  // this subtree, aliases expanded
    std::optional<yaml::Node> pending_key;
    std::unordered_map<std::string, yaml::Mark> keys;  // scalar keys seen, for duplicates
  };

  // yaml-cpp accepts a quoted text that is never closed when a line break comes before the end
  // of the file (it then swallows the rest of the file); YAML does not.
  void check_closed(const YAML::Mark& mark) const {
    const std::string& text = source_.text;
    const auto start = static_cast<std::size_t>(mark.pos);
    if (start >= text.size() || (text[start] != '"' && text[start] != '\'')) return;
    const char quote = text[start];
    for (std::size_t i = start + 1; i < text.size(); ++i) {
      if (quote == '"' && text[i] == '\\') {
        ++i;
      } else if (text[i] == quote) {
        if (quote == '"' || i + 1 >= text.size() || text[i + 1] != '\'') return;
        ++i;  // '' inside single quotes is one quote
      }
    }
    throw YAML::ParserException(mark, YAML::ErrorMsg::EOF_IN_SCALAR);
  }

  [[noreturn]] void fail(const YAML::Mark& mark, Message message, Message hint) {
    throw LimitExceeded{Diagnostic{RuleId::RK010,
                                   Severity::error,
                                   Location{source_.path, to_mark(mark).line, to_mark(mark).column},
                                   std::move(message),
                                   {std::move(hint)},
                                   0}};
  }

  // What the tree may hold in all, so that memory grows with the file whatever its anchors and
  // aliases do: every alias counts as the copy it becomes, and every anchored node twice (a copy
  // is kept for its aliases, and with anchors nested inside anchors those copies add up). The
  // limits, and for a smaller file no more than four times what it holds itself, plus a margin.
  std::size_t max_nodes() const {
    constexpr std::size_t margin = 50000;
    return std::min(limits_.max_nodes, margin + 4 * source_.text.size());
  }
  // Text: 16 times the file size limit, at least 16 MiB; for a smaller file four times its size
  // plus 1 MiB.
  std::size_t max_bytes() const {
    constexpr std::size_t minimum = 16 * 1024 * 1024, margin = 1024 * 1024;
    const std::size_t file = limits_.max_file_bytes;
    const std::size_t limit = file > SIZE_MAX / 16 ? SIZE_MAX : std::max(minimum, 16 * file);
    return std::min(limit, margin + 4 * source_.text.size());
  }

  void count(Size size, const YAML::Mark& mark) {
    total_ += size.nodes;
    total_bytes_ += size.bytes;
    if (total_ > max_nodes())
      fail(mark, texts::limit_nodes{.nodes = max_nodes()}, texts::limit_aliases_hint{});
    if (total_bytes_ > max_bytes())
      fail(mark, texts::limit_text{.bytes = max_bytes()}, texts::limit_aliases_hint{});
  }

  void open(yaml::Kind kind, const YAML::Mark& mark, const std::string& tag,
            YAML::anchor_t anchor) {
    if (static_cast<int>(stack_.size()) >= limits_.max_depth)
      fail(mark, texts::limit_depth{.depth = limits_.max_depth}, texts::limit_depth_hint{});
    count({1, 0}, mark);
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

  // Adds a completed node to its parent (or makes it the root) and remembers its anchor: the copy
  // kept for aliases is counted like the node itself.
  void finish(yaml::Node node, YAML::anchor_t anchor, Size size) {
    if (anchor != 0) {
      YAML::Mark at;
      at.line = node.mark.line - 1;
      at.column = node.mark.column - 1;
      count(size, at);
      anchors_.insert_or_assign(anchor, std::make_pair(node, size));
    }
    if (stack_.empty()) {
      root = std::move(node);
      return;
    }
    Frame& parent = stack_.back();
    parent.size.nodes += size.nodes;
    parent.size.bytes += size.bytes;
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
          diagnostics_.push_back(
              Diagnostic{RuleId::RK004,
                         Severity::error,
                         Location{source_.path, key.mark.line, key.mark.column},
                         texts::yaml_duplicate_key{.key = key.value, .line = it->second.line},
                         {texts::yaml_duplicate_key_hint{}},
                         0});
      }
      parent.node.entries.emplace_back(std::move(key), std::move(node));
    }
  }

  const Source& source_;
  const Limits& limits_;
  Diagnostics& diagnostics_;
  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, std::pair<yaml::Node, Size>> anchors_;
  std::size_t total_ = 0;
  std::size_t total_bytes_ = 0;
};

// yaml-cpp's message as a text of texts/yaml.yaml where there is one (with whatever the parser
// added after it, such as the escape character), else its own English words.
Arg syntax_problem(const std::string& what) {
  static const std::pair<const char*, Message> known[] = {
      {YAML::ErrorMsg::END_OF_MAP, texts::yaml_problem_end_of_map{}},
      {YAML::ErrorMsg::END_OF_MAP_FLOW, texts::yaml_problem_end_of_map_flow{}},
      {YAML::ErrorMsg::END_OF_SEQ, texts::yaml_problem_end_of_seq{}},
      {YAML::ErrorMsg::END_OF_SEQ_FLOW, texts::yaml_problem_end_of_seq_flow{}},
      {YAML::ErrorMsg::UNKNOWN_TOKEN, texts::yaml_problem_unknown_token{}},
      {YAML::ErrorMsg::EOF_IN_SCALAR, texts::yaml_problem_eof_in_scalar{}},
      {YAML::ErrorMsg::CHAR_IN_SCALAR, texts::yaml_problem_char_in_scalar{}},
      {YAML::ErrorMsg::FLOW_END, texts::yaml_problem_flow_end{}},
      {YAML::ErrorMsg::BLOCK_ENTRY, texts::yaml_problem_block_entry{}},
      {YAML::ErrorMsg::MAP_KEY, texts::yaml_problem_map_key{}},
      {YAML::ErrorMsg::MAP_VALUE, texts::yaml_problem_map_value{}},
      {YAML::ErrorMsg::UNKNOWN_ANCHOR, texts::yaml_problem_unknown_anchor{}},
      {YAML::ErrorMsg::CHAR_IN_BLOCK, texts::yaml_problem_char_in_block{}},
      {YAML::ErrorMsg::INVALID_ESCAPE, texts::yaml_problem_invalid_escape{}},
      {YAML::ErrorMsg::TAB_IN_INDENTATION, texts::yaml_problem_tab{}},
      {YAML::ErrorMsg::DOC_IN_SCALAR, texts::yaml_problem_doc_in_scalar{}},
      {YAML::ErrorMsg::INVALID_HEX, texts::yaml_problem_invalid_hex{}},
      {YAML::ErrorMsg::INVALID_UNICODE, texts::yaml_problem_invalid_unicode{}},
      {YAML::ErrorMsg::ZERO_INDENT_IN_BLOCK, texts::yaml_problem_zero_indent{}},
  };
  for (const auto& [english, text] : known) {
    const std::string_view prefix(english);
    if (what.rfind(prefix, 0) != 0) continue;
    if (what.size() == prefix.size()) return text;
    return texts::yaml_problem_with_detail{.detail = what.substr(prefix.size()), .problem = text};
  }
  return what;
}

// Whether line `line` (1-based) of `text` is a `---` document marker.
bool starts_with_marker(const std::string& text, int line) {
  std::size_t at = 0;
  for (int l = 1; l < line && at != std::string::npos; ++l) {
    at = text.find('\n', at);
    if (at != std::string::npos) ++at;
  }
  return at != std::string::npos && text.compare(at, 3, "---") == 0;
}

}  // namespace

ParsedYaml parse_yaml(const Source& source, const Limits& limits) {
  ParsedYaml result;
  std::istringstream stream(source.text);
  TreeBuilder builder(source, limits, result.diagnostics);
  try {
    YAML::Parser parser(stream);
    parser.HandleNextDocument(builder);
    if (builder.root) {
      yaml::Node first = std::move(*builder.root);
      builder.root.reset();
      if (parser.HandleNextDocument(builder)) {
        const yaml::Mark at =
            builder.document_starts.size() > 1 ? builder.document_starts[1] : yaml::Mark{};
        // yaml-cpp also ends a document at text it cannot attach to it (`- a` then `b: 1`):
        // without a `---` line that is a syntax error, not a second document.
        if (starts_with_marker(source.text, at.line))
          result.diagnostics.push_back(Diagnostic{RuleId::RK012,
                                                  Severity::error,
                                                  Location{source.path, at.line, at.column},
                                                  texts::yaml_documents{},
                                                  {texts::yaml_documents_hint{}},
                                                  0});
        else
          result.diagnostics.push_back(
              Diagnostic{RuleId::RK001,
                         Severity::error,
                         Location{source.path, at.line, at.column},
                         texts::yaml_syntax{.problem = texts::yaml_problem_after_document{}},
                         {texts::yaml_syntax_hint{}},
                         0});
        return result;
      }
      builder.root = std::move(first);
    }
    result.root = std::move(builder.root);
  } catch (const LimitExceeded& e) {
    result.diagnostics.push_back(e.diagnostic);
    result.root.reset();
  } catch (const YAML::Exception& e) {
    // Explained from the text where the cause can be recognised (yaml/diagnose.hpp).
    result.diagnostics.push_back(syntax_error(source.path, source.text,
                                              Mark{e.mark.line + 1, e.mark.column + 1}, e.msg,
                                              syntax_problem(e.msg)));
    result.root.reset();
  }
  return result;
}

}  // namespace routekaart::yaml
