// The LLVM backend through its ABI (runtime/core/KernelAbi.h): programs compiled from source
// by the ORC JIT, their generated functions called on arrays set up here, as the engines do.
#include "codegen/llvm/Codegen.h"
#include "core/KernelAbi.h"
#include "ir/ElaborateSource.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <memory>

using namespace flux;
using llvmgen::Precision;

namespace {

/// A program compiled for both engines: event (double, dt a variable) and step (float, dt
/// folded to 0.1 ms). Not movable: the programs point into the network.
struct Compiled {
  test::ElaboratedSource source;
  ir::Program event;
  ir::Program step;
  std::unique_ptr<llvmgen::Jit> jit;
  std::string errors;

  template <class Fn>
  Fn function(std::uint32_t kernel, const char *name, Precision precision) {
    return reinterpret_cast<Fn>(jit->lookup(llvmgen::kernelSymbol(kernel, name, precision)));
  }
};

std::unique_ptr<Compiled> compile(const std::string &text) {
  auto c = std::make_unique<Compiled>();
  c->source = test::elaborateSource(text);
  if (!c->source.network) {
    c->errors = c->source.errors;
    return c;
  }
  auto program = test::lowerNetwork(c->source, c->errors);
  if (!program)
    return c;
  c->event = *program;
  c->step = std::move(*program);
  if (!test::optimise(c->source, c->event, std::nullopt, c->errors) ||
      !test::optimise(c->source, c->step, 0.1, c->errors))
    return c;
  c->jit = llvmgen::Jit::compile({{&c->event, Precision::Double}, {&c->step, Precision::Single}},
                                 {}, c->errors);
  return c;
}

/// The arrays of one kernel, in precision T, and the FluxKernelData that points at them.
template <class T>
struct Arrays {
  std::vector<std::vector<T>> state;  // per state variable, one value per element
  std::vector<std::vector<T>> params; // per parameter: one value per element, or empty
  std::vector<std::vector<T>> post;   // synapses: the target population's state
  std::vector<void *> statePointers, paramPointers, postPointers;
  FluxKernelData data{};

  Arrays(std::size_t states, std::size_t params, std::size_t count)
      : state(states, std::vector<T>(count, 0)), params(params) {}

  FluxKernelData *link() {
    auto pointers = [](std::vector<std::vector<T>> &arrays, std::vector<void *> &out) {
      out.clear();
      for (auto &a : arrays)
        out.push_back(a.empty() ? nullptr : a.data());
      return out.data();
    };
    data.state = pointers(state, statePointers);
    data.params = pointers(params, paramPointers);
    data.postState = pointers(post, postPointers);
    return &data;
  }
};

// The ABI's signatures (KernelAbi.h).
template <class T>
using Evolve = void (*)(FluxKernelData *, std::int64_t, T, std::int32_t);
template <class T>
using Input = std::int32_t (*)(FluxKernelData *, std::int64_t, std::int32_t, T, std::int32_t);
using Cond = std::int32_t (*)(FluxKernelData *, std::int64_t, std::int32_t);
template <class T>
using Fire = void (*)(FluxKernelData *, std::int64_t, std::int32_t, T *);
using EvolveAll = void (*)(FluxKernelData *, std::int64_t, std::int64_t, const std::int32_t *,
                           std::int32_t, float);
using Update = void (*)(FluxKernelData *, std::int64_t, std::int64_t, const std::int32_t *,
                        std::int32_t, std::uint8_t *, std::uint8_t *, std::int32_t);
using Grid = void (*)(FluxKernelData *, std::int64_t, std::int64_t, double *, const double *,
                      double, double, std::uint8_t *, std::uint8_t *);
using SynapseInit = void (*)(FluxKernelData *, std::int64_t);
template <class T>
using SynapseEvolve = void (*)(FluxKernelData *, std::int64_t, std::int64_t, T);
template <class T>
using SynapsePre = std::int32_t (*)(FluxKernelData *, std::int64_t, std::int64_t, T *);

constexpr const char *kMlif = R"(
import stdlib.neurons
circuit Top {
  population P[4] : Mlif
}
)";

// Mlif's state variables.
constexpr std::size_t kLevel = 0;
constexpr std::size_t kTheta = 1;
constexpr std::size_t kMod = 2;

} // namespace

