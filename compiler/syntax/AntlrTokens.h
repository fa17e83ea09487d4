// Private to compiler/syntax: maps ANTLR token positions (code points) to Flux source ranges
// (bytes). Only Parse.cpp and AstBuilder.cpp include ANTLR headers.
#pragma once

#include "support/SourceManager.h"

#include <antlr4-runtime.h>

#include <cstdint>
#include <vector>

namespace flux::syntax {

class TokenLocator {
public:
  explicit TokenLocator(const SourceFile &file);

  SourceLocation at(std::size_t codePoint) const;
  SourceRange range(const antlr4::Token *token) const;
  SourceRange range(antlr4::ParserRuleContext *ctx) const;
  SourceRange range(const antlr4::Token *first, const antlr4::Token *last) const;
  const SourceFile &file() const { return source; }

private:
  const SourceFile &source;
  std::vector<std::uint32_t> byteOfCodePoint; // empty when the file is ASCII
};

} // namespace flux::syntax
