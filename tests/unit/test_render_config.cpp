#include <doctest/doctest.h>

#include "helpers.hpp"

#include <sstream>

#include "render/config.hpp"

using routekaart::render::ConfigSources;
using routekaart::render::Format;
using routekaart::render::LanguageOrigin;
using routekaart::render::render_config;
using routekaart::testing::embedded_catalogue;

using namespace routekaart;

namespace {

std::string config_text(const model::ProjectConfig& config, const ConfigSources& sources, Lang lang,
                        Format format = Format::text) {
  const check::SettingsResult resolved =
      check::resolve_settings({}, config, embedded_catalogue(), check::Mode::check);
  REQUIRE(resolved.settings.has_value());
  std::ostringstream out;
  render_config(*resolved.settings, config, sources, lang, format, out);
  return out.str();
}

// A project configuration as model::load_project_config reads it from this file:
//   1 paths: [interventies]
//   2 exclude: ['**/concept/*']
//   3 language: nl
//   4 fail-on: warning
//   5 min-coverage: 62.5
//   6 require: [1, 12]
//   7 rules: {RK101: info, RK301: off}
model::ProjectConfig project() {
  model::ProjectConfig c;
  c.file = ".routekaart.yaml";
  c.paths = {"interventies"};
  c.exclude = {"**/concept/*"};
  c.language = "nl";
  c.fail_on = "warning";
  c.min_coverage = 62.5;
  c.require = {1, 12};
  c.rules = {{RuleId::RK101, Severity::info}, {RuleId::RK301, std::nullopt}};
  const char* keys[] = {"paths",        "exclude", "language", "fail-on",
                        "min-coverage", "require", "rules"};
  int line = 1;
  for (const char* key : keys) c.origins[key] = {".routekaart.yaml:" + std::to_string(line++)};
  return c;
}

}  // namespace

TEST_CASE("render_config: no configuration file, every value its default") {
  CHECK(config_text({}, {}, Lang::en) ==
        "file          none found                     (searched upwards from the working "
        "folder)\n"
        "language      en                             (locale (LC_ALL, LC_MESSAGES, LANG))\n"
        "paths         -                              (default)\n"
        "include       -                              (default)\n"
        "exclude       -                              (default)\n"
        "fail-on       error                          (default)\n"
        "min-coverage  -                              (default)\n"
        "require       -                              (default)\n"
        "rules         -                              (default)\n");
}

TEST_CASE("render_config: values from the file, with the line that set each") {
  ConfigSources sources;
  sources.language = LanguageOrigin::project;
  CHECK(config_text(project(), sources, Lang::nl) ==
        "file          .routekaart.yaml               (gezocht vanaf de werkmap naar boven)\n"
        "language      nl                             (.routekaart.yaml:3)\n"
        "paths         interventies                   (.routekaart.yaml:1)\n"
        "include       -                              (standaard)\n"
        "exclude       **/concept/*                   (.routekaart.yaml:2)\n"
        "fail-on       warning                        (.routekaart.yaml:4)\n"
        "min-coverage  62.5                           (.routekaart.yaml:5)\n"
        "require       1, 12                          (.routekaart.yaml:6)\n"
        "rules         RK101=info, RK301=off          (.routekaart.yaml:7)\n");
}

TEST_CASE("render_config: where the language and the file were chosen") {
  ConfigSources sources;
  sources.file_from_command_line = true;
  sources.language = LanguageOrigin::command_line;
  std::string text = config_text(project(), sources, Lang::en);
  CHECK(text.find("file          .routekaart.yaml               (command line)\n") !=
        std::string::npos);
  CHECK(text.find("language      en                             (command line)\n") !=
        std::string::npos);
  sources.language = LanguageOrigin::environment;
  text = config_text(project(), sources, Lang::nl);
  CHECK(text.find("language      nl                             (omgeving: ROUTEKAART_LANG)\n") !=
        std::string::npos);
  CHECK(text.find("(opdrachtregel)\n") != std::string::npos);
}

TEST_CASE("render_config: --fail-on never in the file is shown as never") {
  model::ProjectConfig c;
  c.file = "x.yaml";
  c.fail_on = "never";
  c.origins["fail-on"] = {"x.yaml:1"};
  CHECK(config_text(c, {}, Lang::en)
            .find("fail-on       never                          (x.yaml:1)\n") !=
        std::string::npos);
}

TEST_CASE("render_config: JSON, one object per setting; other formats are text") {
  const std::string json = config_text({}, {}, Lang::en, Format::json);
  CHECK(json.starts_with(
      "{\n  \"file\": {\n    \"value\": \"none found\",\n    \"origin\": \"searched upwards from "
      "the "
      "working folder\"\n  },\n  \"language\": {\n    \"value\": \"en\",\n    \"origin\": \"locale "
      "(LC_ALL, LC_MESSAGES, LANG)\"\n  },\n"));
  CHECK(testing::count(json, "\"value\":") == 9);
  CHECK(config_text({}, {}, Lang::en, Format::markdown) == config_text({}, {}, Lang::en));
}
