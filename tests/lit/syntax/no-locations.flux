// RUN: %fluxc --emit=ast --no-locations %s | FileCheck %s
// --no-locations drops every '<line:col>' from --emit=ast and changes nothing else.

neuron N {
  param a = 1 ms
}

// CHECK:      {{^}}Module "{{.*}}no-locations.flux"{{$}}
// CHECK-NEXT: {{^}}  Neuron N{{$}}
// CHECK-NEXT: {{^}}    Param a{{$}}
// CHECK-NEXT: {{^}}      Int 1 [ms]{{$}}
// CHECK-NOT: <
