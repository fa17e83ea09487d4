// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'input name[size] : source(args)' declares an external spike source.

circuit Stim {
  input noise[100] : poisson(rate = 5 Hz)
  input clock : periodic(10 ms)
  input one : spikes
}

// CHECK:      Module "{{.*}}input-declaration.flux"
// CHECK-NEXT:   Circuit Stim <4:1>
// CHECK-NEXT:     Input noise <5:3>
// CHECK-NEXT:       Int 100 <5:15>
// CHECK-NEXT:       Source poisson() <5:22>
// CHECK-NEXT:         Arg rate <5:30>
// CHECK-NEXT:           Int 5 [Hz] <5:37>
// CHECK-NEXT:     Input clock <6:3>
// CHECK-NEXT:       Source periodic() <6:17>
// CHECK-NEXT:         Arg <6:26>
// CHECK-NEXT:           Int 10 [ms] <6:26>
// CHECK-NEXT:     Input one <7:3>
// CHECK-NEXT:       Source spikes <7:15>
// CHECK-NOT: {{.}}
