// RUN: %fluxc --emit=glsl %s | FileCheck %s
// Summed inputs on the GPU (docs/gpu.md): Lif's `on direct` only adds its weight, so `n` takes
// a step's inputs from sums that the push phase adds to with 32-bit atomics and a carry, and
// runs the summed form once; nothing is gathered.

import stdlib.neurons

circuit Top {
  input noise[4] : poisson(rate = 200 Hz)
  population n[3] : Lif { i_e = 100 pA }
  connect noise -> n : direct(w = 50 pA, delay = 1 ms) with all_to_all()
  connect n -> n : direct(w = 10 pA, delay = 2 ms) with all_to_all()
}

// CHECK: layout(std430, binding = 12) buffer Sums { uint sums[]; };
// CHECK: bool neuronSummed0(uint j, uint i, uint S0, uint S1, uint ACC, uint SIZE, uint GAP, uint GRID) {
// CHECK-NOT: inStart
// CHECK:   if (sumTouched[slot * N + j] != 0u) {
// CHECK:     int k = iv[SUM_EXPONENT + j];
// CHECK:     precise float acc0 = float(ldexp(double(int(sums[at0 + 1u])) * 4294967296.0LF + double(sums[at0]), -k));
// CHECK:       precise float [[T:t[0-9]+]] = s1 + acc0;
// CHECK:       s1 = [[T]];
// CHECK: void main() {
// CHECK:   if (pc.phase == 5u) {
// CHECK:         uint before = atomicAdd(sums[at], p.z);
// CHECK:         uint high = p.w + (before + p.z < before ? 1u : 0u);
// CHECK:         if (high != 0u) atomicAdd(sums[at + 1u], high);
// CHECK:     spiked = neuronSummed0(j, i, tab[POP_ARG0 + e], tab[POP_ARG1 + e], tab[POP_ARG2 + e], tab[POP_ARG3 + e], tab[POP_X0 + e], tab[POP_X1 + e]);
