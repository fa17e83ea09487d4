// An unknown neuron model is reported at its name, with the closest visible name (here from an import) as a suggestion.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Top {
  population E[10] : FastMlf
// CHECK:      {{^.*}}unknown-model-did-you-mean.flux:[[@LINE-1]]:22: error: unknown neuron model 'FastMlf'; did you mean 'FastMlif'?{{$}}
// CHECK-NEXT: {{^}}  population E[10] : FastMlf{{$}}
// CHECK-NEXT: {{^}}                     ^~~~~~~{{$}}
  neuron a : Completely
// CHECK-NEXT: {{^.*}}unknown-model-did-you-mean.flux:[[@LINE-1]]:14: error: unknown neuron model 'Completely'{{$}}
// CHECK-NEXT: {{^}}  neuron a : Completely{{$}}
}
// CHECK-NEXT: {{^}}  {{ +}}^~~~~~~~~~{{$}}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
