// GitLab Code Quality: the Code Climate JSON subset GitLab reads (a JSON array of issues with
// description, check_name, fingerprint, severity, location.path and location.lines.begin; see
// docs.gitlab.com, "Code Quality report format"). One issue per finding; the fingerprint does
// not depend on the line (check::fingerprints), so GitLab follows an issue across edits above it.
#include <algorithm>

#include "render/format.hpp"
#include "render/json_writer.hpp"

namespace routekaart::render {
using check::Report;

std::string_view codeclimate_severity(Severity severity) {
  switch (severity) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "minor";
    case Severity::error:
      return "major";
  }
  return "major";
}

namespace {

class CodeClimateWriter final : public ReportWriter {
 public:
  CodeClimateWriter(const RenderOptions& o, std::ostream& out) : o_(o), w_(std::in_place, out) {}

  void begin(const ReportStart&) override { w_->begin_array(); }

  void file(const check::FileReport& file) override {
    JsonWriter& w = *w_;
    const std::vector<std::string> prints = check::fingerprints(file.findings);
    for (std::size_t i = 0; i < file.findings.size(); ++i) {
      const Diagnostic& d = file.findings[i];
      w.begin_object()
          .field("description", tr(o_.lang, d.message))
          .field("check_name", rule_name(d.rule))
          .field("fingerprint", prints[i])
          .field("severity", codeclimate_severity(d.severity));
      // A finding about the whole file (line 0) is shown at its first line.
      w.key("location").begin_object().field("path", d.location.file);
      w.key("lines").begin_object().field("begin", std::max(d.location.line, 1)).end_object();
      w.end_object().end_object();
    }
  }

  void end(const check::Summary&) override {
    w_->end_array();
    w_.reset();  // its last line break
  }

 private:
  const RenderOptions o_;
  std::optional<JsonWriter> w_;
};

}  // namespace

std::unique_ptr<ReportWriter> codeclimate_writer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<CodeClimateWriter>(options, out);
}

void render_codeclimate(const Report& report, const RenderOptions& o, std::ostream& out) {
  write_report(codeclimate_writer, report, o, out);
}

}  // namespace routekaart::render