TEST(Jit, MlifLeaksLinearlyOverTenMilliseconds) {
  auto c = compile(kMlif);
  ASSERT_TRUE(c->jit) << c->errors;
  auto evolve = c->function<Evolve<double>>(0, "evolve", Precision::Double);
  ASSERT_NE(evolve, nullptr);
  Arrays<double> a(3, 13, 4);
  a.state[kLevel] = {1.0, -1.0, 0.2, 0.0};
  a.state[kTheta].assign(4, 1.0);
  a.state[kMod].assign(4, 0.5);
  FluxKernelData *data = a.link();
  for (std::int64_t i = 0; i < 4; ++i)
    evolve(data, i, 10.0, 0);
  // leak 0.05 per ms: 0.5 in 10 ms, toward rest 0 from either side and never past it.
  EXPECT_EQ(a.state[kLevel], (std::vector<double>{0.5, -0.5, 0.0, 0.0}));
  // potentiation 0.001 per ms down to theta_min; mod relaxes at 0.01 per ms.
  EXPECT_DOUBLE_EQ(a.state[kTheta][0], 0.99);
  EXPECT_DOUBLE_EQ(a.state[kMod][0], 0.5 * std::exp(-0.01 * 10.0));
}

TEST(Jit, MlifInputWhileRefractoryRaisesTheThreshold) {
  auto c = compile(kMlif);
  ASSERT_TRUE(c->jit) << c->errors;
  auto input = c->function<Input<double>>(0, "input", Precision::Double);
  ASSERT_NE(input, nullptr);
  Arrays<double> a(3, 13, 4);
  a.state[kLevel].assign(4, 0.2);
  a.state[kTheta].assign(4, 1.0);
  FluxKernelData *data = a.link();
  // Refractory: the input is ignored and habituates the neuron (theta += 0.02).
  EXPECT_EQ(input(data, 0, FLUX_INPUT_DIRECT, 0.3, 1), 0);
  EXPECT_EQ(a.state[kLevel][0], 0.2);
  EXPECT_DOUBLE_EQ(a.state[kTheta][0], 1.02);
  // Not refractory: the input adds to the level.
  EXPECT_EQ(input(data, 1, FLUX_INPUT_DIRECT, 0.3, 0), 0);
  EXPECT_DOUBLE_EQ(a.state[kLevel][1], 0.5);
  EXPECT_EQ(a.state[kTheta][1], 1.0);
  // Modulation moves `mod`; electric input fires at once.
  EXPECT_EQ(input(data, 2, FLUX_INPUT_MODULATOR, 0.25, 0), 0);
  EXPECT_EQ(a.state[kMod][2], 0.25);
  EXPECT_EQ(input(data, 3, FLUX_INPUT_ELECTRIC, 0, 0), 1);
}

TEST(Jit, MlifConditionAndFire) {
  auto c = compile(kMlif);
  ASSERT_TRUE(c->jit) << c->errors;
  auto cond = c->function<Cond>(0, "cond", Precision::Double);
  auto fire = c->function<Fire<double>>(0, "fire", Precision::Double);
  ASSERT_TRUE(cond && fire);
  Arrays<double> a(3, 13, 4);
  a.state[kLevel] = {0.9, 1.0, 2.5, 9.0};
  a.state[kTheta].assign(4, 1.0);
  a.state[kMod] = {0.4, 0, 0, 0}; // the effective threshold of neuron 0 is 1 - 0.5 * 0.4
  FluxKernelData *data = a.link();
  EXPECT_EQ(cond(data, 0, 0), 1);
  EXPECT_EQ(cond(data, 1, 0), 1);
  a.state[kMod][0] = 0;
  EXPECT_EQ(cond(data, 0, 0), 0);
  // on fire: out = {refractory period, burst count, burst gap}; the level resets to rest.
  double out[3] = {-1, 1, 0};
  fire(data, 1, 0, out);
  EXPECT_EQ(out[0], 2);
  EXPECT_EQ(out[1], 1);
  EXPECT_EQ(out[2], 1);
  EXPECT_EQ(a.state[kLevel][1], 0);
  fire(data, 2, 0, out);
  EXPECT_EQ(out[1], 2); // floor(2.5 / 1)
  fire(data, 3, 0, out);
  EXPECT_EQ(out[1], 3); // clamped to burst_max
}

