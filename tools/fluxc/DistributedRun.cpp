#include "DistributedRun.h"

#include "distributed/MpiExchange.h"

namespace flux::tool {

void joinMpiJob(DistributedRun &run) {
  if (!run.exchange)
    run.exchange = rt::openMpiExchange();
}

std::unique_ptr<rt::Simulator> startDistributedRun(DistributedRun &run, rt::NetworkImage &whole,
                                                   const rt::Partition &partition,
                                                   const rt::RunOptions &options,
                                                   std::string &error) {
  joinMpiJob(run);
  rt::SpikeExchange &exchange = *run.exchange;
  std::uint64_t allAnd = 0;
  std::uint64_t allOr = 0;
  exchange.agree(rt::networkHash(whole), allAnd, allOr);
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
  run.wholeSynapses = exchange.sum(synapses);
  run.wholeSynapseBytes = exchange.sum(bytes);
  run.map = std::make_unique<rt::PartitionMap>(whole, partition);
  run.part = rt::partitionImage(whole, *run.map);
  run.sliceSteps = rt::exchangeSliceSteps(run.part, options.dtMs);
  auto simulator = rt::makeDistributedStepEngine(run.part, *run.map, options, exchange, error);
  // A process that cannot start (a spike train file it cannot read) stops them all.
  rt::SliceReport report;
  std::vector<std::uint64_t> none;
  report.failure = simulator ? "" : "process " + std::to_string(exchange.rank()) + ": " + error;
  exchange.exchange(none, report);
  if (!report.failure.empty()) {
    error = report.failure;
    return nullptr;
  }
  return simulator;
}

} // namespace flux::tool
