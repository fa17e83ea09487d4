// RUN: %fluxc --emit=glsl %s | FileCheck %s
// The step shader: buffers, one function per kernel, every real `precise`, the Poisson draw,
// and the gather of inputs in the step engine's order (an electric input keeps `n` from
// summing its inputs: emit-glsl-summed.flux has the summed form).

import stdlib.neurons

circuit Top {
  input noise[4] : poisson(rate = 200 Hz)
  population n[3] : Lif { i_e = 100 pA }
  connect noise -> n : direct(w = 50 pA, delay = 1 ms) with all_to_all()
  connect n -> n : direct(w = 10 pA, delay = 2 ms) with all_to_all()
  connect noise -> n : electric(delay = 1 ms) with all_to_all()
}

// CHECK: #version 450
// CHECK: layout(local_size_x = 64) in;
// CHECK: layout(std430, binding = 0) buffer State { float st[]; };
// CHECK: const uint N = 7u;
// CHECK: const uint D = 21u;
// CHECK: bool flux_poisson_fires(uvec2 seed, uint stream, uint channel, uint step, uint threshold)
// One function per kernel; the population's arrays are its arguments.
// CHECK: bool neuron0(uint j, uint i, uint S0, uint S1, uint GAP, uint GRID) {
// CHECK:   precise float s0 = st[S0 + i];
// CHECK:   for (uint k = inStart[j]; k < kEnd; ++k) {
// CHECK:     if (hist[past * N + syn.x] == 0u) continue;
// CHECK:       w = uintBitsToFloat(inW[k]);
// CHECK:       s1 = flux_flush(s1);
// CHECK:   if ((touched || (GRID != 0u && pc.step % GRID == 0u)) && {{t[0-9]+}} && !refr) fired = true;
// CHECK:   refr = n < iv[REFRACTORY_UNTIL + j];
// Work is found through tables in a buffer: a binary search for the population, then one
// call per kernel.
// CHECK: const uint POP_FIRST = 0u;
// CHECK: void main() {
// CHECK:     if (tab[POP_FIRST + mid] <= j) lo = mid; else hi = mid;
// CHECK:   switch (tab[POP_KERNEL + e]) {
// CHECK:     spiked = neuron0(j, i, tab[POP_ARG0 + e], tab[POP_ARG1 + e], tab[POP_X0 + e], tab[POP_X1 + e]);
// CHECK:     spiked = flux_poisson_fires(SEED, tab[POP_X0 + e], i, pc.step, uint(iv[POISSON_THRESHOLD + j]));
// CHECK:   hist[(pc.step % D) * N + j] = spiked ? 1u : 0u;
