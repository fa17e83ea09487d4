// RUN: %fluxc --emit=ast %s | FileCheck %s
// A '/** */' block before a declaration is its Doc, '*' margins and blank lines dropped; '/* */' isn't.

/**
 * Excitatory column.
 * Has two layers.
 */
circuit Column { }

/* not documentation */
circuit Plain { }

/** One line. */
let k = 1

// CHECK:      Module "{{.*}}doc-block-comment.flux"
// CHECK-NEXT:   Circuit Column <8:1>
// CHECK-NEXT:     Doc "Excitatory column.\nHas two layers."
// CHECK-NEXT:   Circuit Plain <11:1>
// CHECK-NEXT:   Let k <14:1>
// CHECK-NEXT:     Doc "One line."
// CHECK-NEXT:     Int 1 <14:9>
// CHECK-NOT: {{.}}
