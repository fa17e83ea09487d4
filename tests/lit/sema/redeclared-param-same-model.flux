// Two `param` declarations of one name in the same model: the second is an error with a note at the first.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  param gain = 1.0
  param gain = 2.0
// CHECK:      {{^.*}}redeclared-param-same-model.flux:[[@LINE-1]]:9: error: parameter 'gain' is already declared; to change its default, write 'gain = ...'{{$}}
// CHECK:      {{^.*}}redeclared-param-same-model.flux:[[@LINE-3]]:9: note: 'gain' is declared in 'Cell' here{{$}}
}
