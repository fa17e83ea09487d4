// Private to compiler/elab: the state of one elaborate() run. Elaborate.cpp builds the
// structure (instances, populations, ports); Connections.cpp wires it.
#pragma once

#include "elab/Distributions.h"
#include "elab/Elaborate.h"
#include "sema/Evaluate.h"

#include <map>
#include <memory>
#include <set>

namespace flux::elab {

/// What a name in a circuit stands for during elaboration.
struct Entity {
  enum class Kind : std::uint8_t { Neurons, Instance, InstanceArray, Port, Extern };
  Kind kind = Kind::Neurons;
  NeuronSet set;                                      // Neurons
  std::vector<std::uint32_t> instances;               // Instance (one) or InstanceArray
  std::vector<std::uint32_t> ports;                   // Port: one, or one per instance of an array
  const syntax::ExternPortDecl *externDecl = nullptr; // Extern: made a population when used
  std::uint32_t externEnv = 0;                        // where its size is evaluated
};

/// One side of a port: which neurons its channels stand for. A relation from the port's
/// channels to `set` (in CSR over channels), with the synapse given where it was bound.
struct PortEntry {
  NeuronSet set;
  std::vector<std::vector<std::uint32_t>> channelToSet; // channel -> indices into `set`
  const syntax::Spec *synapse = nullptr;
  std::uint32_t env = 0; // where `synapse` is evaluated
  SourceRange where;
};

struct Port {
  std::string name; // hierarchical
  bool in = true;
  std::uint32_t size = 1;
  std::uint32_t owner = 0; // the instance that declares it
  std::vector<PortEntry> entries;
  SourceRange declared;
};

/// Names and values visible in a circuit body: a chain, so `for` bodies can add their own.
struct Env {
  std::uint32_t parent = UINT32_MAX;
  std::uint32_t instance = 0;
  std::map<std::string, sema::Value> values;
  std::map<std::string, Entity> entities;
  const sema::Module *module = nullptr; // a module's root scope: its lets, evaluated on use
  /// An instance of a circuit that inherits from circuits of other modules: their root scopes,
  /// where the inherited members find their module's lets and externs.
  std::vector<std::uint32_t> baseModuleEnvs;
};

struct Instance {
  std::string path; // `Cortex.C[3]`
  const sema::CircuitInfo *circuit = nullptr;
  std::uint32_t env = 0;
  std::vector<std::uint32_t> children; // instances, in declaration order
  unsigned depth = 0;
};

/// Channels [begin, end) of one port.
struct PortSlice {
  std::uint32_t port = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

/// One end of a connection after name resolution: neurons, or port channels (of one port, or
/// of the same port across an array of instances, concatenated: `C.thalamus`).
struct Endpoint {
  bool isPort = false;
  NeuronSet set;                 // neurons
  std::vector<PortSlice> slices; // ports
  bool ownPort = false;          // a port of the circuit the connection is written in
  std::uint32_t size() const {
    if (!isPort)
      return set.size();
    std::uint32_t n = 0;
    for (const auto &s : slices)
      n += s.end - s.begin;
    return n;
  }
};

/// `uniform(0.5, 1.0)` and friends with constant arguments: a per-neuron or per-synapse
/// distribution rather than one value. nullopt for any other expression.
std::optional<Distribution>
distributionOf(const syntax::Expr &expr,
               const std::function<std::optional<sema::Value>(const syntax::Expr &)> &evaluate);

/// What a connectivity rule made: the synapses and, from a `table(...)` file with such
/// columns, their weights and delays (CSR order; empty otherwise).
struct RuleOutput {
  Connectivity connectivity;
  rt::ConnectRecipe recipe; // rule None for a table, or when pairs were dropped afterwards
  std::vector<double> weights;
  std::vector<double> delays;
};

/// A connectivity rule's parameters in positional order (`small_world`: k, p); none for
/// `one_to_one` and `all_to_all`. `allow_self` is named only.
const std::vector<std::string> &ruleParameters(const std::string &rule);

class Elaborator {
public:
  Elaborator(const sema::CheckedAst &checked, const ElabOptions &options, DiagnosticEngine &diags)
      : checked(checked), options(options), diags(diags) {}

