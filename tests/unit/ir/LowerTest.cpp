// Lowering programs from source: models lowered once per (model, target model), kernels and
// their bindings, the verifier's verdict on the whole standard library, and the errors that
// only lowering can find.
#include "ir/ElaborateSource.h"
#include "ir/Passes.h"

#include <gtest/gtest.h>

using namespace flux;

namespace {

std::string joined(const std::vector<std::string> &problems) {
  std::string text;
  for (const auto &p : problems)
    text += p + "\n";
  return text;
}

} // namespace

TEST(Lower, EveryStdlibModelLowersToValidIr) {
  // Every neuron of the standard library in a population, with Stdp and Capacity synapses
  // between Mlif populations, through both engines' passes.
  auto source = test::elaborateSource(R"(
import stdlib.neurons
import stdlib.synapses
import stdlib.benchmarks
circuit All {
  population M[4] : Mlif
  population F[4] : FastMlif
  population L[4] : Lif
  population C[4] : CubaLif
  population K[4] : CobaLif
  M -> F : Stdp(w = 0.2)
  F -> M : Capacity(w = 0.3)
}
)");
  ASSERT_TRUE(source.network) << source.errors;
  std::string errors;
  auto program = test::lowerNetwork(source, errors);
  ASSERT_TRUE(program) << errors;
  EXPECT_TRUE(ir::verify(*program).empty()) << joined(ir::verify(*program));
  EXPECT_EQ(program->kernels.size(), 7u);
  for (std::optional<double> dt : {std::optional<double>(), std::optional<double>(0.1)}) {
    ir::Program copy = *program;
    ASSERT_TRUE(test::optimise(source, copy, dt, errors)) << errors;
    EXPECT_TRUE(ir::verify(copy).empty()) << joined(ir::verify(copy));
  }
}

TEST(Lower, SynapseModelIsLoweredOncePerTargetModel) {
  auto source = test::elaborateSource(R"(
import stdlib.neurons
import stdlib.synapses
circuit Top {
  population A[2] : Mlif
  population B[2] : Mlif
  population C[2] : FastMlif
  A -> B : Stdp(w = 0.1)
  A -> C : Stdp(w = 0.1)
  C -> B : Stdp(w = 0.2)
}
)");
  ASSERT_TRUE(source.network) << source.errors;
  std::string errors;
  auto program = test::lowerNetwork(source, errors);
  ASSERT_TRUE(program) << errors;
  // Mlif, FastMlif, and Stdp twice: once against Mlif (A->B, C->B), once against FastMlif.
  ASSERT_EQ(program->models.size(), 4u);
  std::vector<std::string> names;
  for (const auto &m : program->models)
    names.push_back(m.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Mlif", "FastMlif", "Stdp", "Stdp"}));
  ASSERT_EQ(program->kernels.size(), 6u);
  const ir::Kernel &ab = program->kernels[3];
  const ir::Kernel &ac = program->kernels[4];
  const ir::Kernel &cb = program->kernels[5];
  EXPECT_TRUE(ab.synapse);
  EXPECT_EQ(ab.model, cb.model);
  EXPECT_NE(ab.model, ac.model);
  EXPECT_EQ(program->models[ab.postModel].name, "Mlif");
  EXPECT_EQ(program->models[ac.postModel].name, "FastMlif");
}

TEST(Lower, BindsUniformAndVaryingParameters) {
  auto source = test::elaborateSource(R"(
import stdlib.neurons
import stdlib.synapses
circuit Top {
  population A[3] : Mlif { threshold = uniform(0.5, 1.5), leak = 0.1 per ms }
  A -> A : Stdp(w = uniform(0.1, 0.2), tau_plus = 5 ms)
}
)");
  ASSERT_TRUE(source.network) << source.errors;
  std::string errors;
  auto program = test::lowerNetwork(source, errors);
  ASSERT_TRUE(program) << errors;
  const ir::Kernel &neurons = program->kernels[0];
  const ir::Model &mlif = program->models[neurons.model];
  auto binding = [](const ir::Kernel &k, const ir::Model &m, const std::string &name) {
    for (std::size_t i = 0; i < m.params.size(); ++i)
      if (m.params[i].name == name)
        return k.params[i];
    ADD_FAILURE() << "no parameter " << name;
    return ir::ParamBinding{};
  };
  EXPECT_FALSE(binding(neurons, mlif, "threshold").uniform);
  EXPECT_TRUE(binding(neurons, mlif, "leak").uniform);
  EXPECT_DOUBLE_EQ(binding(neurons, mlif, "leak").value, 0.1);
  const ir::Kernel &synapses = program->kernels[1];
  const ir::Model &stdp = program->models[synapses.model];
  EXPECT_FALSE(binding(synapses, stdp, "w").uniform); // one weight per synapse
  EXPECT_TRUE(binding(synapses, stdp, "tau_plus").uniform);
  EXPECT_EQ(binding(synapses, stdp, "tau_plus").value, 5);
  EXPECT_EQ(binding(synapses, stdp, "tau_minus").value, 20); // the model's default
}

TEST(Lower, SynapseTargetsMustShareOneModel) {
  // Elaboration gives a synapse-model projection targets of one population; a projection
  // whose targets span two models (here made by hand) cannot compile `post.x`.
  auto source = test::elaborateSource(R"(
import stdlib.neurons
import stdlib.synapses
circuit Top {
  population A[2] : Mlif
  population B[2] : Mlif
  population C[2] : FastMlif
  A -> B : Stdp(w = 0.1)
}
)");
  ASSERT_TRUE(source.network) << source.errors;
  elab::Projection &projection = source.network->projections.at(0);
  projection.target.ranges.push_back({2, 0, 2});
  std::string errors;
  auto program = test::lowerNetwork(source, errors);
  EXPECT_FALSE(program);
  EXPECT_NE(errors.find("net.flux:8:3: error: the targets of a 'Stdp' connection use the models "
                        "'Mlif' and 'FastMlif'; a synapse model's targets must share one model "
                        "(split the connection)"),
            std::string::npos)
      << errors;
}
