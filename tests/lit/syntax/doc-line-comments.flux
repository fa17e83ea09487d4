// RUN: %fluxc --emit=ast %s | FileCheck %s
// '///' lines before a declaration are its Doc (trimmed, blank '///' kept); '////' and '//' are not.

////////////////////////////////
/// Leaky integrate-and-fire.
///
///   Second paragraph.
// not documentation
neuron Lif {
  /// Membrane time constant.
  param tau = 20 ms
  param undocumented = 1
}

// CHECK:      Module "{{.*}}doc-line-comments.flux"
// CHECK-NEXT:   Neuron Lif <9:1>
// CHECK-NEXT:     Doc "Leaky integrate-and-fire.\n\nSecond paragraph."
// CHECK-NEXT:     Param tau <11:3>
// CHECK-NEXT:       Doc "Membrane time constant."
// CHECK-NEXT:       Int 20 [ms] <11:15>
// CHECK-NEXT:     Param undocumented <12:3>
// CHECK-NEXT:       Int 1 <12:24>
// CHECK-NOT: {{.}}
