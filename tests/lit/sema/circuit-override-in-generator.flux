// A parameter override belongs at the top level of a circuit body: inside a `for` (or `if`) it is an error.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

circuit Base(n: int = 4) { }

circuit Derived extends Base {
  for i in 0 .. 3 {
    n = 5
// CHECK:      {{^.*}}circuit-override-in-generator.flux:[[@LINE-1]]:5: error: parameter overrides belong at the top level of a circuit body, not inside 'for' or 'if'{{$}}
// CHECK-NEXT: {{^}}    n = 5{{$}}
// CHECK-NEXT: {{^}}    ^~~~~{{$}}
  }
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
