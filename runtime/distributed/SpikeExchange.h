// What the distributed step engine needs from the communication layer, so that runtime/engine
// does not depend on MPI: a collective exchange of the spikes of one slice of steps, which also
// carries each process's failure, stop request and work counter (distributed/MpiExchange.h is
// the MPI implementation; docs/distributed.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace flux::rt {

/// One process's news at the end of a slice, and after the exchange everyone's.
struct SliceReport {
  std::string failure;              // in: this process's run-time error; out: the first one
  bool stop = false;                // in: Ctrl-C here; out: on any process
  std::uint64_t synapticEvents = 0; // in: this process's count so far; out: the sum
};

class SpikeExchange {
public:
  virtual ~SpikeExchange() = default;
  virtual std::uint32_t rank() const = 0;
  virtual std::uint32_t size() const = 0;
  /// Collective: every process calls it once per slice, in the same order. `spikes` holds this
  /// process's spikes of the slice, sorted, each (step within the slice << 32 | global neuron
  /// index); on return it holds every process's, sorted.
  virtual void exchange(std::vector<std::uint64_t> &spikes, SliceReport &report) = 0;
  /// Collective: the bitwise AND and OR of every process's value (a network hash check).
  virtual void agree(std::uint64_t value, std::uint64_t &allAnd, std::uint64_t &allOr) = 0;
  /// Collective: the sum of every process's value.
  virtual std::uint64_t sum(std::uint64_t value) = 0;
  /// Collective: `values` becomes every process's values, process 0's first; `counts[k]` how
  /// many came from process k (probe samples, which each process takes of its own neurons).
  virtual void gather(std::vector<double> &values, std::vector<std::uint64_t> &counts) = 0;
};

} // namespace flux::rt
