// The JSON report: a stable, versioned document (see README, "JSON report").
#include "render/format.hpp"
#include "render/json_writer.hpp"

namespace routekaart::render {
using check::Coverage;
using check::Report;
using check::SignpostResult;
using check::Summary;

namespace {

void write_finding(JsonWriter& w, const Diagnostic& d, Lang lang) {
  w.begin_object().field("rule", rule_name(d.rule)).field("severity", severity_name(d.severity));
  w.key("signpost");
  if (d.signpost)
    w.value(d.signpost);
  else
    w.null();
  w.field("message", tr(lang, d.message))
      .field("remedy", hint_text(d, lang))
      .field("line", d.location.line)
      .field("column", d.location.column)
      .end_object();
}

void write_coverage(JsonWriter& w, const Coverage& c) {
  w.key("coverage").begin_object();
  w.field("percent", c.percent)
      .field("addressed", c.addressed)
      .field("partial", c.partial)
      .field("open", c.open)
      .field("not_applicable", c.not_applicable);
  w.key("by_audience").begin_object();
  for (const auto& a : c.by_audience) w.field(a.audience, a.percent);
  w.end_object();
  w.key("elements")
      .begin_object()
      .field("percent", c.elements.percent)
      .field("described", c.elements.described)
      .field("not_described", c.elements.not_described)
      .field("not_applicable", c.elements.not_applicable)
      .end_object();
  w.end_object();
}

void write_signpost(JsonWriter& w, const SignpostResult& s) {
  w.begin_object()
      .field("id", s.number)
      .field("status", status_word(s.status))
      .field("essential", s.essential);
  w.key("coverage");
  if (s.applicable)
    w.value(s.coverage);
  else
    w.null();
  w.key("element_coverage");
  if (s.applicable && s.element_coverage)
    w.value(*s.element_coverage);
  else
    w.null();
  w.field("elements_described", s.elements_addressed + s.elements_partial + s.elements_open)
      .field("elements_not_described", s.elements_not_described)
      .field("elements_not_applicable", s.elements_not_applicable)
      .field("contradicts_elements", s.contradicts_elements);
  w.key("elements").begin_array();
  for (const auto& e : s.elements)
    w.begin_object()
        .field("id", e.id)
        .field("status", status_word(e.status))
        .field("listed", e.listed)
        .field("applicable", e.applicable)
        .end_object();
  w.end_array().end_object();
}

}  // namespace

namespace {

class JsonReportWriter final : public ReportWriter {
 public:
  JsonReportWriter(const RenderOptions& o, std::ostream& out) : o_(o), w_(std::in_place, out) {}

  void begin(const ReportStart&) override {
    JsonWriter& w = *w_;
    w.begin_object();
    w.key("routekaart").begin_object().field("version", ROUTEKAART_VERSION).field("format", 1);
    w.end_object();
    w.field("language", lang_code(o_.lang));
    w.key("files").begin_array();
  }

  void file(const check::FileReport& file) override {
    JsonWriter& w = *w_;
    w.begin_object().field("path", file.path);
    w.key("intervention");
    if (file.parsed)
      w.value(file.name);
    else
      w.null();
    w.field("valid", file.valid);
    if (o_.coverage && file.parsed) {
      write_coverage(w, file.coverage);
      w.key("signposts").begin_array();
      for (const auto& s : file.signposts) write_signpost(w, s);
      w.end_array();
    }
    w.key("findings").begin_array();
    for (const auto& d : file.findings) write_finding(w, d, o_.lang);
    w.end_array();
    if (o_.verbose) {
      w.key("suppressed").begin_array();
      for (const auto& d : file.suppressed) write_finding(w, d, o_.lang);
      w.end_array();
    }
    w.end_object();
  }

  void end(const Summary& s) override {
    JsonWriter& w = *w_;
    w.end_array();
    w.key("summary")
        .begin_object()
        .field("files", s.files)
        .field("valid", s.valid)
        .field("invalid", s.invalid)
        .field("unreadable", s.unreadable)
        .field("errors", s.errors)
        .field("warnings", s.warnings)
        .field("infos", s.infos);
    if (o_.coverage) w.field("mean_coverage", s.mean_coverage);
    w.end_object();
    w.end_object();
    w_.reset();  // its last line break
  }

 private:
  const RenderOptions o_;
  std::optional<JsonWriter> w_;
};

}  // namespace

std::unique_ptr<ReportWriter> json_writer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<JsonReportWriter>(options, out);
}

void render_json(const Report& report, const RenderOptions& options, std::ostream& out) {
  write_report(json_writer, report, options, out);
}

}  // namespace routekaart::render