TEST(Jit, StepEvolveAllEqualsOneScalarEvolvePerNeuron) {
  // Lif with a membrane time constant per neuron (an array the loop reads) and refractory
  // neurons (the other branch): the vectorised loop must compute exactly what the scalar
  // function computes, neuron by neuron, in float, over a count that is no multiple of the
  // vector width.
  auto c = compile(R"(
import stdlib.neurons
circuit Top {
  population P[37] : Lif { tau_m = uniform(5 ms, 20 ms) }
}
)");
  ASSERT_TRUE(c->jit) << c->errors;
  auto evolveAll = c->function<EvolveAll>(0, "evolve_all", Precision::Single);
  auto evolve = c->function<Evolve<float>>(0, "evolve", Precision::Single);
  ASSERT_TRUE(evolveAll && evolve);
  constexpr std::size_t kCount = 37;
  const auto &tauM = c->source.network->populations[0].params;
  Arrays<float> vector(2, 9, kCount);
  for (const auto &p : tauM)
    if (p.name == "tau_m")
      vector.params[3].assign(p.values.begin(), p.values.end());
  ASSERT_EQ(vector.params[3].size(), kCount);
  std::vector<std::int32_t> refractoryUntil(kCount, 0);
  for (std::size_t i = 0; i < kCount; ++i) {
    vector.state[0][i] = -70.0f + static_cast<float>(i % 13);   // v
    vector.state[1][i] = 10.0f * static_cast<float>(i % 7) - 5; // i_syn
    refractoryUntil[i] = i % 5 == 0 ? 120 : 80;                 // step 100: every fifth
  }
  Arrays<float> scalar = vector;
  const std::int32_t step = 100;
  evolveAll(vector.link(), 0, static_cast<std::int64_t>(kCount), refractoryUntil.data(), step,
            0.1f);
  FluxKernelData *data = scalar.link();
  for (std::size_t i = 0; i < kCount; ++i)
    evolve(data, static_cast<std::int64_t>(i), 0.1f, step < refractoryUntil[i] ? 1 : 0);
  for (std::size_t s = 0; s < 2; ++s)
    for (std::size_t i = 0; i < kCount; ++i)
      EXPECT_EQ(std::bit_cast<std::uint32_t>(vector.state[s][i]),
                std::bit_cast<std::uint32_t>(scalar.state[s][i]))
          << "state " << s << " of neuron " << i << ": " << vector.state[s][i] << " vs "
          << scalar.state[s][i];
  // Refractory neurons are held at v_reset.
  EXPECT_EQ(vector.state[0][5], -70.0f);

  // A range [begin, end) leaves the others alone.
  Arrays<float> part = scalar;
  evolveAll(part.link(), 10, 20, refractoryUntil.data(), step, 0.1f);
  EXPECT_EQ(part.state[0][9], scalar.state[0][9]);
  EXPECT_EQ(part.state[0][20], scalar.state[0][20]);
  EXPECT_NE(part.state[1][11], scalar.state[1][11]);
}

TEST(Jit, StepUpdateMarksNeuronsThatCross) {
  auto c = compile(kMlif);
  ASSERT_TRUE(c->jit) << c->errors;
  auto update = c->function<Update>(0, "update", Precision::Single);
  ASSERT_NE(update, nullptr);
  Arrays<float> a(3, 13, 4);
  a.state[kLevel] = {2.0f, 2.0f, 2.0f, 0.5f};
  a.state[kTheta].assign(4, 1.0f);
  std::vector<std::int32_t> until = {0, 0, 50, 0}; // neuron 2 is refractory at step 10
  std::vector<std::uint8_t> touched = {1, 0, 1, 1};
  std::vector<std::uint8_t> fired(4, 0);
  FluxKernelData *data = a.link();
  update(data, 0, 4, until.data(), 10, touched.data(), fired.data(), 0);
  // Only touched neurons are checked; a refractory one never fires by its condition.
  EXPECT_EQ(fired, (std::vector<std::uint8_t>{1, 0, 0, 0}));
  EXPECT_EQ(touched, (std::vector<std::uint8_t>(4, 0)));
  // checkAll (a `checked every` step) checks them all.
  update(data, 0, 4, until.data(), 10, touched.data(), fired.data(), 1);
  EXPECT_EQ(fired, (std::vector<std::uint8_t>{1, 1, 0, 0}));
}

