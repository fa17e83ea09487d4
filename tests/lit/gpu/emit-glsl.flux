// RUN: %fluxc --emit=glsl %s | FileCheck %s
// The step shader: buffers, one function per population, every real `precise`, division in
// double, the Poisson draw, and the gather of inputs in the step engine's order.

import stdlib.neurons

circuit Top {
  input noise[4] : poisson(rate = 200 Hz)
  population n[3] : Lif { i_e = 100 pA }
  connect noise -> n : direct(w = 50 pA, delay = 1 ms) with all_to_all()
  connect n -> n : direct(w = 10 pA, delay = 2 ms) with all_to_all()
}

// CHECK: #version 450
// CHECK: layout(local_size_x = 64) in;
// CHECK: layout(std430, binding = 0) buffer State { float st[]; };
// CHECK: const uint N = 7u;
// CHECK: const uint D = 21u;
// CHECK: bool flux_poisson_fires(uvec2 seed, uint stream, uint channel, uint step, uint threshold)
// CHECK: bool population0(uint j, uint i) {
// CHECK-NEXT:   return flux_poisson_fires(SEED, 0u, i, pc.step, uint(iv[POISSON_THRESHOLD + j]));
// CHECK: bool population1(uint j, uint i) {
// CHECK:   precise float s0 = st[0u + i];
// CHECK:   for (uint k = inStart[j]; k < kEnd; ++k) {
// CHECK:     if (hist[past * N + syn.x] == 0u) continue;
// CHECK:     precise float w = inW[k];
// CHECK:       s1 = flux_flush(s1);
// CHECK:   if ((touched || pc.step % 1u == 0u) &&
// CHECK:   refr = n < iv[REFRACTORY_UNTIL + j];
// CHECK: void main() {
// CHECK:   if (j < 4u) spiked = population0(j, j - 0u);
// CHECK:   else if (j < 7u) spiked = population1(j, j - 4u);
// CHECK:   hist[(pc.step % D) * N + j] = spiked ? 1u : 0u;
