#include "engine/BindKernels.h"

#include <type_traits>

namespace flux::rt {
namespace {

struct Binder {
  const SymbolLookup &lookup;
  std::string &missing;

  template <class Fn>
  void get(Fn &out, std::uint32_t kernel, const char *function, bool eventEngine, bool required) {
    std::string name = kernelSymbolName(kernel, function, eventEngine);
    out = reinterpret_cast<Fn>(lookup(name));
    if (!out && required && missing.empty())
      missing = name;
  }

  /// `summed`: the image says the kernel has the summed form (engine/SummedInputs.h).
  template <class T>
  void neuron(NeuronFunctions<T> &f, std::uint32_t k, bool summed = false) {
    constexpr bool kEvent = std::is_same_v<T, double>;
    get(f.evolve, k, "evolve", kEvent, true);
    get(f.input, k, "input", kEvent, true);
    get(f.cond, k, "cond", kEvent, true);
    get(f.fire, k, "fire", kEvent, true);
    if (kEvent) {
      get(f.grid, k, "grid", kEvent, false);
      get(f.deliverEvent, k, "deliver", kEvent, true);
    } else {
      get(f.update, k, "update", kEvent, true);
      get(f.evolveAll, k, "evolve_all", kEvent, true);
      get(f.deliver, k, "deliver", kEvent, true);
      if (summed) {
        get(f.accumulators, k, "accumulators", kEvent, true);
        get(f.accumulate, k, "accumulate", kEvent, true);
        get(f.apply, k, "apply", kEvent, true);
      }
    }
  }

  template <class T>
  void synapse(SynapseFunctions<T> &f, std::uint32_t k, bool hasPost) {
    constexpr bool kEvent = std::is_same_v<T, double>;
    get(f.init, k, "init", kEvent, true);
    get(f.evolve, k, "evolve", kEvent, true);
    get(f.pre, k, "pre", kEvent, true);
    if (hasPost)
      get(f.post, k, "post", kEvent, true);
  }
};

} // namespace

std::string kernelSymbolName(std::uint32_t kernel, const char *function, bool eventEngine) {
  return "flux_k" + std::to_string(kernel) + "_" + function + (eventEngine ? "_e" : "_s");
}

bool bindKernels(NetworkImage &image, const SymbolLookup &lookup, std::string &missing) {
  missing.clear();
  Binder binder{lookup, missing};
  for (auto &pop : image.populations) {
    if (pop.eventKernel != kNoKernel)
      binder.neuron(pop.event, pop.eventKernel);
    if (pop.stepKernel != kNoKernel)
      binder.neuron(pop.step, pop.stepKernel, pop.summedAccumulators > 0);
  }
  for (auto &proj : image.projections) {
    if (proj.eventKernel != kNoKernel)
      binder.synapse(proj.event, proj.eventKernel, proj.hasPost);
    if (proj.stepKernel != kNoKernel)
      binder.synapse(proj.step, proj.stepKernel, proj.hasPost);
  }
  return missing.empty();
}

} // namespace flux::rt
