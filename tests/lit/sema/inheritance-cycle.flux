// A cycle of `extends` (A -> C -> B -> A) is an error for each model on it, at its name.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron A extends C { }
// CHECK:      {{^.*}}inheritance-cycle.flux:[[@LINE-1]]:8: error: 'A' inherits from itself through its 'extends' chain{{$}}
// CHECK-NEXT: {{^}}neuron A extends C { }{{$}}
// CHECK-NEXT: {{^}}       ^{{$}}
neuron B extends A { }
// CHECK-NEXT: {{^.*}}inheritance-cycle.flux:[[@LINE-1]]:8: error: 'B' inherits from itself through its 'extends' chain{{$}}
// CHECK-NEXT: {{^}}neuron B extends A { }{{$}}
// CHECK-NEXT: {{^}}       ^{{$}}
neuron C extends B { }
// CHECK-NEXT: {{^.*}}inheritance-cycle.flux:[[@LINE-1]]:8: error: 'C' inherits from itself through its 'extends' chain{{$}}
// CHECK-NEXT: {{^}}neuron C extends B { }{{$}}
// CHECK-NEXT: {{^}}       ^{{$}}
// CHECK-NEXT: {{^}}3 errors generated.{{$}}
