#pragma once
// Output formats of `check` and `validate`: one renderer per format, chosen from one table.
#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

#include "catalogue.hpp"
#include "lang.hpp"
#include "report.hpp"

namespace routekaart {

enum class Format { text, markdown, json };

struct RenderOptions {
  Lang lang = Lang::en;
  bool color = false;                    // ANSI colours (text only)
  bool coverage = true;                  // false for `validate`: findings only
  bool quiet = false;                    // findings only
  bool verbose = false;                  // also suppressed findings
  Severity threshold = Severity::error;  // --fail-on, for formats that mark failures
  const Catalogue* catalogue = nullptr;
};

using Renderer = void (*)(const Report&, const RenderOptions&, std::ostream&);

struct FormatInfo {
  Format format;
  std::string_view name;
  Renderer render;
};

/// Every format, in the order `--help` lists them.
const std::vector<FormatInfo>& formats();
/// The format named `name`, or nullptr.
const FormatInfo* find_format(std::string_view name);

void render_text(const Report& report, const RenderOptions& options, std::ostream& out);
void render_markdown(const Report& report, const RenderOptions& options, std::ostream& out);
void render_json(const Report& report, const RenderOptions& options, std::ostream& out);

/// Diagnostics as `file:line:column: severity: message [RULE]` lines, each with its hint.
void render_findings_text(const Diagnostics& findings, const RenderOptions& o, std::ostream& out);

/// "78%" with no decimals, or "–" when absent.
std::string percent_text(const std::optional<double>& percent);

}  // namespace routekaart
