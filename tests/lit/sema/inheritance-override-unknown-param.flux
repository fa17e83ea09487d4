// An override `name = value` in a derived model must name an inherited parameter or state; a misspelt one is an error with a suggestion.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Base {
  param threshold = 1.0
  state v = 0.0
}

neuron Derived extends Base {
  threshhold = 0.5
// CHECK:      {{^.*}}inheritance-override-unknown-param.flux:[[@LINE-1]]:3: error: 'threshhold' is not a parameter or state of 'Base'; declare it with 'param threshhold = ...'; did you mean 'threshold'?{{$}}
// CHECK-NEXT: {{^}}  threshhold = 0.5{{$}}
// CHECK-NEXT: {{^}}  ^~~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
