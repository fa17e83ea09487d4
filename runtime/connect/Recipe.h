// How a projection's synapses were generated: the rule and its inputs. A library built by
// `fluxc build` stores this instead of the synapses of a large projection and regenerates
// them when it loads, with the same code and the same counter-based draws as elaboration, so
// a 100M-synapse network does not make a 1 GB library.
#pragma once

#include "connect/Connect.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace flux::rt {

enum class RuleKind : std::uint8_t {
  None, // not regenerable: a table, ports, or pairs removed after the rule ran
  AllToAll,
  OneToOne,
  Probability,
  FixedIndegree,
  FixedOutdegree,
  Ring,
  SmallWorld,
  Grid,
};

struct ConnectRecipe {
  RuleKind rule = RuleKind::None;
  RuleInput input;
  std::uint32_t k = 0; // fixed_indegree, fixed_outdegree, ring, small_world
  double p = 0;        // probability, small_world
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  double radius = 0; // grid
};

/// The synapses `recipe` makes; nullopt with `error` when its rule refuses the inputs.
std::optional<Connectivity> generate(const ConnectRecipe &recipe, std::string &error);

/// The synapses of `recipe` onto the targets `posts` (rising) only, over every source: the same
/// synapses generate() makes onto them. probability, fixed_indegree and all_to_all make just
/// those columns; the other rules generate everything and keep those (one process of a
/// distributed run).
std::optional<Connectivity> generateOnto(const ConnectRecipe &recipe,
                                         std::span<const std::uint32_t> posts, std::string &error);

} // namespace flux::rt
