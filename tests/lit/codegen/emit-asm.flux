// --emit=asm prints the host's assembly for the same module as --emit=llvm: one global
// symbol per kernel function.
// RUN: %fluxc --emit=asm %s | FileCheck %s
// RUN: %fluxc --emit=asm %s -o %t.s
// RUN: FileCheck %s < %t.s

neuron Leaky {
  param tau = 10 ms
  state v = 0.0
  evolve(dt) {
    v *= exp(-dt / tau)
  }
  on direct(w) {
    v += w
  }
  fire when v >= 1
}

circuit Top {
  population A[4] : Leaky
}

// CHECK-DAG: {{^}}flux_k0_evolve_e:
// CHECK-DAG: {{^}}flux_k0_input_e:
// CHECK-DAG: {{^}}flux_k0_cond_e:
// CHECK-DAG: {{^}}flux_k0_fire_e:
// CHECK-DAG: {{^}}flux_k0_evolve_s:
// CHECK-DAG: {{^}}flux_k0_evolve_all_s:
// CHECK-DAG: {{^}}flux_k0_update_s:
