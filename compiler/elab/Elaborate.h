// elaborate: CheckedAst -> Network. Instantiates the top circuit with its arguments, unrolls
// `for` and `if` generators, expands populations and arrays of sub-circuits, resolves ports
// across nesting levels and applies the connectivity rules, with every random choice drawn
// from a counter-based generator keyed by (seed, projection, pre, post).
#pragma once

#include "distributed/Partition.h"

#include "elab/Network.h"
#include "sema/CheckedAst.h"
#include "support/Diagnostic.h"

#include <optional>
#include <ostream>
#include <string>

namespace flux::elab {

struct ElabOptions {
  std::string top;        // the circuit to instantiate; empty: the last one in the main file
  std::uint64_t seed = 1; // the network's random seed
  /// Networks whose synapses would need more memory than this are refused before allocation.
  std::uint64_t maxBytes = std::uint64_t{8} << 30;
  unsigned maxDepth = 64; // nesting of instances (a circuit that contains itself never ends)
  /// One process of a distributed run (docs/distributed.md): random rules make only the
  /// synapses onto this process's neurons (rt::ownsNeuron), drawn exactly as the whole network
  /// draws them.
  rt::Partition partition;
};

/// Returns nullopt iff an error was reported.
std::optional<Network> elaborate(const sema::CheckedAst &checked, const ElabOptions &options,
                                 DiagnosticEngine &diags);

struct NetworkPrintOptions {
  bool full = false; // every neuron's parameters and every synapse
};

/// --emit=network: populations, projections, degree statistics and memory, deterministically.
void printNetwork(const Network &network, std::ostream &out, const NetworkPrintOptions &options);

} // namespace flux::elab
