// Test helpers: parse a string and get the AST or the diagnostics, in one line.
#pragma once

#include "support/TextDiagnosticPrinter.h"
#include "syntax/AstPrinter.h"
#include "syntax/Parse.h"

#include <sstream>
#include <string>
#include <vector>

namespace flux::test {

struct ParseResult {
  std::optional<syntax::Ast> ast;
  std::vector<Diagnostic> diagnostics;
  std::string dump;     // --emit=ast without locations, if it parsed
  std::string rendered; // the diagnostics as fluxc prints them
};

inline ParseResult parseSource(const std::string &text, const syntax::ParseOptions &options = {}) {
  SourceManager sources;
  const SourceFile &file = sources.addBuffer("test.flux", text);
  DiagnosticEngine diags(sources);
  auto collector = std::make_shared<DiagnosticCollector>();
  std::ostringstream rendered;
  diags.addConsumer(collector);
  diags.addConsumer(std::make_shared<TextDiagnosticPrinter>(rendered, sources, false));
  ParseResult result;
  result.ast = syntax::parse(file, diags, options);
  result.diagnostics = collector->diagnostics;
  result.rendered = rendered.str();
  if (result.ast) {
    std::ostringstream dump;
    syntax::printAst(*result.ast, sources, dump, {.locations = false});
    result.dump = dump.str();
  }
  return result;
}

/// The canonical source of `text` (which must parse).
inline std::string formatSource(const std::string &text) {
  auto result = parseSource(text);
  if (!result.ast)
    return "<parse error>\n" + result.rendered;
  std::ostringstream out;
  syntax::printSource(*result.ast, out);
  return out.str();
}

} // namespace flux::test
