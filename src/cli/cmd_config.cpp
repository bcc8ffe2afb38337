// `config`: the effective project configuration and where each value comes from.
#include <fmt/format.h>

#include <cstdlib>
#include <sstream>

#include "cli/commands.hpp"
#include "common/messages.hpp"
#include "render/json_writer.hpp"

namespace routekaart::cli {
using model::ProjectConfig;
using render::JsonWriter;

namespace {

struct Row {
  std::string key;
  std::string value;
  std::string origin;
};

std::string origin_of(const ProjectConfig& c, const std::string& key, Lang lang) {
  auto it = c.origins.find(key);
  return it == c.origins.end() ? msg(lang, "config.default") : it->second.source;
}

std::string joined(const std::vector<std::string>& items) {
  return items.empty() ? "-" : fmt::format("{}", fmt::join(items, ", "));
}

std::vector<Row> rows(const Context& ctx, const Options& opt) {
  const ProjectConfig& c = ctx.config;
  const Lang l = ctx.lang;
  std::vector<Row> out;
  out.push_back({"file", c.file.empty() ? msg(l, "config.none") : c.file,
                 opt.config_file.empty() ? msg(l, "config.searched") : msg(l, "config.cli")});
  std::string lang_origin = origin_of(c, "language", l);
  const char* env = std::getenv("ROUTEKAART_LANG");
  if (!opt.lang.empty())
    lang_origin = msg(l, "config.cli");
  else if (env && parse_lang(env))
    lang_origin = msg(l, "config.environment", "ROUTEKAART_LANG");
  else if (!c.language)
    lang_origin = msg(l, "config.locale");
  out.push_back({"language", lang_code(l), lang_origin});
  out.push_back({"paths", joined(c.paths), origin_of(c, "paths", l)});
  out.push_back({"include", joined(c.include), origin_of(c, "include", l)});
  out.push_back({"exclude", joined(c.exclude), origin_of(c, "exclude", l)});
  out.push_back({"fail-on", c.fail_on.value_or("error"), origin_of(c, "fail-on", l)});
  out.push_back({"min-coverage", c.min_coverage ? fmt::format("{}", *c.min_coverage) : "-",
                 origin_of(c, "min-coverage", l)});
  std::vector<std::string> required;
  for (int n : c.require) required.push_back(std::to_string(n));
  out.push_back({"require", joined(required), origin_of(c, "require", l)});
  std::vector<std::string> settings;
  for (const auto& [id, setting] : c.rules)
    settings.push_back(
        fmt::format("{}={}", rule_name(id), setting ? severity_name(*setting) : "off"));
  out.push_back({"rules", joined(settings), origin_of(c, "rules", l)});
  return out;
}

}  // namespace

int cmd_config(Context& ctx, const Options& opt) {
  std::ostringstream out;
  const std::vector<Row> table = rows(ctx, opt);
  if (opt.format == "json") {
    JsonWriter w(out);
    w.begin_object();
    for (const auto& row : table)
      w.key(row.key)
          .begin_object()
          .field("value", row.value)
          .field("origin", row.origin)
          .end_object();
    w.end_object();
  } else {
    for (const auto& row : table)
      out << fmt::format("{:<13} {:<30} ({})\n", row.key, row.value, row.origin);
  }
  return emit(ctx, opt, out.str());
}

}  // namespace routekaart::cli
