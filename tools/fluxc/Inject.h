// `fluxc run --inject FILE`: value and current injection. Each line of the CSV file sets a
// neuron's state variable (a value) or a parameter (a bias current such as `i_e`) at a time:
//
//   time_ms,target,value
//   10,Top.E.i_e,200          # every neuron of Top.E from 10 ms on (base units: pA)
//   60,Top.E.i_e,0
//   25,Top.E[3].v,-55         # one neuron's state
#pragma once

#include "elab/Network.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace flux::tool {

struct Injection {
  double timeMs = 0;
  std::uint32_t population = 0;
  std::uint32_t begin = 0; // local indices [begin, end)
  std::uint32_t end = 0;
  bool parameter = false;
  std::uint32_t index = 0; // of the model's parameter or state variable
  double value = 0;        // base units (ms, mV, pA, nS, pF)
};

/// A finite number written alone (`-55`, `0.2`, `1e3`); nullopt for anything else.
std::optional<double> parseNumber(const std::string &text);

/// `Top.E.i_e` (every neuron of Top.E), `Top.E[3].v` (one), `Top.a.level` (a population of
/// one) -> the neurons and the variable (timeMs and value left 0); nullopt with `error`.
std::optional<Injection> resolveTarget(const elab::Network &net, const std::string &target,
                                       std::string &error);

/// The file's injections in time order (stable for equal times), or nullopt with `error`
/// (`file:line: what is wrong`).
std::optional<std::vector<Injection>>
loadInjections(const std::string &path, const elab::Network &network, std::string &error);

} // namespace flux::tool
