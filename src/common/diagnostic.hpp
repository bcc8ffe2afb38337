#pragma once
// One finding or diagnostic: a stable rule id, a severity, a place, a message and a remedy.
#include <string>
#include <vector>

namespace routekaart {

enum class Severity { info, warning, error };

/// "info", "warning" or "error".
const char* severity_name(Severity s);

struct Location {
  std::string file;  // as given on the command line ("-" for stdin)
  int line = 0;      // 1-based; 0 when the finding concerns the whole file
  int column = 0;    // 1-based
};

struct Diagnostic {
  std::string rule;  // e.g. "RK003"
  Severity severity = Severity::error;
  Location location;
  std::string message;  // in the report language
  std::string hint;     // how to fix it, in the report language; may be empty
  int signpost = 0;     // 1..14 when the finding concerns one signpost
};

using Diagnostics = std::vector<Diagnostic>;

/// Sorts by file, line, column, rule: the order every report uses.
void sort_diagnostics(Diagnostics& diagnostics);

}  // namespace routekaart
