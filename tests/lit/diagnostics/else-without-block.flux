// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// After 'else' only '{' or 'if' may follow, and the message says so.

neuron N {
  on pre { if v > 1 { fire } else when }
// CHECK:      {{^.*}}else-without-block.flux:[[@LINE-1]]:35: error: unexpected 'when'; expected '{' or 'if' after 'else'{{$}}
// CHECK-NEXT: {{^}}  on pre { if v > 1 { fire } else when }{{$}}
// CHECK-NEXT: {{^}}                                  ^~~~{{$}}
}