TEST(Jit, EventGridEvolvesNeuronsThatAreUpToDate) {
  auto c = compile(R"(
import stdlib.neurons
circuit Top {
  population P[4] : Lif
}
)");
  ASSERT_TRUE(c->jit) << c->errors;
  auto grid = c->function<Grid>(0, "grid", Precision::Double);
  auto evolve = c->function<Evolve<double>>(0, "evolve", Precision::Double);
  ASSERT_TRUE(grid && evolve);
  Arrays<double> a(2, 9, 4);
  a.state[0] = {-60, -60, -60, -60};
  a.state[1] = {100, 100, 100, 100};
  Arrays<double> expected = a;
  // Neuron 0 is at the tick's start and not refractory; 1's refractory period ends inside
  // the tick; 2 is behind; 3 is refractory throughout.
  std::vector<double> last = {0, 0, -0.05, 0};
  std::vector<double> until = {-1, 0.05, -1, 5};
  std::vector<std::uint8_t> status(4, 0), fired(4, 0);
  grid(a.link(), 0, 4, last.data(), until.data(), 0.0, 0.1, status.data(), fired.data());
  EXPECT_EQ(status, (std::vector<std::uint8_t>{0, 1, 1, 0}));
  EXPECT_EQ(last, (std::vector<double>{0.1, 0, -0.05, 0.1}));
  FluxKernelData *data = expected.link();
  evolve(data, 0, 0.1, 0);
  evolve(data, 3, 0.1, 1);
  for (std::size_t s = 0; s < 2; ++s)
    EXPECT_EQ(a.state[s], expected.state[s]) << "state " << s;
  EXPECT_EQ(a.state[0][3], -70); // held at v_reset
}

TEST(Jit, EventEvolveCachesExpOfDtPerDt) {
  // exp(-dt / tau) is cached per dt: changing dt must recompute it, returning to the old dt
  // too.
  auto c = compile(R"(
neuron Leaky {
  param tau = 10 ms
  state v = 1.0
  evolve(dt) {
    v *= exp(-dt / tau)
  }
  fire when v >= 2
}
circuit Top { population P[1] : Leaky }
)");
  ASSERT_TRUE(c->jit) << c->errors;
  auto evolve = c->function<Evolve<double>>(0, "evolve", Precision::Double);
  ASSERT_NE(evolve, nullptr);
  Arrays<double> a(1, 1, 1);
  FluxKernelData *data = a.link();
  for (double dt : {1.0, 1.0, 2.0, 0.5, 1.0}) {
    a.state[0][0] = 1.0;
    evolve(data, 0, dt, 0);
    EXPECT_EQ(a.state[0][0], std::exp(-dt / 10)) << "dt = " << dt;
  }
}

TEST(Jit, SynapseEvolveTakesItsDtOnTheStepEngine) {
  // The step engine updates a synapse only when a spike reaches it, over any number of
  // steps: its `dt` is an argument even where the neurons' dt is folded (a regression: it
  // was folded to one step, so traces decayed as if 0.1 ms had passed).
  auto c = compile(R"(
import stdlib.neurons
synapse Trace {
  param w: real
  param delay = 1 ms
  param kind = "direct"
  param tau = 20 ms
  state x = w
  evolve(dt) {
    x *= exp(-dt / tau)
  }
  on pre {
    deliver(x + post.level)
    x += 1
  }
}
circuit Top {
  population A[2] : Mlif
  population B[2] : Mlif
  A -> B : Trace(w = 0.5) with one_to_one
}
)");
  ASSERT_TRUE(c->jit) << c->errors;
  // Kernels 0 and 1 are the populations, 2 the projection.
  auto init = c->function<SynapseInit>(2, "init", Precision::Single);
  auto evolve = c->function<SynapseEvolve<float>>(2, "evolve", Precision::Single);
  auto pre = c->function<SynapsePre<float>>(2, "pre", Precision::Single);
  ASSERT_TRUE(init && evolve && pre);
  Arrays<float> a(1, 4, 2);
  a.post = {{0.25f, 0.75f}, {1, 1}, {0, 0}}; // the targets' level, theta, mod
  FluxKernelData *data = a.link();
  init(data, 0);
  init(data, 1);
  EXPECT_EQ(a.state[0], (std::vector<float>{0.5f, 0.5f}));
  evolve(data, 0, 1, 10.0f);
  EXPECT_FLOAT_EQ(a.state[0][0], 0.5f * std::exp(-0.5f));
  EXPECT_EQ(a.state[0][1], 0.5f);
  // on pre delivers x + post.level of its target (post index 1) and returns 1.
  float delivered = 0;
  EXPECT_EQ(pre(data, 1, 1, &delivered), 1);
  EXPECT_EQ(delivered, 1.25f);
  EXPECT_EQ(a.state[0][1], 1.5f);
}

namespace {

struct HostLog {
  std::vector<std::uint32_t> functions;
  std::vector<std::vector<double>> args;
};

double recordHostCall(void *host, std::uint32_t function, std::uint32_t argc, const double *args) {
  auto *log = static_cast<HostLog *>(host);
  log->functions.push_back(function);
  log->args.emplace_back(args, args + argc);
  return 10;
}

} // namespace

TEST(Jit, HostCallsReachTheCallback) {
  auto c = compile(R"(
extern fn reward(x: real) -> real
extern fn note(label: string, value: real)
neuron Learner {
  state v = 0.0
  on direct(w) {
    v += reward(w * 2)
    note("input", w)
  }
  fire when v >= 100
}
circuit Top { population P[1] : Learner }
)");
  ASSERT_TRUE(c->jit) << c->errors;
  for (Precision p : {Precision::Double, Precision::Single}) {
    HostLog log;
    if (p == Precision::Double) {
      auto input = c->function<Input<double>>(0, "input", p);
      ASSERT_NE(input, nullptr);
      Arrays<double> a(1, 0, 1);
      FluxKernelData *data = a.link();
      data->host = &log;
      data->hostCall = recordHostCall;
      input(data, 0, FLUX_INPUT_DIRECT, 0.25, 0);
      EXPECT_EQ(a.state[0][0], 10);
    } else {
      auto input = c->function<Input<float>>(0, "input", p);
      ASSERT_NE(input, nullptr);
      Arrays<float> a(1, 0, 1);
      FluxKernelData *data = a.link();
      data->host = &log;
      data->hostCall = recordHostCall;
      input(data, 0, FLUX_INPUT_DIRECT, 0.25f, 0);
      EXPECT_EQ(a.state[0][0], 10.0f);
    }
    // host.0 = reward(0.5), then host.1 = note(string 0, 0.25), in order.
    EXPECT_EQ(log.functions, (std::vector<std::uint32_t>{0, 1}));
    EXPECT_EQ(log.args, (std::vector<std::vector<double>>{{0.5}, {0, 0.25}}));
  }
}

TEST(Jit, DeadStateIsNeverTouched) {
  // `count` is dead: the runtime passes a null array for it, and no function touches it.
  auto c = compile(R"(
neuron Counting {
  state v = 0.0
  state count = 0.0
  evolve(dt) {
    v *= exp(-dt / 10 ms)
  }
  on direct(w) {
    v += w
    count += 1
  }
  fire when v >= 1
  on fire { v = 0.0 }
}
circuit Top { population P[2] : Counting }
)");
  ASSERT_TRUE(c->jit) << c->errors;
  ASSERT_EQ(c->event.kernels[0].liveStates, (std::vector<bool>{true, false}));
  Arrays<double> a(2, 0, 2);
  a.state[1].clear();
  FluxKernelData *data = a.link();
  ASSERT_EQ(data->state[1], nullptr);
  c->function<Evolve<double>>(0, "evolve", Precision::Double)(data, 0, 1.0, 0);
  EXPECT_EQ(
      c->function<Input<double>>(0, "input", Precision::Double)(data, 1, FLUX_INPUT_DIRECT, 1.5, 0),
      0);
  EXPECT_EQ(a.state[0][1], 1.5);
  double out[3] = {-1, 1, 0};
  c->function<Fire<double>>(0, "fire", Precision::Double)(data, 1, 0, out);
  EXPECT_EQ(a.state[0][1], 0);
}

TEST(Jit, UnknownSymbolsAreNull) {
  auto c = compile(kMlif);
  ASSERT_TRUE(c->jit) << c->errors;
  EXPECT_EQ(c->jit->lookup("flux_k7_evolve_e"), nullptr);
  EXPECT_EQ(c->jit->lookup(llvmgen::kernelSymbol(0, "grid", Precision::Single)), nullptr);
  EXPECT_NE(c->jit->lookup(llvmgen::kernelSymbol(0, "grid", Precision::Double)), nullptr);
  EXPECT_EQ(llvmgen::kernelSymbol(3, "evolve_all", Precision::Single), "flux_k3_evolve_all_s");
  EXPECT_GT(c->jit->compileSeconds(), 0);
}
