// `fluxc build FILE`: a network compiled ahead of time into a library for embedding.
#pragma once

#include "Options.h"

#include "support/Diagnostic.h"
#include "support/SourceManager.h"

namespace flux::tool {

/// Returns the exit status (0 on success).
int buildCommand(const CommandLine &cl, SourceManager &sources, DiagnosticEngine &diags);

} // namespace flux::tool
