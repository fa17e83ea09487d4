// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// An identifier where a declaration must start names the declarations that may start there.

foo
// CHECK:      {{^.*}}unexpected-token-top-level.flux:[[@LINE-1]]:1: error: unexpected identifier 'foo'; expected a declaration ('import', 'neuron', 'synapse', 'circuit', 'extern' or 'let'){{$}}
// CHECK-NEXT: {{^}}foo{{$}}
// CHECK-NEXT: {{^}}^~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
