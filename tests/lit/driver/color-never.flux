// RUN: not %fluxc check --color=never %s 2>&1 | FileCheck %s
// RUN: not %fluxc check --color=auto %s 2>&1 | FileCheck %s
// RUN: not %fluxc check %s 2>&1 | FileCheck %s
// --color=never, and 'auto' (the default) when stderr is not a terminal, print no escape sequences.

let x 1

// CHECK-NOT: [1m
// CHECK:     color-never.flux:6:7: error: unexpected number '1'
// CHECK-NOT: [0m
