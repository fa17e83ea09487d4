// Elaborating small programs end to end and looking neurons up by their hierarchical names.
#include "driver/Pipeline.h"
#include "elab/Elaborate.h"
#include "sema/Check.h"
#include "support/TextDiagnosticPrinter.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace flux;

namespace {

struct Elaborated {
  std::optional<elab::Network> network;
  std::string errors;
};

Elaborated elaborateSource(const std::string &text, std::uint64_t seed = 1) {
  SourceManager sources;
  const SourceFile &file = sources.addBuffer("net.flux", text);
  DiagnosticEngine diags(sources);
  std::ostringstream errors;
  diags.addConsumer(std::make_shared<TextDiagnosticPrinter>(errors, sources, false));
  Elaborated result;
  auto ast = syntax::parse(file, diags);
  if (ast) {
    sema::CheckOptions options;
    options.stdlibDir = FLUX_TEST_STDLIB_DIR;
    auto checked = sema::check(std::move(*ast), sources, diags, options);
    if (checked) {
      elab::ElabOptions elabOptions;
      elabOptions.seed = seed;
      result.network = elab::elaborate(*checked, elabOptions, diags);
    }
  }
  result.errors = errors.str();
  return result;
}

constexpr const char *kCortex = R"(
import stdlib.neurons
circuit Column(n: int = 10) {
  population E[n] : Mlif
  population I[round(n / 2)] : Mlif
  connect E -> I : direct(w = 0.2) with fixed_indegree(3)
}
circuit Cortex {
  instance C[4] : Column(n = 8)
  neuron hub : Mlif
  connect C.E -> hub : direct(w = 0.1)
}
)";

} // namespace

TEST(Network, LooksUpNeuronsByHierarchicalName) {
  auto r = elaborateSource(kCortex);
  ASSERT_TRUE(r.network) << r.errors;
  const auto &net = *r.network;
  auto e17 = net.neuronIndex("Cortex.C[3].E[7]");
  ASSERT_TRUE(e17);
  EXPECT_EQ(net.neuronName(*e17), "Cortex.C[3].E[7]");
  auto hub = net.neuronIndex("Cortex.hub");
  ASSERT_TRUE(hub);
  EXPECT_EQ(net.neuronName(*hub), "Cortex.hub");
  EXPECT_FALSE(net.neuronIndex("Cortex.C[3].E[8]")); // out of range
  EXPECT_FALSE(net.neuronIndex("Cortex.C[4].E[0]")); // no such instance
  EXPECT_FALSE(net.neuronIndex("Cortex.C[3].E"));    // a population of 8, not one neuron
}

TEST(Network, EveryNeuronHasAUniqueName) {
  auto r = elaborateSource(kCortex);
  ASSERT_TRUE(r.network) << r.errors;
  const auto &net = *r.network;
  std::uint32_t total = net.populations.back().first + net.populations.back().size;
  for (std::uint32_t i = 0; i < total; ++i)
    EXPECT_EQ(net.neuronIndex(net.neuronName(i)), i) << net.neuronName(i);
}

TEST(Network, ArrayMembersConcatenateAndRulesHoldPerTarget) {
  auto r = elaborateSource(kCortex);
  ASSERT_TRUE(r.network) << r.errors;
  const auto &net = *r.network;
  ASSERT_EQ(net.projections.size(), 5u); // 4 columns' E -> I, then C.E -> hub
  const auto &toHub = net.projections.back();
  EXPECT_EQ(toHub.source.size(), 32u);
  EXPECT_EQ(toHub.synapseCount(), 32u);
  for (std::size_t c = 0; c < 4; ++c)
    EXPECT_EQ(net.projections[c].synapseCount(), 4u * 3u); // fixed_indegree(3) over 4 targets
}

TEST(Network, SeedChangesRandomConnectivityOnly) {
  auto a = elaborateSource(kCortex, 1);
  auto b = elaborateSource(kCortex, 2);
  ASSERT_TRUE(a.network && b.network);
  EXPECT_EQ(a.network->synapseCount(), b.network->synapseCount());
  bool anyDifferent = false;
  for (std::size_t p = 0; p < 4; ++p)
    anyDifferent |= a.network->projections[p].connectivity.target !=
                    b.network->projections[p].connectivity.target;
  EXPECT_TRUE(anyDifferent);
  auto again = elaborateSource(kCortex, 1);
  for (std::size_t p = 0; p < a.network->projections.size(); ++p)
    EXPECT_EQ(a.network->projections[p].connectivity, again.network->projections[p].connectivity);
}
