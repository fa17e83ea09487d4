// Deterministic printers for the front end's --emit stages.
#pragma once

#include "syntax/Ast.h"
#include "syntax/Parse.h"

#include <ostream>
#include <vector>

namespace flux::syntax {

struct AstPrintOptions {
  bool locations = true; // append <line:col> to every node
};

/// --emit=ast: one node per line, children indented, for reading and for FileCheck.
void printAst(const Ast &ast, const SourceManager &sources, std::ostream &out,
              const AstPrintOptions &options = {});

/// --emit=source: the program as canonical Flux text. Parsing the output gives the same AST.
void printSource(const Ast &ast, std::ostream &out);

/// --emit=tokens: `line:col KIND 'text'`, comments marked hidden.
void printTokens(const std::vector<Token> &tokens, const SourceManager &sources, std::ostream &out);

/// One expression as canonical Flux source (the fewest parentheses that keep the tree).
std::string printExpr(const Expr &expr);

/// A string as a Flux string literal, quotes and escapes included.
std::string quoted(const std::string &value);

} // namespace flux::syntax
