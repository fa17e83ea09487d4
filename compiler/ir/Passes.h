// Simplifying passes over the Flux IR and its verifier. Each pass keeps the program valid:
// `verify` after any of them finds nothing (the driver checks that in every build).
#pragma once

#include "ir/Ir.h"
#include "support/Diagnostic.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace flux::ir {

/// Replaces each kernel's uniform parameters (and a synapse's uniform target parameters) with
/// constants and folds; evaluates `checked every`. With `dtMs` (the step engines) `dt` is a
/// constant too in neuron kernels, so `exp(-dt / tau)` becomes a number once, not a call per
/// step; synapse kernels keep `dt`, since a synapse is updated only when a spike reaches it.
/// Returns false iff an error was reported.
bool specialise(Program &program, std::optional<double> dtMs, DiagnosticEngine &diags);

/// Constant folding and algebraic simplification of one function: constant operands are
/// computed now, `if` with a constant condition keeps one branch, x*1, x+0, x-0 and x/1 lose
/// the no-op. Uses the arithmetic of double; the backends round constants to their precision.
void foldConstants(Function &fn, std::optional<double> dtMs);

/// A kernel's state variables that no observable result depends on (firing, delivery, host
/// calls, probes, a synapse reading it through `post.x`) are marked dead and their updates
/// removed. `observed` lists (kernel, state) pairs that probes read.
void eliminateDeadState(Program &program,
                        const std::vector<std::pair<std::uint32_t, std::uint32_t>> &observed);

/// For each kernel, the first kernel with exactly the same code (itself when none): backends
/// compile one copy and the populations that share it call that. Call after the passes.
std::vector<std::uint32_t> canonicalKernels(const Program &program);

/// Whether evaluating `id` calls the host (an `extern fn`): an effect that passes keep.
bool callsHost(const Function &fn, ExprId id);

/// Structural checks: operands defined before use, types (a local is read as what its `let`
/// assigns), indices in range, statements only where they mean something (`deliver` in
/// `on pre`, `fire` in input handlers, `burst` and `refractory for` in `on fire`, `dt` in
/// `evolve`). Returns one message per problem; empty means valid.
std::vector<std::string> verify(const Program &program);

} // namespace flux::ir
