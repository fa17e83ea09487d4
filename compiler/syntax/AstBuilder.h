// Private to compiler/syntax: builds the AST from an error-free ANTLR parse tree.
#pragma once

#include "support/Diagnostic.h"
#include "syntax/AntlrTokens.h"
#include "syntax/Ast.h"
#include "syntax/Parse.h"

#include "FluxParser.h"

#include <memory>

namespace flux::syntax {

/// Returns null iff it reported an error (bad escapes, standalone non-call expressions, too
/// deep expressions, malformed connection endpoints).
std::unique_ptr<Module> buildAst(fluxgen::FluxParser::SourceFileContext *tree,
                                 const TokenLocator &locator, antlr4::BufferedTokenStream &tokens,
                                 DiagnosticEngine &diags, const ParseOptions &options);

} // namespace flux::syntax
