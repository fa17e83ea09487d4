// RUN: %fluxc --emit=ast %s | FileCheck %s
// 'extern input/output name[size]' and 'extern fn f(x: T) -> R', at top level and in circuits.

extern input camera[64 * 64]
extern output motor
extern fn rand(lo: real, hi: real) -> real
extern fn log_spike(id: int)
extern fn now() -> time

circuit Robot {
  extern input sensors[8];
  extern output wheels[2]
}

// CHECK:      Module "{{.*}}extern-declarations.flux"
// CHECK-NEXT:   ExternInput camera <4:1>
// CHECK-NEXT:     Binary * <4:21>
// CHECK-NEXT:       Int 64 <4:21>
// CHECK-NEXT:       Int 64 <4:26>
// CHECK-NEXT:   ExternOutput motor <5:1>
// CHECK-NEXT:   ExternFn rand(lo : real, hi : real) -> real <6:1>
// CHECK-NEXT:   ExternFn log_spike(id : int) <7:1>
// CHECK-NEXT:   ExternFn now() -> time <8:1>
// CHECK-NEXT:   Circuit Robot <10:1>
// CHECK-NEXT:     ExternInput sensors <11:3>
// CHECK-NEXT:       Int 8 <11:24>
// CHECK-NEXT:     ExternOutput wheels <12:3>
// CHECK-NEXT:       Int 2 <12:24>
// CHECK-NOT: {{.}}
