// Redeclaring an inherited parameter with `param` is an error that says how to override it, with a note at the base's declaration.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Base {
  param threshold = 1.0
}

neuron Derived extends Base {
  param threshold = 0.5
// CHECK:      {{^.*}}inheritance-redeclared-param.flux:[[@LINE-1]]:9: error: parameter 'threshold' is already declared in 'Base'; to change its default, write 'threshold = ...'{{$}}
// CHECK-NEXT: {{^}}  param threshold = 0.5{{$}}
// CHECK-NEXT: {{^}}        ^~~~~~~~~{{$}}
// CHECK-NEXT: {{^.*}}inheritance-redeclared-param.flux:[[@LINE-8]]:9: note: 'threshold' is declared in 'Base' here{{$}}
// CHECK-NEXT: {{^}}  param threshold = 1.0{{$}}
// CHECK-NEXT: {{^}}        ^~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
