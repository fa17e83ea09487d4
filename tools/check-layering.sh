#!/usr/bin/env bash
# check-layering.sh: the folder boundaries that CMake's link graph cannot see (a header-only
# include passes the link check). Fails with the offending lines.
#  - only compiler/codegen/llvm includes LLVM headers;
#  - only compiler/syntax includes ANTLR headers, and only from .cpp files and private headers;
#  - runtime/ never includes compiler/;
#  - compiler/support and compiler/syntax stay free of LLVM (the fuzzer builds without it);
#  - only compiler/codegen/spirv includes glslang and SPIRV-Tools headers;
#  - only runtime/gpu/VulkanLoader.h includes Vulkan's headers (the loader is opened at run
#    time, and no Vulkan type leaks out of runtime/gpu's public headers).
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
violations "glslang or SPIRV-Tools headers outside compiler/codegen/spirv" \
  '#include [<"](glslang|spirv-tools)/' 'compiler/*' 'runtime/*' 'tools/*' 'tests/*' \
  ':!compiler/codegen/spirv/*'
violations "Vulkan headers outside runtime/gpu/VulkanLoader.h" '#include [<"]vulkan/' \
  'compiler/*' 'runtime/*' 'tools/*' 'tests/*' ':!runtime/gpu/VulkanLoader.h'
violations "runtime/ including compiler/" '#include [<"](support|syntax|sema|elab|ir|codegen|driver)/' 'runtime/*'
[ $status -eq 0 ] && echo "layering ok"
exit $status
