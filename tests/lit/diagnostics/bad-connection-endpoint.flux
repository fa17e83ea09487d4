// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A connection endpoint is a path ('E', 'C[3].E', 'E[0 .. 10]'): an operator or a call in it
// is a syntax error at that token.

circuit C {
  E + 1 -> I
  connect C[3].E -> make(I)
}
// CHECK: bad-connection-endpoint.flux:6:5: error: unexpected '+'; expected a circuit member
// CHECK-NEXT: {{^}}  E + 1 -> I{{$}}
// CHECK-NEXT: {{^}}    ^{{$}}
// CHECK: bad-connection-endpoint.flux:7:25: error: unexpected '('; expected a circuit member
// CHECK-NEXT: {{^}}  connect C[3].E -> make(I){{$}}
// CHECK-NEXT: {{^}}                        ^{{$}}
// CHECK: 2 errors generated.
