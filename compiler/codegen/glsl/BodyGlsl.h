// One Flux IR function body as GLSL statements that compute, bit for bit, what the LLVM
// backend's single-precision code computes (docs/gpu.md, "The numeric contract"):
//   - every real is a `precise float` temporary (SPIR-V NoContraction: no fused multiply-add,
//     no reassociation), one operation each, in the IR's order;
//   - division is done in double and rounded once to float, which is the correctly rounded
//     float quotient (Vulkan allows float division 2.5 ULP of error, the CPU has none);
//   - min, max, round and mod are spelled out as the LLVM backend defines them;
//   - exp() of run-time values is the fixed float sequence of ir/StepExp.h on both backends;
//     other transcendental functions of run-time values are refused (the compiler folds those
//     of `dt` and uniform parameters into constants computed once on the host).
#pragma once

#include "ir/Ir.h"

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

namespace flux::glsl {

/// A float as a GLSL literal that parses back to the same bits.
std::string floatLiteral(float value);
/// A double as a GLSL `LF` literal that parses back to the same bits.
std::string doubleLiteral(double value);

/// The names an inlined body uses.
struct BodyNames {
  std::vector<std::string> state;  // per state variable; empty: dead (reads as 0)
  std::vector<std::string> param;  // per parameter: an expression reading it
  std::string arg = "w";           // the handler's weight
  std::string refractory = "refr"; // bool
  float dt = 0;
  std::string dtExpr; // when `dt` varies (a synapse brought up to date): a float expression
  std::vector<std::string> postState; // synapse models: the target neuron's state
  std::string delivered;              // synapse models' `on pre`: the float and bool that
  std::string didDeliver;             // `deliver` sets
  std::string fired = "fired";        // `fire`
  std::string refractoryMs = "outRef";
  std::string burstCount = "outCount";
  std::string burstGap = "outGap";
  std::vector<std::string> acc; // summed inputs (ir/Accumulate.h): per accumulator, a float
};

class BodyGlsl {
public:
  BodyGlsl(std::ostringstream &out, const ir::Function &fn, const BodyNames &names,
           std::string context, int indent, unsigned &counter)
      : out(out), fn(fn), names(names), context(std::move(context)), indent(indent),
        counter(counter) {}

  /// Emits `{ locals; body; flush of the state it assigned }`; false (and `error`) when the
  /// body needs something the GPU cannot reproduce.
  bool emitBody(std::string &error);
  /// Emits the statements computing `fn.result` (a condition) and returns its name; the
  /// caller opens the scope.
  bool emitResult(std::string &name, std::string &error);

private:
  std::string expr(ir::ExprId id);
  std::string stepExp(const std::string &x);
  void block(const ir::Block &stmts);
  void stmt(const ir::Stmt &s);
  std::string temp(ir::Type type, const std::string &value);
  void line(const std::string &text);
  void declareLocals();

  std::ostringstream &out;
  const ir::Function &fn;
  const BodyNames &names;
  std::string context; // "population 'X', on fire": for errors
  int indent;
  unsigned &counter;
  std::string prefix; // of this body's locals
  std::string failure;
};

} // namespace flux::glsl
