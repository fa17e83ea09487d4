// Kernels whose code is the same after the passes are compiled once and shared: here the
// synapse kernels onto B and onto D (both read post.gain = 2), while the one onto C, whose
// folded post.gain is 3, has code of its own even though its own bindings are the same
// (this used to share B's code, and C received 1 instead of 1.5 per spike). Neuron kernels
// with different parameter values do not share.
// RUN: %fluxc --emit=ir %s | FileCheck --check-prefix=IR %s
// RUN: %fluxc --emit=llvm %s | FileCheck %s
// RUN: %fluxc --emit=llvm %s | FileCheck --check-prefix=SHARED %s
// RUN: %fluxc run %s -q --time 4ms --probe 'Top.B[0].v' --probe 'Top.C[0].v' \
// RUN:   --probe 'Top.D[0].v' --probe-output %t.event.csv
// RUN: FileCheck --check-prefix=EVENT %s < %t.event.csv
// RUN: %fluxc run %s -q --engine step --time 4ms --probe 'Top.B[0].v' --probe 'Top.C[0].v' \
// RUN:   --probe 'Top.D[0].v' --probe-output %t.step.csv
// RUN: FileCheck --check-prefix=STEP %s < %t.step.csv

neuron Target {
  param gain = 1.0
  state v = 0.0
  on direct(w) {
    v += w
  }
  on electric { fire }
  fire when v >= 100
}

synapse Scaled {
  param w: real
  param delay = 1 ms
  param kind = "direct"
  on pre {
    deliver(w * post.gain)
  }
}

circuit Top {
  input drive : regular(rate = 1 kHz)
  population A[1] : Target
  population B[1] : Target { gain = 2.0 }
  population C[1] : Target { gain = 3.0 }
  population D[1] : Target { gain = 2.0 }
  drive -> A : electric
  A -> B : Scaled(w = 0.5)
  A -> C : Scaled(w = 0.5)
  A -> D : Scaled(w = 0.5)
}

// IR:      kernel Top.A : Target neurons 1
// IR-NEXT:   param gain = 1
// IR:      kernel Top.B : Target neurons 1
// IR:      kernel Top.C : Target neurons 1
// IR:      kernel Top.D : Target neurons 1
// IR:      kernel Top.A->Top.B : Scaled synapses 1
// IR:      kernel Top.A->Top.C : Scaled synapses 1
// IR:      kernel Top.A->Top.D : Scaled synapses 1

// Kernels 0 to 3 are the populations, 4 to 6 the projections.
// CHECK-DAG: define {{.*}}@flux_k0_input_e(
// CHECK-DAG: define {{.*}}@flux_k1_input_e(
// CHECK-DAG: define {{.*}}@flux_k2_input_e(
// CHECK-DAG: define {{.*}}@flux_k4_pre_e(
// CHECK-DAG: define {{.*}}@flux_k5_pre_e(
// CHECK-DAG: define {{.*}}@flux_k4_pre_s(
// CHECK-DAG: define {{.*}}@flux_k5_pre_s(

// D shares B's code, A->D shares A->B's.
// SHARED-NOT: @flux_k3_
// SHARED-NOT: @flux_k6_

// A fires at 1, 2, 3 ms (electric input), each spike reaching B, C and D 1 ms later.
// EVENT:      time_ms,Top.B[0].v,Top.C[0].v,Top.D[0].v
// EVENT-NEXT: 0,0,0,0
// EVENT-NEXT: 1,0,0,0
// EVENT-NEXT: 2,1,1.5,1
// EVENT-NEXT: 3,2,3,2

// STEP:      time_ms,Top.B[0].v,Top.C[0].v,Top.D[0].v
// STEP:      3,1,1.5,1
