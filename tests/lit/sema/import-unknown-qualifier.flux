// A qualifier that is no imported module's name or alias is an error that suggests the import.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons as neurons

circuit Top {
  population E[8] : cells.Mlif
// CHECK:      import-unknown-qualifier.flux:[[@LINE-1]]:21: error: no imported module is called 'cells'; add 'import cells'{{$}}
// CHECK-NEXT: {{^}}  population E[8] : cells.Mlif{{$}}
// CHECK-NEXT: {{^}}                    ^~~~~~~~~~{{$}}
}
