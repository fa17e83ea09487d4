// Kernels that are the same code: many populations of a network share a model and its
// parameter values (64 columns of one `Column` circuit), and compiling each separately would
// make compile time grow with the network rather than with the models.
#include "ir/Passes.h"

#include <map>
#include <string>
#include <tuple>

namespace flux::ir {
namespace {

/// The bytes of a value: exact, so 0.0 and -0.0 (which the code can tell apart) differ.
template <class T>
void put(std::string &out, const T &value) {
  out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

void putBlock(std::string &out, const Block &block) {
  put(out, block.size());
  for (const Stmt &s : block) {
    put(out, s.op);
    put(out, s.index);
    put(out, s.value);
    put(out, s.value2);
    putBlock(out, s.thenBody);
    putBlock(out, s.elseBody);
  }
}

/// A kernel's code after the passes. The bindings alone do not determine it: a synapse
/// kernel's code holds its targets' parameters (`post.x`), folded.
std::string code(const Kernel &kernel) {
  std::string out;
  for (const Function &fn : kernel.functions) {
    put(out, fn.kind);
    put(out, fn.result);
    put(out, fn.locals.size());
    put(out, fn.exprs.size());
    for (const Expr &e : fn.exprs) {
      put(out, e.op);
      put(out, e.type);
      put(out, e.index);
      put(out, e.value);
      put(out, e.operands);
      put(out, e.args.size());
      for (ExprId a : e.args)
        put(out, a);
    }
    putBlock(out, fn.body);
  }
  return out;
}

} // namespace

std::vector<std::uint32_t> canonicalKernels(const Program &program) {
  // Everything a kernel's code is made from: its model, how each parameter is bound (the
  // passes fold uniform values into the code), its live state, its grid and target model,
  // and the code itself.
  using Signature = std::tuple<std::uint32_t, bool, std::vector<std::pair<bool, double>>,
                               std::vector<bool>, double, std::uint32_t, std::string>;
  std::map<Signature, std::uint32_t> first;
  std::vector<std::uint32_t> canonical(program.kernels.size());
  for (std::uint32_t k = 0; k < program.kernels.size(); ++k) {
    const Kernel &kernel = program.kernels[k];
    std::vector<std::pair<bool, double>> params;
    for (const auto &p : kernel.params)
      params.emplace_back(p.uniform, p.uniform ? p.value : 0.0);
    Signature signature{kernel.model,        kernel.synapse,   std::move(params), kernel.liveStates,
                        kernel.checkEveryMs, kernel.postModel, code(kernel)};
    canonical[k] = first.try_emplace(std::move(signature), k).first->second;
  }
  return canonical;
}

} // namespace flux::ir
