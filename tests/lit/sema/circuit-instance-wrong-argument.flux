// An instance argument must name a parameter of the circuit; a misspelt name is reported at the name, with a suggestion.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

circuit Column(size: int = 10, ei: real = 0.8) { }

circuit Sheet {
  instance C[4] : Column(sise = 20)
// CHECK:      {{^.*}}circuit-instance-wrong-argument.flux:[[@LINE-1]]:26: error: 'Column' has no parameter 'sise'; did you mean 'size'?{{$}}
// CHECK-NEXT: {{^}}  instance C[4] : Column(sise = 20){{$}}
// CHECK-NEXT: {{^}}                         ^~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
