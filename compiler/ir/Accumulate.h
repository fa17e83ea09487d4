// Summed inputs: the step engines' form of input handlers that only add the weight.
//
// A handler such as CubaLif's `if w > 0 mV { ge += w } else { gi += w }` changes state by a sum
// of the weights that reach the neuron in a step, whatever their order. The step engines (CPU
// and GPU) then do not run it once per input: each input adds its weight, in 64-bit fixed
// point, to one of the neuron's accumulators (which one `route` says), and once per step the
// neuron's accumulators, converted to float, run `apply`. Integer sums do not depend on the
// order of the inputs, which is what lets the GPU push spikes with atomic adds and still give
// the CPU's bits (docs/gpu.md, "Summed inputs").
//
// A handler qualifies when its statements are only
//   - `s += w` or `s -= w` (s a state variable, w the weight);
//   - `if` on the weight and constants alone (it routes an input to one accumulator);
//   - `if` without an `else` on parameters, the refractory flag and state that no handler
//     writes (it guards `apply`; such state does not change while the step's inputs arrive);
// and every path through it reaches at most one `s += w`.
#pragma once

#include "ir/Ir.h"

#include <optional>

namespace flux::ir {

struct Accumulation {
  std::uint32_t count = 0; // accumulators per neuron: `on direct`'s first, then `on modulator`'s
  /// Per input kind (0 direct, 1 modulator): `result` is the accumulator an input of weight
  /// `w` (Arg) adds to, as a real, or -1 when it changes nothing. The body is empty.
  Function route[2];
  /// Runs once per step on a neuron that received inputs: the handlers' guards, with each
  /// `s += w` reading `s += Acc(a)`, the step's sum of accumulator a.
  Function apply;
};

/// The kernel's summed form, or nullopt when an input handler does more than add its weight.
/// A kernel without `on direct` and `on modulator` has none.
std::optional<Accumulation> accumulation(const Kernel &kernel);

/// The accumulator a route sends an input of weight `w` to, computed on the host as the
/// single-precision kernels compute it (for the GPU's tables): -1 for none.
std::int32_t evaluateRoute(const Function &route, float w);

} // namespace flux::ir
