// A top-level `let` and a neuron model share one namespace: declaring both is a redefinition.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

let size = 10
neuron size { param x = 1.0 }
// CHECK:      {{^.*}}redefinition-let.flux:[[@LINE-1]]:8: error: redefinition of 'size'{{$}}
// CHECK:      {{^.*}}redefinition-let.flux:[[@LINE-3]]:5: note: the previous declaration of 'size' is here{{$}}
