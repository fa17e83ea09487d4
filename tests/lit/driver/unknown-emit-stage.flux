// RUN: not %fluxc --emit=bytecode %s 2>&1 | FileCheck --match-full-lines %s
// An unknown --emit stage is refused, listing the stages.

// CHECK:     fluxc: error: unknown stage 'bytecode' for --emit; the stages are tokens|ast|source|sema|network|ir|ir-opt|llvm|asm|glsl|spirv|c-header
// CHECK-NOT: {{.}}
