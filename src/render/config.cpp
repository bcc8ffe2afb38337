#include "render/config.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "generated/texts/config_view.hpp"
#include "render/escape.hpp"
#include "render/json_writer.hpp"

namespace routekaart::render {
namespace {

struct Row {
  std::string_view key;
  std::string value;
  std::string origin;
};

// The place in the configuration file that set `key`, or "default".
std::string origin_of(const model::ProjectConfig& c, std::string_view key, Lang lang) {
  const auto it = c.origins.find(std::string(key));
  return it == c.origins.end() ? tr(lang, texts::config_origin_default{}) : it->second.source;
}

std::string joined(const std::vector<std::string>& items) {
  return items.empty() ? "-" : fmt::format("{}", fmt::join(items, ", "));
}

std::string language_origin(const model::ProjectConfig& c, LanguageOrigin origin, Lang lang) {
  switch (origin) {
    case LanguageOrigin::command_line:
      return tr(lang, texts::config_origin_command_line{});
    case LanguageOrigin::environment:
      // The variable common/lang.cpp reads (lang_from_environment).
      return tr(lang, texts::config_origin_environment{.variable = "ROUTEKAART_LANG"});
    case LanguageOrigin::project:
      return origin_of(c, "language", lang);
    case LanguageOrigin::locale:
      break;
  }
  return tr(lang, texts::config_origin_locale{});
}

std::vector<Row> rows(const check::Settings& s, const model::ProjectConfig& c,
                      const ConfigSources& sources, Lang l) {
  std::vector<Row> out;
  out.push_back({"file", c.file.empty() ? tr(l, texts::config_file_none{}) : c.file,
                 sources.file_from_command_line ? tr(l, texts::config_origin_command_line{})
                                                : tr(l, texts::config_origin_searched{})});
  out.push_back({"language", lang_code(l), language_origin(c, sources.language, l)});
  out.push_back({"paths", joined(s.paths), origin_of(c, "paths", l)});
  out.push_back({"include", joined(s.include), origin_of(c, "include", l)});
  out.push_back({"exclude", joined(s.exclude), origin_of(c, "exclude", l)});
  out.push_back({"fail-on",
                 std::string(s.fail_on ? severity_name(*s.fail_on) : check::kFailOnNever),
                 origin_of(c, "fail-on", l)});
  out.push_back({"min-coverage", s.min_coverage ? fmt::format("{}", *s.min_coverage) : "-",
                 origin_of(c, "min-coverage", l)});
  std::vector<std::string> required;
  for (int n : s.required) required.push_back(std::to_string(n));
  out.push_back({"require", joined(required), origin_of(c, "require", l)});
  std::vector<std::string> rules;
  for (const auto& [id, severity] : s.rules)
    rules.push_back(
        fmt::format("{}={}", rule_name(id), severity ? severity_name(*severity) : "off"));
  out.push_back({"rules", joined(rules), origin_of(c, "rules", l)});
  return out;
}

}  // namespace

void render_config(const check::Settings& settings, const model::ProjectConfig& config,
                   const ConfigSources& sources, Lang lang, Format format, std::ostream& out) {
  const std::vector<Row> table = rows(settings, config, sources, lang);
  if (format == Format::json) {
    JsonWriter w(out);
    w.begin_object();
    for (const auto& row : table)
      w.key(row.key)
          .begin_object()
          .field("value", row.value)
          .field("origin", row.origin)
          .end_object();
    w.end_object();
    return;
  }
  for (const auto& row : table)
    // The value is the file's; the origin a place ("file:line") the program wrote.
    out << fmt::format("{:<13} {:<30} ({})\n", row.key, escape_terminal(row.value),
                       escape_visible(row.origin));
}

}  // namespace routekaart::render
