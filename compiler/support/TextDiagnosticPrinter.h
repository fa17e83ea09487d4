// Prints diagnostics the way clang does: location, severity, message, the source line and a
// caret with '~' under the rest of the range, then notes and fix-it hints.
#pragma once

#include "support/Diagnostic.h"

#include <ostream>

namespace flux {

class TextDiagnosticPrinter : public DiagnosticConsumer {
public:
  /// `tool` prefixes diagnostics that have no source location ("fluxc: error: ...").
  TextDiagnosticPrinter(std::ostream &out, const SourceManager &sources, bool color,
                        std::string tool = "fluxc");

  void consume(const Diagnostic &diag) override;
  void finish() override;

private:
  void print(const Diagnostic &diag);
  void printSnippet(const Diagnostic &diag);

  std::ostream &out;
  const SourceManager &sources;
  bool color;
  std::string tool;
  unsigned errors = 0;
  unsigned warnings = 0;
};

/// Keeps diagnostics in memory, for unit tests and --verify.
class DiagnosticCollector : public DiagnosticConsumer {
public:
  void consume(const Diagnostic &diag) override { diagnostics.push_back(diag); }
  std::vector<Diagnostic> diagnostics;
};

/// "error", "warning" or "note".
const char *severityName(Severity severity);

} // namespace flux