  std::optional<Network> run();

private:
  // Elaborate.cpp: structure.
  std::optional<std::uint32_t> instantiate(const sema::CircuitInfo &circuit, std::string path,
                                           std::map<std::string, sema::Value> args, unsigned depth,
                                           SourceRange where);
  void declareMembers(const std::vector<sema::CircuitMember> &members, std::uint32_t env);
  void declareMember(const syntax::Decl &decl, std::uint32_t env);
  std::optional<std::uint32_t> addPopulation(Population population, SourceRange where);
  bool modelParams(const sema::ModelInfo &model,
                   const std::vector<std::unique_ptr<const syntax::OverrideDecl>> &overrides,
                   std::uint32_t env, Population &population);
  std::optional<sema::Value> eval(const syntax::Expr &expr, std::uint32_t env);
  std::optional<std::uint32_t> evalCount(const syntax::Expr &expr, std::uint32_t env,
                                         const char *what, bool allowZero);
  /// `[n]` after a port, input or extern: n, or 1 when there is none.
  std::optional<std::uint32_t> evalSize(const syntax::ExprPtr &size, std::uint32_t env,
                                        const char *what);
  /// The body an `if` generator takes (null when none does); nullopt after an error.
  std::optional<const syntax::DeclList *> chooseBranch(const syntax::IfDecl &decl,
                                                       std::uint32_t env);
  std::optional<sema::Value> lookupValue(const std::string &name, std::uint32_t env);
  const Entity *lookupEntity(const std::string &name, std::uint32_t env) const;
  std::uint32_t newEnv(std::uint32_t parent, std::uint32_t instance);
  /// A module's root scope (made on first use): its top-level lets and extern channels, then
  /// those of the modules it imports without `as`.
  std::uint32_t moduleEnv(const sema::Module &module);
  /// A module-level `let` named `name` visible from `module`, evaluated on first use.
  std::optional<sema::Value> moduleLet(const sema::Module &module, const std::string &name);
  Entity externEntity(const syntax::ExternPortDecl &decl, std::uint32_t env);

  // Connections.cpp: wiring.
  void connectInstance(std::uint32_t instance);
  void connectMembers(const std::vector<sema::CircuitMember> &members, std::uint32_t env);
  void connectMember(const syntax::Decl &decl, std::uint32_t env);
  void wireBranch(const syntax::DeclList &decls, std::uint32_t inner);
  void connect(const syntax::ConnectDecl &decl, std::uint32_t env);
  std::optional<Endpoint> resolveEndpoint(const syntax::Expr &path, std::uint32_t env);
  /// The rule's connectivity between two index spaces (CSR by source). With `pre` and `post`
  /// given and overlapping, pairs that are one neuron are dropped unless `allow_self = true`.
  std::optional<RuleOutput> relation(const syntax::Spec *rule, std::uint32_t nPre,
                                     std::uint32_t nPost, bool samePopulation, std::uint32_t env,
                                     SourceRange where, std::uint32_t stream,
                                     const NeuronSet *pre = nullptr,
                                     const NeuronSet *post = nullptr);
  void addProjection(const NeuronSet &source, const NeuronSet &target,
                     std::vector<std::vector<std::uint32_t>> rows, Connectivity *direct,
                     const syntax::Spec *synapse, std::uint32_t synapseEnv, std::string rule,
                     SourceRange where, const std::vector<double> &fileWeights,
                     const std::vector<double> &fileDelays, const std::string &streamKey);
  void checkPortsBound();
  /// `pre.x` / `post.x` in a synapse model must name a parameter or state of the neurons the
  /// synapse connects.
  bool checkNeighbourReads(const sema::ModelInfo &synapseModel, const NeuronSet &source,
                           const NeuronSet &target, SourceRange where);
  /// `probability(0.1)`: a rule with its arguments evaluated, for the network printer.
  std::string printSpec(const syntax::Spec &spec, std::uint32_t env);

  const sema::CheckedAst &checked;
  const ElabOptions &options;
  DiagnosticEngine &diags;
  Network network;
  std::vector<Instance> instances;
  std::vector<Env> envs;
  std::vector<Port> ports;
  std::map<const syntax::Decl *, std::uint32_t> externs; // one population per extern decl
  std::map<const sema::Module *, std::uint32_t> moduleEnvs;
  std::set<const syntax::Decl *> evaluatingLets; // cycle guard for module-level lets
  /// The scope of the branch an `if` took, made while declaring, reused while wiring.
  std::map<std::pair<const syntax::Decl *, std::uint32_t>, std::uint32_t> branchEnvs;
  /// A random stream named by what it is for (`Cortex.C[0].E->Cortex.C[0].I probability(0.1)`),
  /// not by when it was created, so reordering declarations changes no random draw.
  std::uint32_t streamFor(const std::string &key);
  std::string describe(const Endpoint &endpoint) const;
  std::string describe(const NeuronSet &set) const;
  std::map<std::string, std::uint32_t> streamUses;
  std::uint64_t plannedBytes = 0;
  bool failed = false;
};

} // namespace flux::elab
