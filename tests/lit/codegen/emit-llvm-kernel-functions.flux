// --emit=llvm prints the optimised LLVM module for both engines: each kernel's functions
// with the ABI of runtime/core/KernelAbi.h, `flux_k<kernel>_<function>_<e|s>`, in double
// precision for the event engine (`_e`) and in single precision for the step engines (`_s`),
// whose population loops the loop vectoriser turns into vector code for this host.
// RUN: %fluxc --emit=llvm %s | FileCheck %s
// RUN: %fluxc --emit=llvm %s | FileCheck --check-prefix=ONLY %s
// RUN: %fluxc --emit=llvm %s | FileCheck --check-prefix=VECTOR %s

neuron Leaky {
  param threshold = 1.0
  param tau = 10 ms
  state v = 0.0
  evolve(dt) {
    v *= exp(-dt / tau)
  }
  on direct(w) {
    v += w
  }
  fire when v >= threshold
  on fire {
    v = 0.0
    refractory for 2 ms
  }
}

circuit Top {
  population A[4] : Leaky
  population B[3] : Leaky { threshold = uniform(0.5, 1.5) }
  A -> B : direct(w = 0.2)
}

// Event engine, double precision: evolve(data, i, dt, refractory) and the others.
// CHECK-DAG: define void @flux_k0_evolve_e(ptr {{[^,]*}}, i64 {{[^,]*}}, double {{[^,]*}}, i32 {{[^,]*}})
// CHECK-DAG: define {{.*}}i32 @flux_k0_input_e(ptr {{[^,]*}}, i64 {{[^,]*}}, i32 {{[^,]*}}, double {{[^,]*}}, i32 {{[^,]*}})
// CHECK-DAG: define {{.*}}i32 @flux_k0_cond_e(ptr {{[^,]*}}, i64 {{[^,]*}}, i32 {{[^,]*}})
// CHECK-DAG: define void @flux_k0_fire_e(ptr {{[^,]*}}, i64 {{[^,]*}}, i32 {{[^,]*}}, ptr {{[^,]*}})
// CHECK-DAG: define void @flux_k0_grid_e(
// CHECK-DAG: define void @flux_k0_deliver_e(
// CHECK-DAG: define void @flux_k1_evolve_e(
// Step engines, single precision: the scalar functions and the population loops.
// CHECK-DAG: define void @flux_k0_evolve_s(ptr {{[^,]*}}, i64 {{[^,]*}}, float {{[^,]*}}, i32 {{[^,]*}})
// CHECK-DAG: define {{.*}}i32 @flux_k0_input_s(ptr {{[^,]*}}, i64 {{[^,]*}}, i32 {{[^,]*}}, float {{[^,]*}}, i32 {{[^,]*}})
// CHECK-DAG: define void @flux_k0_update_s(ptr {{[^,]*}}, i64 {{[^,]*}}, i64 {{[^,]*}}, ptr {{[^,]*}}, i32 {{[^,]*}}, ptr {{[^,]*}}, ptr {{[^,]*}}, i32 {{[^,]*}})
// CHECK-DAG: define void @flux_k0_evolve_all_s(ptr {{[^,]*}}, i64 {{[^,]*}}, i64 {{[^,]*}}, ptr {{[^,]*}}, i32 {{[^,]*}}, float {{[^,]*}})
// CHECK-DAG: define void @flux_k0_deliver_s(
// CHECK-DAG: define void @flux_k1_evolve_all_s(
// The grid exists for `_e` only, the population loops for `_s` only.
// ONLY-NOT: @flux_k{{[0-9]+}}_grid_s(
// ONLY-NOT: @flux_k{{[0-9]+}}_update_e(
// ONLY-NOT: @flux_k{{[0-9]+}}_evolve_all_e(

// With dt folded, the step engine's evolve of every neuron is one multiplication by
// exp(-0.1 / 10) rounded to float, on vectors of floats.
// VECTOR-LABEL: define void @flux_k0_evolve_all_s(
// VECTOR:         fmul <{{[0-9]+}} x float> %{{[^,]+}}, <float 0x3FEFAE7D00000000,
// VECTOR:       }
