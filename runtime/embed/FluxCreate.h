// Private to the runtime: flux_create's work with the engine left to the caller, so that
// flux_create_distributed (flux/flux_mpi.h, in fluxrt_mpi) shares it.
#pragma once

#include "engine/Simulator.h"
#include "flux/flux.h"

#include <functional>
#include <memory>
#include <string>

namespace flux::rt {

/// An engine for a simulator, over `image` (the loaded network, or a part of it that `keep`
/// holds along with whatever else the engine needs).
struct MadeEngine {
  std::unique_ptr<Simulator> engine;
  NetworkImage *image = nullptr;
  std::shared_ptr<void> keep;
  bool distributed = false;
};

/// Makes the engine from the loaded, bound network; on failure returns no engine with `error`
/// and `status`.
using EngineMaker =
    std::function<MadeEngine(NetworkImage &network, const flux_options &options,
                             const RunOptions &run, std::string &error, flux_status &status)>;

/// flux_create: checks the arguments, loads and binds the network (regenerating its large
/// projections first when `regenerate`), and makes the engine with `make`. Errors name `caller`.
flux_status createSimulator(const char *caller, const flux_network *network,
                            const flux_options *options, flux_sim **out, bool regenerate,
                            const EngineMaker &make);

} // namespace flux::rt
