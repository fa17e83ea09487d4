// RUN: %fluxc --emit=source %s | FileCheck --strict-whitespace %s
// --emit=source prints every doc comment ('/** */' too) as indented '///' lines; blank ones as '///'.

/**
 * A cell.
 */
neuron Cell {
  /// Time constant.
  ///
  /// In milliseconds.
  param tau = 20 ms
}

circuit C {
  /// Inputs.
  in a, b
}

// CHECK:      {{^}}/// A cell.{{$}}
// CHECK-NEXT: {{^}}neuron Cell {{[{]$}}
// CHECK-NEXT: {{^}}  /// Time constant.{{$}}
// CHECK-NEXT: {{^}}  ///{{$}}
// CHECK-NEXT: {{^}}  /// In milliseconds.{{$}}
// CHECK-NEXT: {{^}}  param tau = 20 ms{{$}}
// CHECK-NEXT: {{^}}}{{$}}
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}circuit C {{[{]$}}
// CHECK-NEXT: {{^}}  /// Inputs.{{$}}
// CHECK-NEXT: {{^}}  in a{{$}}
// CHECK-NEXT: {{^}}  /// Inputs.{{$}}
// CHECK-NEXT: {{^}}  in b{{$}}
// CHECK-NEXT: {{^}}}{{$}}
