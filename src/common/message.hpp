#pragma once
// A text to be put into words later, in the report's language: which text (texts/*.yaml) and the
// values of its placeholders. Findings carry Messages, so reading and checking need no language;
// a renderer turns them into words with tr().
//
// Each text of texts/NAME.yaml is a struct in the generated header "generated/texts/NAME.hpp",
// with one member per placeholder, in alphabetical order; it converts to a Message:
//   tr(lang, texts::read_open{.path = path, .reason = why})
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "common/lang.hpp"

namespace routekaart {

/// Which text: the texts/*.yaml file (in sorted order) and the entry within it.
struct TextId {
  std::uint16_t file = 0;
  std::uint16_t index = 0;
  bool operator==(const TextId&) const = default;
};

struct Message;

/// The value of one placeholder: text from a file (escaped by the renderer), a number, a text of
/// the catalogue or rule table in both languages (which must outlive the message), or another
/// message (put into words in the same language).
class Arg {
 public:
  using Value = std::variant<std::string, std::int64_t, double, const Bilingual*,
                             std::shared_ptr<const Message>>;

  Arg(std::string_view text) : value_(std::string(text)) {}
  Arg(const char* text) : value_(std::string(text)) {}
  Arg(const std::string& text) : value_(text) {}
  Arg(std::string&& text) : value_(std::move(text)) {}
  template <typename T>
  requires std::is_integral_v<T> &&
      (!std::is_same_v<T, bool>)&&(!std::is_same_v<T, char>)Arg(T number)
      : value_(static_cast<std::int64_t>(number)) {}
  Arg(double number) : value_(number) {}
  Arg(bool) = delete;  // no silent "1": say it in words
  Arg(char) = delete;  // no silent "120": pass a string
  Arg(const Bilingual& text) : value_(&text) {}
  Arg(Message message);
  /// A generated text struct (anything that converts to a Message); defined below Message,
  /// which must be complete there (clang requires it).
  template <typename T>
  requires std::is_convertible_v<T, Message> &&
      (!std::is_same_v<std::decay_t<T>, Message>)Arg(T&& text);

  const Value& value() const { return value_; }

 private:
  Value value_;
};

struct Message {
  TextId id;
  std::vector<Arg> args;  // in the order of the text struct's members
};

template <typename T>
requires std::is_convertible_v<T, Message> &&
    (!std::is_same_v<std::decay_t<T>, Message>)Arg::Arg(T&& text)
    : Arg(static_cast<Message>(std::forward<T>(text))) {}

/// Escapes a value for the medium the words go into (Markdown, say); the text's own words are
/// left as they are.
using Escape = std::string (*)(std::string_view);

/// The message in words, in `lang`. Values from files pass through `escape` when one is given.
std::string tr(Lang lang, const Message& message, Escape escape = nullptr);

/// The id of a text as texts/*.yaml writes it ("read.open"); for tests and debugging.
std::string_view text_key(TextId id);

// ---- What tools/generate/texts.cpp generates (texts_data.cpp) ------------------------------

struct TextEntry {
  std::string_view key;           // "read.open"
  std::string_view en[2], nl[2];  // {one, other}; `one` is empty without plural forms;
                                  // placeholders as {0}, {1}, ... into Message::args
  int plural = -1;                // index of the argument that chooses the form; -1: none
  std::size_t arity = 0;          // number of placeholders
};

struct TextFileEntry {
  std::string_view name;  // "read" for texts/read.yaml
  const TextEntry* texts;
  std::size_t count;
};

/// Every text file, in sorted order: TextId::file indexes it.
std::span<const TextFileEntry> text_files();

}  // namespace routekaart
