#include "common/message.hpp"

#include <fmt/format.h>

namespace routekaart {
namespace {

const TextEntry& entry(TextId id) {
  return text_files()[id.file].texts[id.index];
}

std::string value_text(const Arg& arg, Lang lang, Escape escape) {
  struct Visit {
    Lang lang;
    Escape escape;
    std::string operator()(const std::string& s) const { return escape ? escape(s) : s; }
    std::string operator()(std::int64_t n) const { return std::to_string(n); }
    std::string operator()(double x) const { return fmt::format("{}", x); }
    std::string operator()(const Bilingual* b) const {
      return escape ? escape(b->in(lang)) : b->in(lang);
    }
    std::string operator()(const std::shared_ptr<const Message>& m) const {
      return tr(lang, *m, escape);
    }
  };
  return std::visit(Visit{lang, escape}, arg.value());
}

}  // namespace

Arg::Arg(Message message) : value_(std::make_shared<const Message>(std::move(message))) {}

std::string tr(Lang lang, const Message& message, Escape escape) {
  const TextEntry& e = entry(message.id);
  const std::string_view* forms = lang == Lang::nl ? e.nl : e.en;
  std::string_view pattern = forms[1];
  if (e.plural >= 0 && static_cast<std::size_t>(e.plural) < message.args.size()) {
    const auto* count =
        std::get_if<std::int64_t>(&message.args[static_cast<std::size_t>(e.plural)].value());
    if (count && *count == 1) pattern = forms[0];
  }
  std::string out;
  out.reserve(pattern.size() + 16);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if ((c == '{' || c == '}') && i + 1 < pattern.size() && pattern[i + 1] == c) {
      out += c;
      ++i;
    } else if (c == '{') {
      std::size_t index = 0;
      for (++i; i < pattern.size() && pattern[i] != '}'; ++i)
        index = index * 10 + static_cast<std::size_t>(pattern[i] - '0');
      // The generator only writes indexes below the text's arity, and the text's struct always
      // passes that many arguments.
      if (index < message.args.size()) out += value_text(message.args[index], lang, escape);
    } else {
      out += c;
    }
  }
  return out;
}

std::string_view text_key(TextId id) {
  return entry(id).key;
}

}  // namespace routekaart
