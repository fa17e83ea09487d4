// libFuzzer target for the front end: any bytes must give an AST or diagnostics, never a crash.
// On top of that, a program that parses must print as canonical source that parses again to
// the same tree (the formatter's contract), or the fuzzer reports a crash; and it then goes
// through semantic analysis, which must also end in a result or diagnostics.
#include "sema/Check.h"
#include "support/TextDiagnosticPrinter.h"
#include "syntax/AstPrinter.h"
#include "syntax/Parse.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace {

std::optional<flux::syntax::Ast> parseText(flux::SourceManager &sources, std::string text,
                                           std::string &rendered) {
  const flux::SourceFile &file = sources.addBuffer("fuzz.flux", std::move(text));
  flux::DiagnosticEngine diags(sources);
  std::ostringstream out;
  diags.addConsumer(std::make_shared<flux::TextDiagnosticPrinter>(out, sources, false));
  auto ast = flux::syntax::parse(file, diags);
  rendered = out.str();
  return ast;
}

std::string dumpWithoutLocations(const flux::syntax::Ast &ast, const flux::SourceManager &s) {
  std::ostringstream out;
  flux::syntax::printAst(ast, s, out, {.locations = false});
  std::string text = out.str();
  return text.substr(text.find('\n')); // the first line names the buffer
}

} // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
  flux::SourceManager sources;
  std::string rendered;
  auto ast = parseText(sources, std::string(reinterpret_cast<const char *>(data), size), rendered);
  if (!ast)
    return 0;
  std::ostringstream canonical;
  flux::syntax::printSource(*ast, canonical);
  auto again = parseText(sources, canonical.str(), rendered);
  if (!again || dumpWithoutLocations(*ast, sources) != dumpWithoutLocations(*again, sources)) {
    std::fprintf(stderr, "canonical source does not round-trip:\n%s\n%s\n", canonical.str().c_str(),
                 rendered.c_str());
    std::abort();
  }
  flux::DiagnosticEngine diags(sources);
  flux::sema::CheckOptions options;
  options.stdlibDir = FLUX_FUZZ_STDLIB_DIR;
  (void)flux::sema::check(std::move(*ast), sources, diags, options);
  return 0;
}
