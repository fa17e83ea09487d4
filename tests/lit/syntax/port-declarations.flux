// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'in a, b[4]' declares one port per name, located at the name; 'out' ports likewise.

circuit Ports {
  in a, b[4]
  out spikes[n * 2];
  out done
}

// CHECK:      Module "{{.*}}port-declarations.flux"
// CHECK-NEXT:   Circuit Ports <4:1>
// CHECK-NEXT:     Port in a <5:6>
// CHECK-NEXT:     Port in b <5:9>
// CHECK-NEXT:       Int 4 <5:11>
// CHECK-NEXT:     Port out spikes <6:7>
// CHECK-NEXT:       Binary * <6:14>
// CHECK-NEXT:         Name n <6:14>
// CHECK-NEXT:         Int 2 <6:18>
// CHECK-NEXT:     Port out done <7:7>
// CHECK-NOT: {{.}}
