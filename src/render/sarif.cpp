// SARIF 2.1.0 for code-scanning tools: the rule table as the driver's rules (each with a helpUri
// into rules/README.md), one result per finding, with the file as a relative URI, the line and
// column as the region (columns in Unicode code points) and a partial fingerprint that does not
// depend on the line, so that GitHub keeps an alert across edits above it and never merges two
// findings of one file.
#include <fmt/format.h>

#include <cctype>

#include "catalogue/rules.hpp"
#include "render/format.hpp"
#include "render/json_writer.hpp"

namespace routekaart::render {
using catalogue::Rule;
using catalogue::rules;
using check::Report;

namespace {

// The key of routekaart's partial fingerprint (check::fingerprints): versioned, so that a new
// way of computing it never matches the old one.
constexpr const char* kFingerprintKey = "routekaartFinding/v1";

// "File cannot be read" -> "FileCannotBeRead": SARIF wants an identifier-like, unlocalised name.
std::string identifier(const Rule& rule) {
  std::string out;
  bool start = true;
  for (char c : rule.title.en) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      start = true;
      continue;
    }
    out += start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    start = false;
  }
  return out.empty() ? std::string(routekaart::rule_name(rule.id)) : out;
}

void write_rule(JsonWriter& w, const Rule& rule, Lang lang) {
  w.begin_object().field("id", routekaart::rule_name(rule.id)).field("name", identifier(rule));
  w.field("helpUri", rule_help_uri(rule.id));
  w.key("shortDescription").begin_object().field("text", rule.title.in(lang)).end_object();
  w.key("fullDescription").begin_object().field("text", rule.description.in(lang)).end_object();
  w.key("help").begin_object().field("text", rule.remedy.in(lang)).end_object();
  w.key("defaultConfiguration").begin_object().field("level", info(rule.severity).sarif_level);
  w.end_object().end_object();
}

void write_result(JsonWriter& w, const Diagnostic& d, const std::string& fingerprint, Lang lang) {
  // The driver lists every rule in table order, so a rule's index is its RuleId.
  w.begin_object().field("ruleId", rule_name(d.rule));
  w.field("ruleIndex", static_cast<long>(d.rule));
  w.field("level", info(d.severity).sarif_level);
  w.key("message").begin_object().field("text", tr(lang, d.message)).end_object();
  w.key("partialFingerprints").begin_object().field(kFingerprintKey, fingerprint).end_object();
  w.key("locations").begin_array().begin_object().key("physicalLocation").begin_object();
  w.key("artifactLocation").begin_object().field("uri", sarif_uri(d.location.file)).end_object();
  if (d.location.line > 0) {
    w.key("region").begin_object().field("startLine", d.location.line);
    if (d.location.column > 0) w.field("startColumn", d.location.column);
    w.field("endLine", d.location.line);
    w.end_object();
  }
  w.end_object().end_object().end_array();
  w.key("properties").begin_object().field("remedy", hint_text(d, lang));
  if (d.signpost > 0) w.field("signpost", d.signpost);
  w.end_object();
  w.end_object();
}

}  // namespace

std::string rule_help_uri(RuleId rule) {
  std::string anchor(routekaart::rule_name(rule));
  for (char& c : anchor) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return fmt::format("{}/blob/main/rules/README.md#{}", ROUTEKAART_HOMEPAGE, anchor);
}

std::string sarif_uri(std::string_view path) {
  if (path == "-") return "stdin";
  std::string out = path.starts_with('/') ? "file://" : "";
  for (char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) != 0 && byte < 0x80)
      out += c;
    else if (c == '-' || c == '.' || c == '_' || c == '~' || c == '/')
      out += c;
    else
      out += fmt::format("%{:02X}", static_cast<unsigned>(byte));
  }
  return out;
}

namespace {

class SarifWriter final : public ReportWriter {
 public:
  SarifWriter(const RenderOptions& o, std::ostream& out) : o_(o), w_(std::in_place, out) {}

  void begin(const ReportStart&) override {
    JsonWriter& w = *w_;
    w.begin_object()
        .field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        .field("version", "2.1.0");
    w.key("runs").begin_array().begin_object();
    w.key("tool").begin_object().key("driver").begin_object();
    w.field("name", "routekaart")
        .field("version", ROUTEKAART_VERSION)
        .field("semanticVersion", ROUTEKAART_VERSION)
        .field("informationUri", ROUTEKAART_HOMEPAGE);
    w.key("rules").begin_array();
    for (const auto& rule : rules()) write_rule(w, rule, o_.lang);
    w.end_array().end_object().end_object();
    w.field("language", lang_code(o_.lang));
    w.field("columnKind", "unicodeCodePoints");
    w.key("results").begin_array();
  }

  void file(const check::FileReport& file) override {
    const std::vector<std::string> prints = check::fingerprints(file.findings);
    for (std::size_t i = 0; i < file.findings.size(); ++i)
      write_result(*w_, file.findings[i], prints[i], o_.lang);
  }

  void end(const check::Summary&) override {
    w_->end_array();
    w_->end_object().end_array().end_object();
    w_.reset();  // its last line break
  }

 private:
  const RenderOptions o_;
  std::optional<JsonWriter> w_;
};

}  // namespace

std::unique_ptr<ReportWriter> sarif_writer(const RenderOptions& options, std::ostream& out) {
  return std::make_unique<SarifWriter>(options, out);
}

void render_sarif(const Report& report, const RenderOptions& o, std::ostream& out) {
  write_report(sarif_writer, report, o, out);
}

}  // namespace routekaart::render
