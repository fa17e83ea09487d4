// Summed inputs in the step engines (CPU and GPU): the populations whose inputs of a step are
// added up in 64-bit fixed point and applied once (compiler/ir/Accumulate.h says which input
// handlers allow it), and the fixed point each neuron uses.
//
// An input of weight w adds trunc(w * 2^k) (the float product, truncated to an integer) to
// one of its target's accumulators; once per step the neuron's code runs with each sum as
// (float)((double)sum * 2^-k). Integer sums do not depend on the order of the inputs, so a GPU
// may add them with atomics and still give the CPU's bits. k is chosen per neuron from its
// incoming synapses, n of them with |w| <= m: the largest k with 2 n m 2^k <= 2^53 (clamped to
// [-100, 100]), so a step's sum stays exact in a double even if every input arrives twice, and
// a weight keeps about 52 - log2(n) bits relative to the largest one.
#pragma once

#include "engine/NetworkImage.h"
#include "engine/Topology.h"

#include <cstdint>
#include <vector>

namespace flux::rt {

/// Per population: its inputs are summed. That needs a kernel with the summed form, and every
/// projection onto it static (no synapse model) and of kind direct or modulator.
std::vector<bool> summedPopulations(const NetworkImage &net);

/// Per population (empty for those not summed), per neuron: the exponent k of its fixed point.
std::vector<std::vector<std::int32_t>>
summedExponents(const NetworkImage &net, const Topology &topology, const std::vector<bool> &summed);

/// An input's share of an accumulator: the float product w * 2^k truncated, as the kernels'
/// `accumulate` computes it (for tables built on the host).
inline std::int64_t quantizeInput(float w, float scale) {
  return static_cast<std::int64_t>(w * scale);
}

} // namespace flux::rt
