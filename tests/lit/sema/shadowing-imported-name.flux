// Declaring a name that an unaliased import already makes visible is an error that points at the imported declaration.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

neuron FastMlif { param threshold = 0.5 }
// CHECK:      {{^.*}}shadowing-imported-name.flux:[[@LINE-1]]:8: error: 'FastMlif' shadows the declaration imported from 'stdlib.neurons'; rename it, or import the module with 'as' and refer to it as 'neurons.FastMlif'{{$}}
// CHECK-NEXT: {{^}}neuron FastMlif { param threshold = 0.5 }{{$}}
// CHECK-NEXT: {{^}}       ^~~~~~~~{{$}}
// CHECK-NEXT: {{^.*}}neurons.flux:{{[0-9]+}}:8: note: the imported declaration is here{{$}}
// CHECK-NEXT: {{^}}neuron FastMlif extends Mlif {{[{]}}{{$}}
// CHECK-NEXT: {{^}}       ^~~~~~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}
