// Two files that import each other: an import cycle reported at the import that closes it, with a note for each step of the chain.
// RUN: rm -rf %t && split-file %s %t
// RUN: not %fluxc check %t/a.flux 2>&1 | FileCheck --strict-whitespace %s

// CHECK:      {{^}}{{.*}}b.flux:2:1: error: import cycle: 'a.flux' is already being imported{{$}}
// CHECK-NEXT: {{^}}import "a.flux"{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~~~~~~~~{{$}}
// CHECK-NEXT: {{^}}{{.*}}a.flux:1:1: note: imported from here{{$}}
// CHECK-NEXT: {{^}}import "b.flux"{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~~~~~~~~{{$}}
// CHECK-NEXT: {{^}}{{.*}}b.flux:2:1: note: which imports 'a.flux' again here{{$}}
// CHECK-NEXT: {{^}}import "a.flux"{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~~~~~~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

//--- a.flux
import "b.flux"
neuron A { param x = 1.0 }
//--- b.flux
neuron B { param y = 1.0 }
import "a.flux"
