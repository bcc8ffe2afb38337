#include <doctest/doctest.h>

#include "helpers.hpp"

#include <set>
#include <sstream>

#include "check/pipeline.hpp"
#include "render/catalogue.hpp"
#include "render/config.hpp"
#include "render/format.hpp"

using routekaart::render::Format;
using routekaart::render::format_names;
using routekaart::render::Output;

using namespace routekaart;

namespace {

std::vector<std::string> names(Output output) {
  std::vector<std::string> out;
  for (std::string_view name : format_names(output)) out.emplace_back(name);
  return out;
}

using Strings = std::vector<std::string>;

// What a renderer of `output` writes in `format`, for the outputs whose renderers take a format.
std::string rendered(Output output, Format format) {
  const catalogue::Catalogue& c = testing::embedded_catalogue();
  std::ostringstream out;
  switch (output) {
    case Output::list:
      render::render_list(c, Lang::en, false, format, out);
      break;
    case Output::explain:
      render::render_signpost(c, *c.find(6), Lang::en, false, format, out);
      break;
    case Output::rules:
      render::render_rules(Lang::en, false, format, out);
      break;
    case Output::config:
      render::render_config(testing::all_signposts(), {}, {}, Lang::en, format, out);
      break;
    case Output::validate:
    case Output::check: {
      // Files with findings, so that every format has something to say.
      check::Settings settings = testing::all_signposts(
          output == Output::check ? check::Mode::check : check::Mode::validate);
      settings.paths = {output == Output::check ? ROUTEKAART_SOURCE_DIR "/examples/nieuw-team.yaml"
                                                : ROUTEKAART_SOURCE_DIR
                            "/tests/files/invalid/unknown-key.yaml"};
      const check::Report report = check::run(settings, c, 1);
      render::RenderOptions options;
      options.catalogue = &c;
      options.coverage = output == Output::check;
      render::format_info(format).render(report, options, out);
      break;
    }
    case Output::ratings:
    case Output::diff:
      break;  // their renderers are chosen in cli/cmd_ratings.cpp and cli/cmd_diff.cpp
  }
  return out.str();
}

}  // namespace

TEST_CASE("format_names: the formats each output accepts, in table order") {
  const Strings three = {"text", "markdown", "json"};
  CHECK(names(Output::list) == three);
  CHECK(names(Output::explain) == three);
  CHECK(names(Output::rules) == three);
  CHECK(names(Output::ratings) == three);
  CHECK(names(Output::diff) == three);
  const Strings eight = {"text",  "markdown", "json", "sarif",
                         "junit", "github",   "html", "codeclimate"};
  CHECK(names(Output::check) == eight);
  CHECK(names(Output::validate) == eight);
  CHECK(names(Output::config) == Strings{"text", "json"});
}

TEST_CASE("find_format: each name to its row; nullptr for anything else") {
  for (const auto& f : render::formats()) {
    REQUIRE(render::find_format(f.name) != nullptr);
    CHECK(render::find_format(f.name)->format == f.format);
    CHECK(render::format_name(f.format) == f.name);
  }
  CHECK(render::find_format("pdf") == nullptr);
  CHECK(render::find_format("") == nullptr);
  CHECK(render::find_format("TEXT") == nullptr);
}

TEST_CASE("accepts: the CI and page formats only for check and validate") {
  CHECK(render::accepts(Output::check, Format::sarif));
  CHECK(render::accepts(Output::validate, Format::html));
  CHECK_FALSE(render::accepts(Output::list, Format::sarif));
  CHECK_FALSE(render::accepts(Output::config, Format::markdown));
  CHECK_FALSE(render::accepts(Output::diff, Format::github));
}

TEST_CASE("kFormats: every row has a renderer and a report writer") {
  for (const auto& row : render::kFormats) {
    INFO("format ", row.name);
    const bool has_render = row.render != nullptr;
    const bool has_writer = row.writer != nullptr;
    CHECK(has_render);
    CHECK(has_writer);
  }
}

TEST_CASE("formats: no format without a renderer; each accepted format writes its own output") {
  for (Output output : {Output::list, Output::explain, Output::rules, Output::config, Output::check,
                        Output::validate}) {
    std::set<std::string> seen;
    for (std::string_view name : format_names(output)) {
      const Format format = render::find_format(name)->format;
      const std::string text = rendered(output, format);
      INFO("output ", static_cast<int>(output), ", format ", name);
      CHECK_FALSE(text.empty());
      // A format that fell back to another one's renderer would write the same bytes.
      CHECK(seen.insert(text).second);
    }
    CHECK(seen.size() == format_names(output).size());
  }
  for (const auto& f : render::formats()) CHECK(static_cast<bool>(f.render));
}

TEST_CASE("ReportWriter: every format writes each file as it comes; the whole is render's") {
  const catalogue::Catalogue& c = testing::embedded_catalogue();
  check::Settings settings = testing::all_signposts();
  settings.paths = {ROUTEKAART_SOURCE_DIR "/examples/nieuw-team.yaml",
                    ROUTEKAART_SOURCE_DIR "/tests/files/invalid/unknown-key.yaml"};
  const check::Report report = check::run(settings, c, 1);
  REQUIRE(report.files.size() == 2);
  REQUIRE_FALSE(report.files[0].findings.empty());
  REQUIRE_FALSE(report.files[1].findings.empty());
  render::RenderOptions options;
  options.catalogue = &c;
  for (const auto& f : render::formats()) {
    if (!render::accepts(Output::check, f.format)) continue;
    INFO("format ", f.name);
    std::ostringstream whole;
    f.render(report, options, whole);
    std::ostringstream out;
    auto writer = f.writer(options, out);
    writer->begin({report.selected, report.files.size()});
    std::size_t written = out.str().size();
    for (const auto& file : report.files) {
      writer->file(file);
      // Written at once, and the start of the whole report.
      CHECK(out.str().size() > written);
      written = out.str().size();
      CHECK(whole.str().starts_with(out.str()));
    }
    writer->end(report.summary);
    writer.reset();
    CHECK(out.str() == whole.str());
  }
}

TEST_CASE("html_writer: a single file's page is named after it, though begin() cannot know it") {
  const catalogue::Catalogue& c = testing::embedded_catalogue();
  check::Settings settings = testing::all_signposts();
  settings.paths = {ROUTEKAART_SOURCE_DIR "/examples/nieuw-team.yaml"};
  const check::Report report = check::run(settings, c, 1);
  render::RenderOptions options;
  options.catalogue = &c;
  std::ostringstream out;
  render::render_html(report, options, out);
  CHECK(testing::count(out.str(), "<h1>" + report.files[0].name + "</h1>") == 1);
  CHECK(testing::count(out.str(), "<!DOCTYPE html>") == 1);
}
