// A cycle through three files (x -> y -> z -> x): one error, with a note for every import of the chain in order.
// RUN: rm -rf %t && split-file %s %t
// RUN: not %fluxc check %t/x.flux 2>&1 | FileCheck --strict-whitespace %s

// CHECK:      {{^}}{{.*}}z.flux:3:1: error: import cycle: 'x.flux' is already being imported{{$}}
// CHECK-NEXT: {{^}}import "x.flux"{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~~~~~~~~{{$}}
// CHECK-NEXT: {{^}}{{.*}}x.flux:1:1: note: imported from here{{$}}
// CHECK-NEXT: {{^}}import "y.flux"{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~~~~~~~~{{$}}
// CHECK-NEXT: {{^}}{{.*}}y.flux:2:1: note: imported from here{{$}}
// CHECK-NEXT: {{^}}import "z.flux"{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~~~~~~~~{{$}}
// CHECK-NEXT: {{^}}{{.*}}z.flux:3:1: note: which imports 'x.flux' again here{{$}}
// CHECK-NEXT: {{^}}import "x.flux"{{$}}
// CHECK-NEXT: {{^}}^~~~~~~~~~~~~~~{{$}}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

//--- x.flux
import "y.flux"
//--- y.flux
// y
import "z.flux"
//--- z.flux
// z
// z
import "x.flux"
