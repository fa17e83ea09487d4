// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A file that ends inside a model is reported at the end of the file, after the last line.

neuron N {
  state v = 0

// CHECK:      {{^.*}}unexpected-end-of-file.flux:[[@LINE+4]]:1: error: unexpected end of file; expected a model member ('param', 'state', 'evolve', 'on', 'fire when', an override) or '}'{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}^{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
