// In a derived circuit, an override must name a parameter of the base; a misspelt one is an error with a suggestion.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

circuit Cortex(columns: int = 4) { }
circuit BigCortex extends Cortex {
  colums = 8
// CHECK:      {{^.*}}circuit-override-unknown-param.flux:[[@LINE-1]]:3: error: 'colums' is not a parameter of circuit 'BigCortex'; did you mean 'columns'?{{$}}
// CHECK-NEXT: {{^}}  colums = 8{{$}}
// CHECK-NEXT: {{^}}  ^~~~~~{{$}}
}
