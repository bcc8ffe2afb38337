// GitHub Actions workflow commands: each finding becomes an annotation on the file and line.
#include <fmt/format.h>

#include <vector>

#include "generated/texts/report.hpp"
#include "render/escape.hpp"
#include "render/format.hpp"

namespace routekaart::render {
using check::Report;

std::string github_command(const Diagnostic& d, Lang lang) {
  std::vector<std::string> properties;
  // Standard input has no file in the repository to annotate.
  if (d.location.file != "-")
    properties.push_back("file=" + escape_github_property(escape_visible(d.location.file)));
  if (d.location.line > 0) {
    properties.push_back(fmt::format("line={}", d.location.line));
    if (d.location.column > 0) properties.push_back(fmt::format("col={}", d.location.column));
  }
  properties.push_back("title=" + escape_github_property(rule_name(d.rule)));
  // The values made visible; the one line break is ours, between the message and the hint.
  std::string data = tr(lang, d.message, escape_visible);
  if (std::string hint = hint_text(d, lang, escape_visible); !hint.empty())
    data += "\n" + tr(lang, texts::report_hint{.hint = std::move(hint)});
  return fmt::format("::{} {}::{}", info(d.severity).github_command, fmt::join(properties, ","),
                     escape_github_data(data));
}

namespace {

class GithubWriter final : public ReportWriter {
 public:
  GithubWriter(const RenderOptions& o, std::ostream& out) : o_(o), out_(out) {}

  void begin(const ReportStart&) override {}
  void file(const check::FileReport& file) override {
    for (const auto& d : file.findings) out_ << github_command(d, o_.lang) << '\n';
  }
  void end(const check::Summary&) override {}

 private:
  const RenderOptions o_;
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<ReportWriter> github_writer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<GithubWriter>(options, out);
}

void render_github(const Report& report, const RenderOptions& o, std::ostream& out) {
  write_report(github_writer, report, o, out);
}

}  // namespace routekaart::render
