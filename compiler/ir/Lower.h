// lower: checked models + elaborated network -> Flux IR. Every neuron model that a population
// uses and every synapse model that a projection uses is lowered once (a synapse model once per
// target model, since `post.x` names a field of it), then one kernel per population and per
// synapse-model projection binds the parameters: a constant where the value is the same for
// every neuron (synapse), an array otherwise.
#pragma once

#include "elab/Network.h"
#include "ir/Ir.h"
#include "support/Diagnostic.h"

#include <optional>

namespace flux::ir {

/// Returns nullopt iff an error was reported. The program points into `network`, which must
/// outlive it.
std::optional<Program> lower(const elab::Network &network, DiagnosticEngine &diags);

} // namespace flux::ir
