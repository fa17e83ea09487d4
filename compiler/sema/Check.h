// check: AST -> CheckedAst. Loads imports, resolves names, flattens inheritance and checks
// the types and physical dimensions of every expression.
#pragma once

#include "sema/CheckedAst.h"
#include "support/Diagnostic.h"
#include "syntax/Parse.h"

#include <optional>
#include <string>
#include <vector>

namespace flux::sema {

struct CheckOptions {
  std::string stdlibDir;                // searched first for `import stdlib.x` and `import x`
  std::vector<std::string> includeDirs; // then these (-I), then the importing file's folder
  syntax::ParseOptions parse;
};

/// Returns nullopt iff an error was reported. Imported files are loaded into `sources`.
std::optional<CheckedAst> check(syntax::Ast main, SourceManager &sources, DiagnosticEngine &diags,
                                const CheckOptions &options);

/// --emit=sema: the flattened models and circuits with the type of every parameter and state.
void printCheckedAst(const CheckedAst &checked, std::ostream &out);

} // namespace flux::sema
