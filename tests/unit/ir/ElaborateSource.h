// Parse, check and elaborate a program given as text (imports from the source tree's stdlib),
// then lower it: what the IR and backend tests start from.
#pragma once

#include "driver/Pipeline.h"
#include "elab/Elaborate.h"
#include "sema/Check.h"
#include "support/TextDiagnosticPrinter.h"

#include <memory>
#include <optional>
#include <sstream>
#include <string>

namespace flux::test {

struct ElaboratedSource {
  std::unique_ptr<SourceManager> sources = std::make_unique<SourceManager>();
  std::unique_ptr<sema::CheckedAst> checked;
  std::optional<elab::Network> network; // points into `checked`
  std::string errors;                   // every diagnostic, as fluxc prints them
};

inline ElaboratedSource elaborateSource(const std::string &text) {
  ElaboratedSource result;
  const SourceFile &file = result.sources->addBuffer("net.flux", text);
  DiagnosticEngine diags(*result.sources);
  std::ostringstream errors;
  diags.addConsumer(std::make_shared<TextDiagnosticPrinter>(errors, *result.sources, false));
  if (auto ast = syntax::parse(file, diags)) {
    sema::CheckOptions options;
    options.stdlibDir = FLUX_TEST_STDLIB_DIR;
    if (auto checked = sema::check(std::move(*ast), *result.sources, diags, options)) {
      result.checked = std::make_unique<sema::CheckedAst>(std::move(*checked));
      result.network = elab::elaborate(*result.checked, {}, diags);
    }
  }
  result.errors = errors.str();
  return result;
}

/// Lowers `network`; the diagnostics go to `errors`. nullopt iff an error was reported.
inline std::optional<ir::Program> lowerNetwork(const ElaboratedSource &source,
                                               std::string &errors) {
  DiagnosticEngine diags(*source.sources);
  std::ostringstream out;
  diags.addConsumer(std::make_shared<TextDiagnosticPrinter>(out, *source.sources, false));
  auto program = driver::lowerNetwork(*source.network, diags);
  errors = out.str();
  return program;
}

/// Runs the passes for one engine (dtMs: the step engines' step). False iff an error.
inline bool optimise(const ElaboratedSource &source, ir::Program &program,
                     std::optional<double> dtMs, std::string &errors) {
  DiagnosticEngine diags(*source.sources);
  std::ostringstream out;
  diags.addConsumer(std::make_shared<TextDiagnosticPrinter>(out, *source.sources, false));
  bool ok = driver::optimiseIr(program, dtMs, {}, diags);
  errors = out.str();
  return ok;
}

} // namespace flux::test
