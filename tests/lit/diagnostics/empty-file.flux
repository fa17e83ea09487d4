// RUN: %python -c "open(r'%t.flux', 'w').close()" 
// RUN: %fluxc check %t.flux 2>&1 | count 0
// RUN: %fluxc --emit=ast %t.flux | FileCheck %s
// RUN: %fluxc --emit=source %t.flux | count 0
// RUN: %fluxc check %s 2>&1 | count 0
// An empty file, or one with only comments (like this one), is valid: no output, an empty Module.

// CHECK:      {{^}}Module "{{.*}}.flux"{{$}}
// CHECK-NOT:  {{.}}
