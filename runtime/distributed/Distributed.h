// Distributed runs (docs/distributed.md): each process runs the step engine on its part of the
// network (distributed/Partition.h) and exchanges spikes with the others through a
// SpikeExchange, in slices of the shortest delay. The spikes every process hands its observer,
// in the same order on every process, are exactly those of a single-process run.
#pragma once

#include "distributed/Partition.h"
#include "distributed/SpikeExchange.h"
#include "engine/Simulator.h"

#include <memory>
#include <string>

namespace flux::rt {

/// The step engine over `part` (partitionImage(whole, map)), which must outlive it, as one of
/// exchange.size() processes. Every process must make the same calls in the same order:
/// advance (with the same times) and checkState are collective. setValue, getValue,
/// injectSpike and checkpoints are for single-process runs.
/// How many steps the processes run between exchanges: the shortest delay in steps (at least
/// one), or one when the network has synapse models.
std::int64_t exchangeSliceSteps(const NetworkImage &network, double dtMs);

std::unique_ptr<Simulator> makeDistributedStepEngine(const NetworkImage &part,
                                                     const PartitionMap &map,
                                                     const RunOptions &options,
                                                     SpikeExchange &exchange, std::string &error);

} // namespace flux::rt
