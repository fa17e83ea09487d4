#include "distributed/Start.h"

namespace flux::rt {

std::unique_ptr<Simulator> startDistributed(NetworkImage &whole, const Partition &partition,
                                            const RunOptions &options, SpikeExchange &exchange,
                                            DistributedPart &part, std::string &error) {
  std::uint64_t allAnd = 0;
  std::uint64_t allOr = 0;
  exchange.agree(networkHash(whole), allAnd, allOr);
  if (allAnd != allOr) {
    error = "the " + std::to_string(exchange.size()) +
            " processes of this run elaborated different networks (their fingerprints differ): "
            "start every process with the same fluxc, .flux files, --seed and --dt";
    return nullptr;
  }
  std::uint64_t synapses = 0;
  std::uint64_t bytes = 0;
  for (const auto &proj : whole.projections)
    if (!proj.output) {
      synapses += proj.synapseCount();
      bytes += proj.bytes();
    }
  part.wholeSynapses = exchange.sum(synapses);
  part.wholeSynapseBytes = exchange.sum(bytes);
  part.map = std::make_unique<PartitionMap>(whole, partition);
  part.image = partitionImage(whole, *part.map);
  part.sliceSteps = exchangeSliceSteps(part.image, options.dtMs);
  auto simulator = makeDistributedStepEngine(part.image, *part.map, options, exchange, error);
  // A process that cannot start (a spike train file it cannot read) stops them all.
  SliceReport report;
  std::vector<std::uint64_t> none;
  report.failure = simulator ? "" : "process " + std::to_string(exchange.rank()) + ": " + error;
  exchange.exchange(none, report);
  if (!report.failure.empty()) {
    error = report.failure;
    return nullptr;
  }
  return simulator;
}

} // namespace flux::rt
