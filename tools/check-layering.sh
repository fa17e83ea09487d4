#!/usr/bin/env bash
# check-layering.sh: the folder boundaries that CMake's link graph cannot see (a header-only
# include passes the link check). Fails with the offending lines.
#  - only compiler/codegen/llvm includes LLVM headers;
#  - only compiler/syntax includes ANTLR headers, and only from .cpp files and private headers;
#  - runtime/ never includes compiler/;
#  - compiler/support and compiler/syntax stay free of LLVM (the fuzzer builds without it).
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
violations() {
  local what=$1 pattern=$2; shift 2
  local found
  found=$(git grep -nE "$pattern" -- "$@" || true)
  if [ -n "$found" ]; then
    echo "layering violation: $what"
    echo "$found"
    status=1
  fi
}
violations "LLVM headers outside compiler/codegen/llvm" '#include [<"](llvm|llvm-c)/' \
  'compiler/*' 'runtime/*' 'tools/*' ':!compiler/codegen/llvm/*'
violations "ANTLR headers outside compiler/syntax" '#include [<"](antlr4-runtime|Flux(Lexer|Parser|Visitor|BaseVisitor))' \
  'compiler/*' 'runtime/*' 'tools/*' 'tests/*' ':!compiler/syntax/*.cpp' ':!compiler/syntax/AntlrTokens.h' ':!compiler/syntax/AstBuilder.h'
violations "ANTLR in a public syntax header" '#include [<"](syntax/AntlrTokens.h|syntax/AstBuilder.h)' \
  'compiler/*.h' ':!compiler/syntax/AstBuilder.h'
violations "runtime/ including compiler/" '#include [<"](support|syntax|sema|elab|ir|codegen|driver)/' 'runtime/*'
[ $status -eq 0 ] && echo "layering ok"
exit $status
