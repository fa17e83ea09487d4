// Elaboration, part two: wiring. Instances are wired children first, so a port's bindings
// inside a circuit are known before anyone connects to it from outside. A port is an alias:
// a connection through it is the composition R_source ∘ R_outer ∘ R_target of the relations
// on each side (each computed by its own rule), with the synapse taken from the side that
// gives one. Neuron-to-neuron connections skip the composition and keep the rule's CSR.
#include "elab/Elaborator.h"

#include "elab/Distributions.h"

#include <algorithm>

namespace flux::elab {

using sema::Value;
using Rows = std::vector<std::vector<std::uint32_t>>;

namespace {

Rows toRows(const Connectivity &c) {
  Rows rows(c.sourceCount());
  for (std::uint32_t s = 0; s < c.sourceCount(); ++s) {
    auto targets = c.targetsOf(s);
    rows[s].assign(targets.begin(), targets.end());
  }
  return rows;
}

Connectivity fromRows(Rows &rows) {
  Connectivity c;
  c.rowStart.reserve(rows.size() + 1);
  c.rowStart.push_back(0);
  for (auto &row : rows) {
    std::sort(row.begin(), row.end());
    row.erase(std::unique(row.begin(), row.end()), row.end());
    c.target.insert(c.target.end(), row.begin(), row.end());
    c.rowStart.push_back(c.target.size());
  }
  return c;
}

bool sameSet(const NeuronSet &a, const NeuronSet &b) {
  if (a.ranges.size() != b.ranges.size())
    return false;
  for (std::size_t i = 0; i < a.ranges.size(); ++i) {
    if (a.ranges[i].population != b.ranges[i].population ||
        a.ranges[i].begin != b.ranges[i].begin || a.ranges[i].end != b.ranges[i].end)
      return false;
  }
  return true;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Projections
// ---------------------------------------------------------------------------------------------

void Elaborator::addProjection(const NeuronSet &source, const NeuronSet &target, Rows rows,
                               Connectivity *direct, const syntax::Spec *synapse,
                               std::uint32_t synapseEnv, std::string rule, SourceRange where,
                               const std::vector<double> &fileWeights,
                               const std::vector<double> &fileDelays,
                               const std::string &streamKey) {
  const Population &src = network.populations[source.ranges.front().population];
  const Population &dst = network.populations[target.ranges.front().population];
  for (const auto &r : source.ranges) {
    if (network.populations[r.population].kind == PopulationKind::ExternOutput) {
      diags.error(where) << "'" << network.populations[r.population].name
                         << "' is an extern output: spikes go into it, not out of it";
      failed = true;
      return;
    }
  }
  bool toOutput = false;
  for (const auto &r : target.ranges) {
    auto kind = network.populations[r.population].kind;
    if (kind == PopulationKind::Source || kind == PopulationKind::ExternInput) {
      diags.error(where) << "'" << network.populations[r.population].name
                         << "' is an input: it sends spikes and cannot receive them";
      failed = true;
      return;
    }
    toOutput = toOutput || kind == PopulationKind::ExternOutput;
  }

  Projection projection;
  projection.name = src.name + "->" + dst.name;
  projection.id = streamFor(streamKey + " weights");
  projection.source = source;
  projection.target = target;
  projection.rule = std::move(rule);
  projection.declared = where;
  projection.connectivity = direct ? std::move(*direct) : fromRows(rows);

  if (toOutput) {
    if (synapse) {
      diags.error(synapse->range) << "spikes sent to an extern output need no synapse; remove "
                                     "': "
                                  << synapse->name.str() << "(...)'";
      failed = true;
      return;
    }
    projection.kind = SynapseKind::Output;
    network.projections.push_back(std::move(projection));
    return;
  }
  if (!synapse) {
    diags.error(where) << "this connection has no synapse; add one, such as ': direct(w = 0.5)'";
    failed = true;
    return;
  }

  // The synapse: a builtin kind or a synapse model, with its arguments.
  std::string name = synapse->name.str();
  std::optional<Distribution> weight;
  std::optional<Value> delay;
  std::optional<Distribution> delayDistribution; // a per-synapse delay
  projection.kind = name == "direct"      ? SynapseKind::Direct
                    : name == "modulator" ? SynapseKind::Modulator
                    : name == "electric"  ? SynapseKind::Electric
                                          : SynapseKind::Model;
  // A synapse model transmits through the input its `kind` string names.
  bool kindGiven = false;
  auto setDeliveryKind = [&](Projection &p, const std::string &kind, SourceRange range) {
    kindGiven = true;
    if (kind == "direct" || kind == "modulator" || kind == "electric") {
      p.deliverAs = kind == "direct"      ? SynapseKind::Direct
                    : kind == "modulator" ? SynapseKind::Modulator
                                          : SynapseKind::Electric;
      return true;
    }
    diags.error(range) << "a synapse's kind is \"direct\", \"modulator\" or \"electric\", got \""
                       << kind << "\"";
    failed = true;
    return false;
  };
  if (projection.kind == SynapseKind::Model) {
    projection.synapseModel = checked.model(synapse->name);
    if (!projection.synapseModel ||
        !checkNeighbourReads(*projection.synapseModel, source, target, synapse->range))
      return;
  }
  for (std::size_t i = 0; i < synapse->args.size(); ++i) {
    const auto &a = synapse->args[i];
    // Positional arguments follow the parameters in order, then `delay` (as sema checks them).
    std::vector<std::string> order;
    if (projection.kind == SynapseKind::Model) {
      for (const auto &p : projection.synapseModel->params)
        order.push_back(p.name.text);
      order.emplace_back("delay");
    } else if (projection.kind == SynapseKind::Electric) {
      order = {"delay"};
    } else {
      order = {"w", "delay"};
    }
    if (!a.name && i >= order.size()) {
      diags.error(a.range) << "'" << name << "' takes " << order.size() << " arguments, got "
                           << synapse->args.size();
      failed = true;
      return;
    }
    std::string key = a.name ? a.name->text : order[i];
    auto evaluateArg = [&](const syntax::Expr &e) { return eval(e, synapseEnv); };
    if (key == "w" || key == "delay") {
      if (auto dist = distributionOf(*a.value, evaluateArg)) {
        // A normal draw keeps the sign its mean has (an inhibitory weight stays inhibitory,
        // a delay stays positive): it is truncated at zero.
        if (dist->kind == DistributionKind::Normal && key == "delay")
          dist = Distribution::positiveNormal(dist->params[0], dist->params[1]);
        else if (dist->kind == DistributionKind::Normal && dist->params[0] != 0)
          dist = dist->params[0] > 0
                     ? Distribution::positiveNormal(dist->params[0], dist->params[1])
                     : Distribution::negativeNormal(dist->params[0], dist->params[1]);
        std::string error;
        if (!checkDistribution(*dist, error)) {
          diags.error(a.value->range) << error;
          failed = true;
          return;
        }
        if (key == "w")
          weight = *dist;
        else
          delayDistribution = *dist;
        continue;
      }
    }
    auto value = eval(*a.value, synapseEnv);
    if (!value)
      return;
    if (key == "delay") {
      if (!(value->number > 0)) {
        diags.error(a.value->range) << "a synaptic delay must be positive, got " << value->str();
        failed = true;
        return;
      }
      delay = value;
    } else if (key == "w") {
      weight = Distribution::constant(value->number);
    } else if (value->kind != Value::Kind::String) {
      projection.synapseParams.push_back({key, value->dim, {value->number}});
    } else if (key == "kind" && !setDeliveryKind(projection, value->text, a.value->range)) {
      return;
    }
  }
  // A table's weight and delay columns, when the file has them (CSR order, as the rule made).
  if (!fileWeights.empty() || !fileDelays.empty()) {
    bool explicitWeight = weight.has_value();
    if ((!fileWeights.empty() && explicitWeight) ||
        (!fileDelays.empty() && (delay || delayDistribution))) {
      diags.error(synapse->range) << "the table file gives "
                                  << (!fileWeights.empty() && explicitWeight ? "weights" : "delays")
                                  << " already; remove them from the synapse or the column from "
                                     "the file";
      failed = true;
      return;
    }
    projection.weights.assign(fileWeights.begin(), fileWeights.end());
    for (double d : fileDelays) {
      if (!(d > 0)) {
        diags.error(where) << "the table file has a delay of " << d
                           << " ms; synaptic delays must be positive";
        failed = true;
        return;
      }
      projection.delays.push_back(static_cast<float>(d));
    }
    if (!fileWeights.empty())
      weight = Distribution::constant(0.0);
  }
  if (projection.kind == SynapseKind::Model && fileWeights.empty()) {
    // Not given here: a synapse model's own defaults for `w` and `delay`, if it has them.
    std::uint32_t modelEnv = moduleEnv(*projection.synapseModel->module);
    for (const auto &p : projection.synapseModel->params) {
      if (p.name.text == "kind" && p.value && !kindGiven) {
        auto v = eval(*p.value, modelEnv);
        if (!v || (v->kind == Value::Kind::String &&
                   !setDeliveryKind(projection, v->text, p.value->range)))
          return;
        continue;
      }
      if (!p.value || (p.name.text == "w" ? weight.has_value()
                                          : p.name.text != "delay" || delay || !fileDelays.empty()))
        continue;
      auto v = eval(*p.value, modelEnv);
      if (!v)
        return;
      if (p.name.text == "w")
        weight = Distribution::constant(v->number);
      else
        delay = v;
    }
  }
  if (!weight)
    weight = Distribution::constant(projection.kind == SynapseKind::Electric ? 0.0 : 1.0);
  projection.delay = delay ? delay->number : 1.0;
  if (!projection.weights.empty()) {
    projection.weight = 0; // from the table file
  } else if (weight->kind == DistributionKind::Constant) {
    projection.weight = weight->params.empty() ? 0.0 : weight->params[0];
  } else {
    const Connectivity &c = projection.connectivity;
    projection.weights.reserve(c.synapseCount());
    RngKey key{options.seed, projection.id};
    for (std::uint32_t s = 0; s < c.sourceCount(); ++s) {
      for (std::uint32_t t : c.targetsOf(s))
        projection.weights.push_back(static_cast<float>(sample(*weight, key, s, t)));
    }
    projection.weight = 0;
  }
  if (delayDistribution) {
    const Connectivity &c = projection.connectivity;
    projection.delays.reserve(c.synapseCount());
    RngKey key{options.seed, streamFor(streamKey + " delays")};
    for (std::uint32_t s = 0; s < c.sourceCount(); ++s) {
      for (std::uint32_t t : c.targetsOf(s)) {
        double d = sample(*delayDistribution, key, s, t);
        if (!(d > 0)) {
          diags.error(synapse->range) << "a delay drawn for synapse " << s << " -> " << t << " is "
                                      << d << " ms; delays must be positive";
          failed = true;
          return;
        }
        projection.delays.push_back(static_cast<float>(d));
      }
    }
  }
  network.projections.push_back(std::move(projection));
}

namespace {

/// Every `pre.x` / `post.x` a synapse model's code reads, with where it reads it.
void neighbourReads(const syntax::Expr &expr, std::vector<const syntax::MemberExpr *> &out) {
  syntax::forEachSubexpression(expr, [&](const syntax::Expr &e) {
    auto *m = dynCast<syntax::MemberExpr>(&e);
    auto *base = m ? dynCast<syntax::NameExpr>(m->base.get()) : nullptr;
    if (base && (base->name == "pre" || base->name == "post"))
      out.push_back(m);
  });
}

void neighbourReads(const syntax::Block &block, std::vector<const syntax::MemberExpr *> &out) {
  for (const auto &stmt : block) {
    switch (stmt->kind()) {
    case syntax::StmtKind::Let:
      neighbourReads(*cast<syntax::LetStmt>(stmt.get())->value, out);
      break;
    case syntax::StmtKind::Assign:
      neighbourReads(*cast<syntax::AssignStmt>(stmt.get())->target, out);
      neighbourReads(*cast<syntax::AssignStmt>(stmt.get())->value, out);
      break;
    case syntax::StmtKind::If:
      for (const auto &b : cast<syntax::IfStmt>(stmt.get())->branches) {
        neighbourReads(*b.condition, out);
        neighbourReads(b.body, out);
      }
      if (const auto &e = cast<syntax::IfStmt>(stmt.get())->elseBody)
        neighbourReads(*e, out);
      break;
    case syntax::StmtKind::Refractory:
      neighbourReads(*cast<syntax::RefractoryStmt>(stmt.get())->duration, out);
      break;
    case syntax::StmtKind::Expr:
      neighbourReads(*cast<syntax::ExprStmt>(stmt.get())->expr, out);
      break;
    case syntax::StmtKind::Fire:
      break;
    }
  }
}

} // namespace

bool Elaborator::checkNeighbourReads(const sema::ModelInfo &synapseModel, const NeuronSet &source,
                                     const NeuronSet &target, SourceRange where) {
  // What `pre.x` and `post.x` mean depends on the neurons a synapse connects: check them here,
  // where both ends are known.
  std::vector<const syntax::MemberExpr *> reads;
  if (synapseModel.evolve)
    neighbourReads(synapseModel.evolve->body, reads);
  for (const auto &h : synapseModel.handlers)
    neighbourReads(h.decl->body, reads);
  bool ok = true;
  for (const auto *read : reads) {
    bool isPre = cast<syntax::NameExpr>(read->base.get())->name == "pre";
    for (const auto &r : (isPre ? source : target).ranges) {
      const Population &p = network.populations[r.population];
      const sema::ModelInfo *model = p.model;
      if (!model || model->param(read->member.text) || model->state(read->member.text))
        continue;
      diags.error(read->range).note(where, "the synapse is used here")
          << "'" << synapseModel.name << "' reads '" << (isPre ? "pre." : "post.")
          << read->member.text << "', but " << (isPre ? "its source " : "its target ") << "'"
          << p.name << "' is a '" << model->name << "', which has no '" << read->member.text << "'";
      ok = false;
      failed = true;
      break;
    }
  }
  return ok;
}

void Elaborator::connect(const syntax::ConnectDecl &decl, std::uint32_t env) {
  auto a = resolveEndpoint(*decl.source, env);
  auto b = resolveEndpoint(*decl.target, env);
  if (!a || !b)
    return;
  const syntax::Spec *synapse = decl.synapse ? &*decl.synapse : nullptr;
  const syntax::Spec *rule = decl.rule ? &*decl.rule : nullptr;
  std::string ruleText = rule ? printSpec(*rule, env) : "all_to_all";

  if (a->size() == 0 || b->size() == 0)
    return; // an empty slice connects nothing
  const std::string streamKey = describe(*a) + "->" + describe(*b) + " " + ruleText;
  std::uint32_t stream = streamFor(streamKey);

  // The fast path: neurons to neurons, the rule's CSR as it is.
  if (!a->isPort && !b->isPort) {
    bool same = sameSet(a->set, b->set);
    auto c = relation(rule, a->set.size(), b->set.size(), same, env, decl.range, stream, &a->set,
                      &b->set);
    if (!c)
      return;
    const std::size_t before = network.projections.size();
    addProjection(a->set, b->set, {}, &c->connectivity, synapse, env, ruleText, decl.range,
                  c->weights, c->delays, streamKey);
    if (network.projections.size() > before)
      network.projections.back().recipe = c->recipe;
    return;
  }

  if (a->isPort && b->isPort && a->ownPort && b->ownPort) {
    diags.error(decl.range) << "a connection from one port of this circuit straight to another "
                               "is not supported; connect each to the neurons instead";
    failed = true;
    return;
  }
  auto isIn = [&](const Endpoint &ep) { return ports[ep.slices.front().port].in; };
  // From inside a circuit, connections leave its in-ports and enter its out-ports; from
  // outside, they enter an instance's in-ports and leave its out-ports.
  for (const Endpoint *ep : {&*a, &*b}) {
    if (!ep->isPort)
      continue;
    bool isSource = ep == &*a;
    bool wrong = ep->ownPort ? isIn(*ep) != isSource : isIn(*ep) == isSource;
    if (wrong) {
      diags.error(decl.range) << "'" << ports[ep->slices.front().port].name << "' is an "
                              << (isIn(*ep) ? "input" : "output")
                              << " port: from here, connections go "
                              << (isIn(*ep) == ep->ownPort ? "out of" : "into") << " it";
      failed = true;
      return;
    }
  }

  auto outerCsr = relation(rule, a->size(), b->size(), false, env, decl.range, stream);
  if (!outerCsr)
    return;
  auto outer = std::optional<Rows>(toRows(outerCsr->connectivity)); // ports are small: rows

  // A side is a list of legs: a set and, per index on that side, which of its neurons stand
  // there. Neurons are one leg with the identity; a port has one leg per binding.
  struct Leg {
    NeuronSet set;
    Rows channelToSet; // index on this side -> indices into `set`
    const syntax::Spec *synapse = nullptr;
    std::uint32_t env = 0;
  };
  auto legsOf = [&](const Endpoint &ep) {
    std::vector<Leg> legs;
    if (!ep.isPort) {
      Rows identity(ep.set.size());
      for (std::uint32_t i = 0; i < identity.size(); ++i)
        identity[i] = {i};
      legs.push_back({ep.set, std::move(identity), nullptr, env});
      return legs;
    }
    std::uint32_t offset = 0;
    for (const auto &s : ep.slices) {
      for (const auto &entry : ports[s.port].entries) {
        Rows rows(ep.size());
        for (std::uint32_t c = s.begin; c < s.end; ++c)
          rows[offset + c - s.begin] = entry.channelToSet[c];
        legs.push_back({entry.set, std::move(rows), entry.synapse, entry.env});
      }
      offset += s.end - s.begin;
    }
    return legs;
  };
  auto pickSynapse = [&](const Leg *x, const Leg *y,
                         std::uint32_t &chosenEnv) -> std::optional<const syntax::Spec *> {
    const syntax::Spec *chosen = synapse;
    chosenEnv = env;
    for (const Leg *leg : {x, y}) {
      if (!leg || !leg->synapse)
        continue;
      if (chosen) {
        diags.error(decl.range) << "this connection gives a synapse here and again where the "
                                   "port is bound inside; give it in one place";
        failed = true;
        return std::nullopt;
      }
      chosen = leg->synapse;
      chosenEnv = leg->env;
    }
    return chosen;
  };

  std::vector<Leg> left = legsOf(*a);
  std::vector<Leg> right = legsOf(*b);

  // Binding this circuit's own port: record the composed relation on the port.
  if ((a->isPort && a->ownPort) || (b->isPort && b->ownPort)) {
    bool inPort = a->isPort && a->ownPort;
    const PortSlice &own = (inPort ? a : b)->slices.front();
    Port &port = ports[own.port];
    std::uint32_t begin = own.begin;
    for (const Leg &leg : inPort ? right : left) {
      PortEntry entry;
      entry.set = leg.set;
      entry.channelToSet.assign(port.size, {});
      entry.synapse = synapse;
      entry.env = env;
      if (leg.synapse) {
        if (synapse) {
          diags.error(decl.range) << "this binding gives a synapse here and again inside the "
                                     "inner circuit; give it in one place";
          failed = true;
          return;
        }
        entry.synapse = leg.synapse;
        entry.env = leg.env;
      }
      for (std::uint32_t i = 0; i < outer->size(); ++i) {
        for (std::uint32_t j : (*outer)[i]) {
          // in-port: channel i -> leg index j; out-port: leg index i -> channel j.
          std::uint32_t channel = inPort ? begin + i : begin + j;
          const auto &members = inPort ? leg.channelToSet[j] : leg.channelToSet[i];
          auto &row = entry.channelToSet[channel];
          row.insert(row.end(), members.begin(), members.end());
        }
      }
      entry.where = decl.range;
      port.entries.push_back(std::move(entry));
    }
    return;
  }

  // Neurons (or an inner circuit's ports) on both sides: one projection per pair of legs.
  for (const Leg &x : left) {
    for (const Leg &y : right) {
      std::uint32_t chosenEnv = env;
      auto chosen = pickSynapse(&x, &y, chosenEnv);
      if (!chosen)
        return;
      // Composed through ports, the rule's estimate counted channels, not synapses: count
      // them as they are made and stop at the memory limit.
      Rows rows(x.set.size());
      std::uint64_t made = 0;
      for (std::uint32_t i = 0; i < outer->size(); ++i) {
        for (std::uint32_t s : x.channelToSet[i]) {
          for (std::uint32_t j : (*outer)[i]) {
            const auto &targets = y.channelToSet[j];
            rows[s].insert(rows[s].end(), targets.begin(), targets.end());
            made += targets.size();
          }
        }
        if (plannedBytes + made * 12 > options.maxBytes) {
          diags.error(decl.range) << "this connection through ports would make more than " << made
                                  << " synapses, more than the memory limit of "
                                  << options.maxBytes / (1 << 20)
                                  << " MiB allows; lower the sizes or raise --max-memory";
          failed = true;
          return;
        }
      }
      plannedBytes += made * 12;
      if (!outerCsr->weights.empty() || !outerCsr->delays.empty()) {
        diags.error(decl.range) << "a table's weight and delay columns cannot be used through a "
                                   "port; connect the neurons directly";
        failed = true;
        return;
      }
      addProjection(x.set, y.set, std::move(rows), nullptr, *chosen, chosenEnv,
                    ruleText + (a->isPort || b->isPort ? " via ports" : ""), decl.range, {}, {},
                    streamKey + " " + describe(x.set) + "->" + describe(y.set));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Walking circuits
// ---------------------------------------------------------------------------------------------

void Elaborator::connectInstance(std::uint32_t instance) {
  for (std::uint32_t child : instances[instance].children)
    connectInstance(child);
  connectMembers(instances[instance].circuit->members, instances[instance].env);
}

void Elaborator::connectMembers(const std::vector<sema::CircuitMember> &members,
                                std::uint32_t env) {
  for (const auto &m : members) {
    connectMember(*m.decl, env);
    if (diags.limitReached())
      return;
  }
}

void Elaborator::wireBranch(const syntax::DeclList &decls, std::uint32_t inner) {
  // Lets and members were declared with the branch; connections and nested generators remain.
  for (const auto &d : decls) {
    if (d->kind() == syntax::DeclKind::Connect || d->kind() == syntax::DeclKind::For ||
        d->kind() == syntax::DeclKind::If)
      connectMember(*d, inner);
  }
}

void Elaborator::connectMember(const syntax::Decl &decl, std::uint32_t env) {
  auto body = [&](const syntax::DeclList &decls, std::uint32_t inner) {
    for (const auto &d : decls) {
      switch (d->kind()) {
      case syntax::DeclKind::Let: {
        const auto &let = *cast<syntax::LetDecl>(d.get());
        if (auto value = eval(*let.value, inner))
          envs[inner].values[let.name.text] = *value;
        break;
      }
      case syntax::DeclKind::Connect:
      case syntax::DeclKind::For:
      case syntax::DeclKind::If:
        connectMember(*d, inner);
        break;
      default:
        diags.error(d->range) << "only connections, 'let', 'for' and 'if' may appear inside a "
                                 "'for' (or an 'if' within one); declare neurons, populations "
                                 "and instances outside it (use an instance array for repeated "
                                 "structure)";
        failed = true;
        break;
      }
    }
  };
  switch (decl.kind()) {
  case syntax::DeclKind::Connect:
    connect(*cast<syntax::ConnectDecl>(&decl), env);
    return;
  case syntax::DeclKind::For: {
    const auto &f = *cast<syntax::ForDecl>(&decl);
    auto first = eval(*f.first, env);
    auto last = eval(*f.last, env);
    if (!first || !last)
      return;
    for (double i = first->number; i < last->number; ++i) {
      std::uint32_t inner = newEnv(env, envs[env].instance);
      envs[inner].values[f.var.text] = Value::integer(i);
      body(f.body, inner);
      if (failed && diags.limitReached())
        return;
    }
    return;
  }
  case syntax::DeclKind::If: {
    auto chosen = chooseBranch(*cast<syntax::IfDecl>(&decl), env);
    if (!chosen || !*chosen)
      return;
    if (auto it = branchEnvs.find({&decl, env}); it != branchEnvs.end())
      wireBranch(**chosen, it->second); // declared already, at the top of a circuit body
    else
      body(**chosen, newEnv(env, envs[env].instance));
    return;
  }
  default:
    return;
  }
}

void Elaborator::checkPortsBound() {
  for (const auto &port : ports) {
    if (port.entries.empty()) {
      diags.error(port.declared) << "port '" << port.name
                                 << "' is connected to nothing inside its circuit; bind it, "
                                    "such as '"
                                 << (port.in ? port.name.substr(port.name.rfind('.') + 1) + " -> n"
                                             : "n -> " + port.name.substr(port.name.rfind('.') + 1))
                                 << "'";
      failed = true;
    }
  }
}

} // namespace flux::elab
