// How the step engines (the CPU step engine and the GPU engine) round intervals to steps.
#pragma once

#include "engine/NetworkImage.h"
#include "io/NumberText.h"

#include <cmath>
#include <cstdint>
#include <string>

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

/// The step engines draw whether a Poisson source fires in a step, with probability rate * dt:
/// at most one spike a step. A source at 1 / dt or faster would fire at every step, a regular
/// source in disguise, so its network is refused, naming the source; "" when every source is
/// slower. (The event engine draws exact times and takes any rate.)
inline std::string poissonTooFastForSteps(const NetworkImage &net, double dtMs) {
  for (const PopulationImage &pop : net.populations) {
    if (pop.kind != PopulationKind::Poisson)
      continue;
    for (std::size_t i = 0; i < pop.rate.size(); ++i) {
      if (!(pop.rate[i] * dtMs >= 1))
        continue;
      const auto hz = [](double perMs) { return std::to_string(std::llround(perMs * 1000)); };
      return "input " + pop.name + (pop.rate.size() > 1 ? "[" + std::to_string(i) + "]" : "") +
             " is a Poisson source of " + hz(pop.rate[i]) + " Hz, but a step of " +
             shortestText(dtMs) +
             " ms holds at most one spike of a source: it would fire at "
             "every step (" +
             hz(1 / dtMs) +
             " Hz), like a regular source. Lower its rate below "
             "1 / dt, split it into several sources, use a smaller --dt, or run it on the event "
             "engine";
    }
  }
  return "";
}

} // namespace flux::rt
