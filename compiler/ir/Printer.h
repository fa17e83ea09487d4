// The Flux IR's text form (--emit=ir, --emit=ir-opt).
#pragma once

#include "ir/Ir.h"

#include <ostream>

namespace flux::ir {

/// Unspecialised: the models' code and each kernel's parameter bindings. Specialised: each
/// kernel's own code, after the passes.
void printProgram(const Program &program, std::ostream &out, bool specialised);

} // namespace flux::ir
