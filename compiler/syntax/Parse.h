// parse: source text -> AST. The only entry point to the front end's ANTLR-generated parser.
#pragma once

#include "support/Diagnostic.h"
#include "syntax/Ast.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace flux::syntax {

struct ParseOptions {
  /// Larger files are refused before lexing: connectomes belong in table("file.csv").
  std::size_t maxFileBytes = std::size_t{16} << 20;
  /// Brackets and prefix operators nested deeper than this are refused (the parser recurses).
  unsigned maxNesting = 256;
  /// Expressions whose tree is deeper than this are refused (later stages recurse over it).
  unsigned maxExpressionDepth = 1000;
};

/// Parses one file. Returns nullopt iff an error was reported; the parser recovers from
/// syntax errors so that one run reports as many independent errors as it can.
std::optional<Ast> parse(const SourceFile &file, DiagnosticEngine &diags,
                         const ParseOptions &options = {});

/// One token for --emit=tokens.
struct Token {
  std::string kind; // NUMBER, ID, 'neuron', LINE_COMMENT, ...
  std::string text;
  SourceRange range;
  bool hidden = false; // a comment
};

/// Lexes one file; returns nullopt iff an error was reported (bad characters included).
std::optional<std::vector<Token>> lex(const SourceFile &file, DiagnosticEngine &diags,
                                      const ParseOptions &options = {});

} // namespace flux::syntax
