// How the step engines (the CPU step engine and the GPU engine) round intervals to steps.
#pragma once

#include <cmath>
#include <cstdint>

namespace flux::rt {

/// A step count no run reaches: far enough for anything, small enough to add to a step.
inline constexpr std::int64_t kNeverSteps = std::int64_t{1} << 62;

/// An interval of `ms` as steps of `dtMs`: the boundary at or after it, at least one step. A
/// tiny tolerance keeps 0.8 / 0.1 at 8 steps. Computed in double (the GPU shader's
/// flux_steps_for does the same); what lies beyond any run (an infinite refractory period)
/// is kNeverSteps.
inline std::int64_t stepsFor(double ms, double dtMs) {
  const double steps = std::ceil(ms / dtMs - 1e-6);
  if (!(steps >= 1))
    return 1;
  return steps < static_cast<double>(kNeverSteps) ? static_cast<std::int64_t>(steps) : kNeverSteps;
}

} // namespace flux::rt
