// RUN: rm -f %t.ast
// RUN: %fluxc --emit=ast -o %t.ast %s | count 0
// RUN: FileCheck %s < %t.ast
// RUN: %fluxc --emit=ast --output %t.ast %s
// RUN: FileCheck %s < %t.ast
// -o FILE (or --output FILE) writes the --emit output to FILE, replacing it, and nothing to stdout.

let k = 1

// CHECK:      {{^}}Module "{{.*}}output-file.flux"{{$}}
// CHECK-NEXT: {{^}}  Let k <8:1>{{$}}
// CHECK-NEXT: {{^}}    Int 1 <8:9>{{$}}
// CHECK-NOT:  {{.}}
