// Elaboration, part one: structure. Instantiates circuits depth-first with their arguments,
// creates populations (parameters evaluated once per population, or drawn per neuron from a
// distribution), inputs, extern channels, ports and sub-circuit instances. Wiring follows in
// Connections.cpp once every instance exists.
#include "elab/Elaborator.h"

#include "elab/Distributions.h"

#include <algorithm>
#include <filesystem>
#include <new>
#include <set>

namespace flux::elab {

using sema::Value;

std::optional<Distribution>
distributionOf(const syntax::Expr &expr,
               const std::function<std::optional<Value>(const syntax::Expr &)> &evaluate) {
  const auto *call = dynCast<syntax::CallExpr>(&expr);
  const auto *callee = call ? dynCast<syntax::NameExpr>(call->callee.get()) : nullptr;
  if (!callee)
    return std::nullopt;
  const std::string &name = callee->name;
  if (name != "uniform" && name != "normal" && name != "lognormal" && name != "choice")
    return std::nullopt;
  std::string error;
  auto ordered = sema::builtinArguments(*call, error);
  if (!ordered)
    return std::nullopt;
  std::vector<double> args;
  for (std::size_t i = 0; i < call->args.size(); ++i) {
    const syntax::Expr *arg = ordered->empty() ? call->args[i].value.get() : (*ordered)[i];
    auto v = arg ? evaluate(*arg) : std::nullopt;
    if (!v)
      return std::nullopt;
    args.push_back(v->number);
  }
  if (name == "uniform")
    return Distribution::uniform(args[0], args[1]);
  if (name == "normal")
    return Distribution::normal(args[0], args[1]);
  if (name == "lognormal")
    return Distribution::lognormal(args[0], args[1]);
  return Distribution::choice(args);
}

std::uint32_t Elaborator::streamFor(const std::string &key) {
  // FNV-1a over the key and how often it was used before (two identical connections differ).
  std::string unique = key + "#" + std::to_string(streamUses[key]++);
  std::uint32_t hash = 2166136261u;
  for (unsigned char c : unique)
    hash = (hash ^ c) * 16777619u;
  return hash;
}

std::uint32_t Elaborator::newEnv(std::uint32_t parent, std::uint32_t instance) {
  envs.push_back({parent, instance, {}, {}, nullptr, {}});
  return static_cast<std::uint32_t>(envs.size() - 1);
}

std::optional<Value> Elaborator::lookupValue(const std::string &name, std::uint32_t env) {
  const std::vector<std::uint32_t> *bases = nullptr;
  for (std::uint32_t e = env; e != UINT32_MAX; e = envs[e].parent) {
    if (auto it = envs[e].values.find(name); it != envs[e].values.end())
      return it->second;
    if (!bases && !envs[e].baseModuleEnvs.empty())
      bases = &envs[e].baseModuleEnvs;
    if (envs[e].module) {
      if (auto value = moduleLet(*envs[e].module, name))
        return value;
      break;
    }
  }
  for (std::size_t i = 0; bases && i < bases->size(); ++i)
    if (auto value = moduleLet(*envs[(*bases)[i]].module, name))
      return value;
  return std::nullopt;
}

std::uint32_t Elaborator::moduleEnv(const sema::Module &module) {
  if (auto it = moduleEnvs.find(&module); it != moduleEnvs.end())
    return it->second;
  std::uint32_t env = newEnv(UINT32_MAX, 0);
  envs[env].module = &module;
  moduleEnvs[&module] = env;
  // Extern channels become populations when a connection first uses them.
  auto addExterns = [&](const sema::Module &from, std::uint32_t sizeEnv) {
    for (const auto &decl : from.ast->decls) {
      auto *e = dynCast<syntax::ExternPortDecl>(decl.get());
      if (!e || envs[env].entities.count(e->name.text))
        continue;
      Entity entity;
      entity.kind = Entity::Kind::Extern;
      entity.externDecl = e;
      entity.externEnv = sizeEnv;
      envs[env].entities[e->name.text] = entity;
    }
  };
  addExterns(module, env);
  for (const auto &import : module.imports) {
    if (!import.qualifiedOnly())
      addExterns(*import.module, moduleEnv(*import.module));
  }
  return env;
}

std::optional<Value> Elaborator::moduleLet(const sema::Module &module, const std::string &name) {
  std::uint32_t env = moduleEnv(module);
  if (auto it = envs[env].values.find(name); it != envs[env].values.end())
    return it->second;
  auto own = module.decls.find(name);
  if (own == module.decls.end()) {
    for (const auto &import : module.imports) {
      if (!import.qualifiedOnly() && import.module->decls.count(name))
        return moduleLet(*import.module, name);
    }
    return std::nullopt;
  }
  const auto *let = dynCast<syntax::LetDecl>(own->second);
  if (!let)
    return std::nullopt;
  if (!evaluatingLets.insert(let).second) {
    diags.error(let->name.range) << "'" << name << "' depends on itself";
    failed = true;
    return std::nullopt;
  }
  auto value = eval(*let->value, env);
  evaluatingLets.erase(let);
  if (value)
    envs[env].values[name] = *value;
  return value;
}

const Entity *Elaborator::lookupEntity(const std::string &name, std::uint32_t env) const {
  const std::vector<std::uint32_t> *bases = nullptr;
  for (std::uint32_t e = env; e != UINT32_MAX; e = envs[e].parent) {
    if (auto it = envs[e].entities.find(name); it != envs[e].entities.end())
      return &it->second;
    if (!bases && !envs[e].baseModuleEnvs.empty())
      bases = &envs[e].baseModuleEnvs;
  }
  for (std::size_t i = 0; bases && i < bases->size(); ++i)
    if (auto it = envs[(*bases)[i]].entities.find(name); it != envs[(*bases)[i]].entities.end())
      return &it->second;
  return nullptr;
}

std::optional<Value> Elaborator::eval(const syntax::Expr &expr, std::uint32_t env) {
  std::string error;
  auto value = sema::evaluate(
      expr, [&](const std::string &name) { return lookupValue(name, env); }, error);
  if (!value) {
    diags.error(expr.range) << error;
    failed = true;
  }
  return value;
}

std::optional<std::uint32_t> Elaborator::evalCount(const syntax::Expr &expr, std::uint32_t env,
                                                   const char *what, bool allowZero) {
  auto value = eval(expr, env);
  if (!value)
    return std::nullopt;
  if (value->kind != Value::Kind::Int || value->number < (allowZero ? 0 : 1) ||
      value->number > 4294967295.0) {
    diags.error(expr.range) << what << " must be a " << (allowZero ? "non-negative" : "positive")
                            << " whole number, got " << value->str();
    failed = true;
    return std::nullopt;
  }
  return static_cast<std::uint32_t>(value->number);
}

std::optional<std::uint32_t> Elaborator::evalSize(const syntax::ExprPtr &size, std::uint32_t env,
                                                  const char *what) {
  if (!size)
    return 1; // no `[n]`: one channel
  return evalCount(*size, env, what, false);
}

std::optional<const syntax::DeclList *> Elaborator::chooseBranch(const syntax::IfDecl &decl,
                                                                 std::uint32_t env) {
  for (const auto &branch : decl.branches) {
    auto condition = eval(*branch.condition, env);
    if (!condition)
      return std::nullopt;
    if (condition->flag)
      return &branch.body;
  }
  return decl.elseBody ? &*decl.elseBody : nullptr;
}

std::optional<std::uint32_t> Elaborator::addPopulation(Population population, SourceRange where) {
  std::uint64_t first = 0;
  if (!network.populations.empty())
    first = std::uint64_t{network.populations.back().first} + network.populations.back().size;
  if (first + population.size > 4294967295ull) {
    diags.error(where) << "the network has more than 4294967295 neurons";
    failed = true;
    return std::nullopt;
  }
  population.first = static_cast<std::uint32_t>(first);
  population.declared = where;
  network.populations.push_back(std::move(population));
  return static_cast<std::uint32_t>(network.populations.size() - 1);
}

namespace {

/// The names an expression reads, so a default is evaluated per neuron only when it reads a
/// value that varies per neuron.
void namesIn(const syntax::Expr &expr, std::set<std::string> &out) {
  syntax::forEachSubexpression(expr, [&](const syntax::Expr &e) {
    if (auto *n = dynCast<syntax::NameExpr>(&e))
      out.insert(n->name);
  });
}

/// A file named in `where`: relative to that source file's folder (as tables and string imports
/// are), not to where fluxc runs.
std::string pathBesideSource(const std::string &name, SourceRange where,
                             const SourceManager &sources) {
  std::filesystem::path path(name);
  if (path.is_relative() && where.valid())
    path = std::filesystem::path(sources.file(where.begin.file).path()).parent_path() / path;
  return path.string();
}

double numberOf(const Value &v) {
  return v.kind == Value::Kind::Bool ? (v.flag ? 1.0 : 0.0) : v.number;
}

} // namespace

bool Elaborator::modelParams(
    const sema::ModelInfo &model,
    const std::vector<std::unique_ptr<const syntax::OverrideDecl>> &overrides, std::uint32_t env,
    Population &population) {
  // Values computed so far: one, or one per neuron when drawn from a distribution. Model
  // defaults may read them (`state theta = threshold`), per neuron where they vary.
  std::map<std::string, std::vector<Value>> known;
  auto evaluateDefault = [&](const syntax::Expr &expr, std::uint32_t neuron) {
    std::string error;
    auto value = sema::evaluate(
        expr,
        [&](const std::string &name) -> std::optional<Value> {
          auto it = known.find(name);
          if (it == known.end())
            return moduleLet(*model.module, name); // a top-level `let` of the model's module
          return it->second.size() == 1 ? it->second[0] : it->second[neuron];
        },
        error);
    if (!value)
      diags.error(expr.range) << error << " (in model '" << model.name << "')";
    return value;
  };
  auto fill = [&](const sema::ParamInfo &p, std::vector<ParamValues> &out) {
    const syntax::Expr *override = nullptr;
    for (const auto &o : overrides) {
      if (o->name.text == p.name.text)
        override = o->value.get();
    }
    ParamValues values{p.name.text, p.type.dim, {}};
    std::vector<Value> computed;
    if (override) {
      auto dist = distributionOf(*override, [&](const syntax::Expr &e) { return eval(e, env); });
      if (dist) {
        std::string error;
        if (!checkDistribution(*dist, error)) {
          diags.error(override->range) << error;
          return false;
        }
        // One stream per parameter: two parameters drawn alike are still independent.
        std::uint32_t stream = streamFor(population.name + " " + p.name.text);
        for (std::uint32_t i = 0; i < population.size; ++i)
          computed.push_back(Value::real(sample(*dist, {options.seed, stream}, i, 0), p.type.dim));
      } else if (auto value = eval(*override, env)) {
        computed.push_back(*value);
      } else {
        return false;
      }
    } else if (p.value) {
      std::set<std::string> reads;
      namesIn(*p.value, reads);
      bool perNeuron = std::any_of(reads.begin(), reads.end(), [&](const std::string &n) {
        auto it = known.find(n);
        return it != known.end() && it->second.size() > 1;
      });
      for (std::uint32_t i = 0; i < (perNeuron ? population.size : 1); ++i) {
        auto value = evaluateDefault(*p.value, i);
        if (!value)
          return false;
        computed.push_back(*value);
      }
    } else {
      diags.error(population.declared)
          << "'" << model.name << "' needs a value for '" << p.name.text << "'; set it with { "
          << p.name.text << " = ... }";
      return false;
    }
    known[p.name.text] = computed;
    if (computed.front().kind == Value::Kind::String)
      return true; // configuration such as a synapse's kind: not a per-neuron number
    for (const Value &v : computed)
      values.values.push_back(numberOf(v));
    out.push_back(std::move(values));
    return true;
  };
  // The first failure stops this population: later defaults would only cascade from it.
  bool ok = true;
  for (const auto &p : model.params)
    ok = ok && fill(p, population.params);
  for (const auto &s : model.states)
    ok = ok && fill(s, population.state);
  if (!ok)
    failed = true;
  return ok;
}

Entity Elaborator::externEntity(const syntax::ExternPortDecl &decl, std::uint32_t env) {
  Entity entity;
  auto it = externs.find(&decl);
  if (it == externs.end()) {
    auto size = evalSize(decl.size, env, "an extern port's size");
    if (!size)
      return entity;
    Population p;
    p.name = decl.name.text;
    p.kind = decl.direction == syntax::PortDirection::In ? PopulationKind::ExternInput
                                                         : PopulationKind::ExternOutput;
    p.size = *size;
    auto index = addPopulation(std::move(p), decl.range);
    if (!index)
      return entity;
    it = externs.emplace(&decl, *index).first;
  }
  const Population &p = network.populations[it->second];
  entity.set.ranges.push_back({it->second, 0, p.size});
  return entity;
}

void Elaborator::declareMembers(const std::vector<sema::CircuitMember> &members,
                                std::uint32_t env) {
  for (const auto &m : members) {
    declareMember(*m.decl, env);
    if (diags.limitReached())
      return;
  }
}

void Elaborator::declareMember(const syntax::Decl &decl, std::uint32_t env) {
  // Copies, not references: instantiating a sub-circuit grows `instances`.
  const std::string prefix = instances[envs[env].instance].path + ".";
  const unsigned depth = instances[envs[env].instance].depth;
  switch (decl.kind()) {
  case syntax::DeclKind::Let: {
    const auto &let = *cast<syntax::LetDecl>(&decl);
    if (auto value = eval(*let.value, env))
      envs[env].values[let.name.text] = *value;
    return;
  }
  case syntax::DeclKind::Population: {
    const auto &p = *cast<syntax::PopulationDecl>(&decl);
    auto size = evalCount(*p.size, env, "a population size", false);
    const sema::ModelInfo *model = checked.model(p.model);
    if (!size || !model)
      return;
    Population population;
    population.name = prefix + p.name.text;
    population.model = model;
    population.size = *size;
    population.declared = decl.range;
    if (!modelParams(*model, p.overrides, env, population))
      return;
    if (auto index = addPopulation(std::move(population), decl.range))
      envs[env].entities[p.name.text] = {Entity::Kind::Neurons, {{{*index, 0, *size}}}, {}, {}};
    return;
  }
  case syntax::DeclKind::Neuron: {
    const auto &n = *cast<syntax::NeuronDecl>(&decl);
    const sema::ModelInfo *model = checked.model(n.model);
    if (!model)
      return;
    for (const auto &name : n.names) {
      Population population;
      population.name = prefix + name.text;
      population.model = model;
      population.size = 1;
      population.declared = decl.range;
      if (!modelParams(*model, n.overrides, env, population))
        return;
      if (auto index = addPopulation(std::move(population), name.range))
        envs[env].entities[name.text] = {Entity::Kind::Neurons, {{{*index, 0, 1}}}, {}, {}};
    }
    return;
  }
  case syntax::DeclKind::Input: {
    const auto &in = *cast<syntax::InputDecl>(&decl);
    auto count = evalSize(in.size, env, "an input's size");
    if (!count)
      return;
    std::uint32_t size = *count;
    Population population;
    population.name = prefix + in.name.text;
    population.kind = PopulationKind::Source;
    population.source = in.source.name.str();
    population.size = size;
    static const char *kArgOrder[][2] = {{"rate", "phase"}, {"file", nullptr}};
    const bool fromFile = population.source == "spike_train";
    for (std::size_t i = 0; i < in.source.args.size(); ++i) {
      const auto &a = in.source.args[i];
      std::string name =
          a.name ? a.name->text : (i < 2 && kArgOrder[fromFile][i] ? kArgOrder[fromFile][i] : "");
      auto value = eval(*a.value, env);
      if (!value)
        return;
      if (name == "rate" && value->number < 0) {
        diags.error(a.value->range) << "a rate cannot be negative, got " << value->str();
        failed = true;
        return;
      }
      if (value->kind != Value::Kind::String)
        population.params.push_back({name, value->dim, {value->number}});
      else if (name == "file")
        population.sourceFile = pathBesideSource(value->text, decl.range, diags.sources());
    }
    if (auto index = addPopulation(std::move(population), decl.range))
      envs[env].entities[in.name.text] = {Entity::Kind::Neurons, {{{*index, 0, size}}}, {}, {}};
    return;
  }
  case syntax::DeclKind::ExternPort: {
    const auto &e = *cast<syntax::ExternPortDecl>(&decl);
    envs[env].entities[e.name.text] = externEntity(e, env);
    return;
  }
  case syntax::DeclKind::Port: {
    const auto &p = *cast<syntax::PortDecl>(&decl);
    auto count = evalSize(p.size, env, "a port size");
    if (!count)
      return;
    std::uint32_t size = *count;
    ports.push_back({prefix + p.name.text,
                     p.direction == syntax::PortDirection::In,
                     size,
                     envs[env].instance,
                     {},
                     p.name.range});
    Entity entity;
    entity.kind = Entity::Kind::Port;
    entity.ports = {static_cast<std::uint32_t>(ports.size() - 1)};
    envs[env].entities[p.name.text] = entity;
    return;
  }
  case syntax::DeclKind::Instance: {
    const auto &i = *cast<syntax::InstanceDecl>(&decl);
    const sema::CircuitInfo *circuit = checked.circuit(i.circuit.name);
    if (!circuit)
      return;
    std::map<std::string, Value> args;
    for (std::size_t k = 0; k < i.circuit.args.size(); ++k) {
      const auto &a = i.circuit.args[k];
      auto value = eval(*a.value, env);
      if (!value)
        return;
      std::string name = a.name ? a.name->text : circuit->params[k].name.text;
      args[name] = *value;
    }
    std::uint32_t self = envs[env].instance;
    Entity entity;
    if (!i.count) {
      auto child = instantiate(*circuit, prefix + i.name.text, args, depth + 1, decl.range);
      if (!child)
        return;
      instances[self].children.push_back(*child);
      entity.kind = Entity::Kind::Instance;
      entity.instances.push_back(*child);
    } else {
      auto count = evalCount(*i.count, env, "an instance count", false);
      if (!count)
        return;
      entity.kind = Entity::Kind::InstanceArray;
      for (std::uint32_t k = 0; k < *count; ++k) {
        auto child = instantiate(*circuit, prefix + i.name.text + "[" + std::to_string(k) + "]",
                                 args, depth + 1, decl.range);
        if (!child)
          return;
        instances[self].children.push_back(*child);
        entity.instances.push_back(*child);
      }
    }
    envs[env].entities[i.name.text] = std::move(entity);
    return;
  }
  case syntax::DeclKind::If: {
    // The branch an `if` takes is known now (its condition reads only values): declare what it
    // declares, in a scope of its own that wiring later reuses.
    auto chosenBranch = chooseBranch(*cast<syntax::IfDecl>(&decl), env);
    if (!chosenBranch || !*chosenBranch)
      return;
    const syntax::DeclList *chosen = *chosenBranch;
    std::uint32_t inner = newEnv(env, envs[env].instance);
    branchEnvs[{&decl, env}] = inner;
    for (const auto &d : *chosen) {
      if (d->kind() != syntax::DeclKind::Connect && d->kind() != syntax::DeclKind::For)
        declareMember(*d, inner);
    }
    // What the branch declares is also a member of the instance (`c.E` from outside).
    for (const auto &[name, entity] : envs[inner].entities)
      envs[env].entities.emplace(name, entity);
    return;
  }
  default:
    return; // connections and `for` generators are wired in Connections.cpp
  }
}

std::optional<std::uint32_t> Elaborator::instantiate(const sema::CircuitInfo &circuit,
                                                     std::string path,
                                                     std::map<std::string, Value> args,
                                                     unsigned depth, SourceRange where) {
  if (depth > options.maxDepth) {
    diags.error(where) << "circuits are nested more than " << options.maxDepth
                       << " levels deep here ('" << circuit.name
                       << "' probably contains itself); the chain so far is " << path;
    failed = true;
    return std::nullopt;
  }
  auto self = static_cast<std::uint32_t>(instances.size());
  instances.push_back({std::move(path), &circuit, 0, {}, depth});
  std::uint32_t env = newEnv(moduleEnv(*circuit.module), self);
  instances[self].env = env;
  for (const auto &member : circuit.members) {
    if (member.module == circuit.module)
      continue;
    std::uint32_t base = moduleEnv(*member.module);
    auto &bases = envs[env].baseModuleEnvs;
    if (std::find(bases.begin(), bases.end(), base) == bases.end())
      bases.push_back(base);
  }
  for (const auto &p : circuit.params) {
    if (auto it = args.find(p.name.text); it != args.end()) {
      envs[env].values[p.name.text] = it->second;
      continue;
    }
    if (!p.value) {
      diags.error(where) << "circuit '" << circuit.name << "' needs a value for parameter '"
                         << p.name.text << "'";
      failed = true;
      return std::nullopt;
    }
    auto value = eval(*p.value, env);
    if (!value)
      return std::nullopt;
    envs[env].values[p.name.text] = *value;
  }
  declareMembers(circuit.members, env);
  return self;
}

std::optional<Network> Elaborator::run() {
  unsigned before = diags.errorCount();
  // The top circuit: named, or the last one in the main file.
  const sema::CircuitInfo *top = nullptr;
  for (const auto &decl : checked.main().ast->decls) {
    if (auto *c = dynCast<syntax::CircuitDecl>(decl.get())) {
      if (options.top.empty() || c->name.text == options.top)
        top = checked.circuitOf(*c);
    }
  }
  // `--top` may also name a circuit of an imported module (`--top Column` or `--top lib.Column`).
  for (const auto &import : checked.main().imports) {
    for (const auto &decl : import.module->ast->decls) {
      auto *c = dynCast<syntax::CircuitDecl>(decl.get());
      if (!top && c && !options.top.empty() &&
          (c->name.text == options.top || import.qualifier + "." + c->name.text == options.top))
        top = checked.circuitOf(*c);
    }
  }
  if (!top) {
    if (options.top.empty())
      diags.error({}) << "'" << checked.main().name
                      << "' declares no circuit to elaborate; add one, or name an imported one "
                         "with --top";
    else
      diags.error({}) << "no circuit named '" << options.top << "' in '" << checked.main().name
                      << "'";
    return std::nullopt;
  }
  network.top = top->name;
  network.seed = options.seed;

  auto root = instantiate(*top, top->name, {}, 0, top->decl->name.range);
  if (root && !failed) {
    connectInstance(*root);
    // After another error a port may be unbound only because its binding failed: say nothing.
    if (!failed)
      checkPortsBound();
  }
  if (failed || diags.errorCount() > before)
    return std::nullopt;
  return std::move(network);
}

std::optional<Network> elaborate(const sema::CheckedAst &checked, const ElabOptions &options,
                                 DiagnosticEngine &diags) {
  try {
    return Elaborator(checked, options, diags).run();
  } catch (const std::bad_alloc &) {
    // The estimate let it through (--max-memory above what the machine has): say so.
    diags.error({}) << "ran out of memory while building the network; lower --max-memory (now "
                    << options.maxBytes / (1 << 20)
                    << " MiB) below this machine's free memory to have it refused up front";
    return std::nullopt;
  }
}

} // namespace flux::elab
