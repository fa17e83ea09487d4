// Kernels that are the same code: many populations of a network share a model and its
// parameter values (64 columns of one `Column` circuit), and compiling each separately would
// make compile time grow with the network rather than with the models.
#include "ir/Passes.h"

#include <map>
#include <tuple>

namespace flux::ir {

std::vector<std::uint32_t> canonicalKernels(const Program &program) {
  // Everything a kernel's code is made from: its model, how each parameter is bound (the
  // passes fold uniform values into the code), its live state, its grid and target model.
  using Signature = std::tuple<std::uint32_t, bool, std::vector<std::pair<bool, double>>,
                               std::vector<bool>, double, std::uint32_t>;
  std::map<Signature, std::uint32_t> first;
  std::vector<std::uint32_t> canonical(program.kernels.size());
  for (std::uint32_t k = 0; k < program.kernels.size(); ++k) {
    const Kernel &kernel = program.kernels[k];
    std::vector<std::pair<bool, double>> params;
    for (const auto &p : kernel.params)
      params.emplace_back(p.uniform, p.uniform ? p.value : 0.0);
    Signature signature{kernel.model,      kernel.synapse,      std::move(params),
                        kernel.liveStates, kernel.checkEveryMs, kernel.postModel};
    canonical[k] = first.try_emplace(std::move(signature), k).first->second;
  }
  return canonical;
}

} // namespace flux::ir
