// `fluxc run FILE`: JIT-compile the network, simulate it on the chosen engine, record and
// summarise (docs/running.md).
#pragma once

#include "Options.h"
#include "support/Diagnostic.h"
#include "support/SourceManager.h"

namespace flux::tool {

/// Returns the process exit status: 0 when the run completed and every output was written.
int runCommand(const CommandLine &cl, SourceManager &sources, DiagnosticEngine &diags);

} // namespace flux::tool
