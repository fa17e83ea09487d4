// A qualified name whose module lacks the declaration is reported at the name, with a suggestion from that module.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons as neurons

circuit Top {
  population E[8] : neurons.Mlf
// CHECK:      import-qualified-unknown-name.flux:[[@LINE-1]]:21: error: module 'stdlib.neurons' has no declaration named 'Mlf'; did you mean 'Mlif'?{{$}}
// CHECK-NEXT: {{^}}  population E[8] : neurons.Mlf{{$}}
// CHECK-NEXT: {{^}}                    ^~~~~~~~~~~{{$}}
}
// CHECK-NEXT: 1 error generated.
