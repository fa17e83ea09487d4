// RUN: %fluxc --emit=ast %s | FileCheck %s
// Imports of a file path given as a string, with escapes decoded, with and without 'as'.

import "lib/cortex.flux" as cortex
import "odd \"name\".flux"

// CHECK:      Module "{{.*}}import-string-path.flux"
// CHECK-NEXT:   Import "lib/cortex.flux" as cortex <4:1>
// CHECK-NEXT:   Import "odd \"name\".flux" <5:1>
// CHECK-NOT: {{.}}
