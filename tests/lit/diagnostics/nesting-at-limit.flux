// RUN: %python -c "print('let x = ' + '(' * 256 + '1' + ')' * 256)" > %t.ok.flux
// RUN: %fluxc check %t.ok.flux 2>&1 | count 0
// RUN: %python -c "print('let x = ' + '(' * 257 + '1' + ')' * 257)" > %t.over.flux
// RUN: not %fluxc check %t.over.flux 2>&1 | FileCheck %s
// Exactly 256 levels of brackets are accepted; 257 are refused.

// CHECK: .flux:1:265: error: nesting is too deep (more than 256 levels
