// A model or circuit that extends itself directly is the shortest `extends` cycle: one error each, and nothing else.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

synapse Loop extends Loop { param w = 1.0 }
// CHECK:      {{^.*}}inheritance-extends-itself.flux:[[@LINE-1]]:9: error: 'Loop' inherits from itself through its 'extends' chain{{$}}
circuit Ring extends Ring { }
// CHECK:      {{^.*}}inheritance-extends-itself.flux:[[@LINE-1]]:9: error: 'Ring' inherits from itself through its 'extends' chain{{$}}
// CHECK-NEXT: {{^}}circuit Ring extends Ring { }{{$}}
// CHECK-NEXT: {{^}}        ^~~~{{$}}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
