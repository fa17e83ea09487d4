// Checking circuits: parameter types, members, arguments of instances, synapses,
// connectivity rules and input sources against their signatures.
#include "sema/TypeHelpers.h"

namespace flux::sema {

namespace {

/// A parameter of a builtin synapse kind, connectivity rule or input source.
struct ArgSpec {
  const char *name;
  Type type;
  bool required;
};

struct Signature {
  const char *name;
  std::vector<ArgSpec> args;
};

const std::vector<Signature> &ruleSignatures() {
  static const std::vector<Signature> rules = {
      {"one_to_one", {}},
      {"all_to_all", {}},
      {"probability", {{"p", Type::real(), true}}},
      {"fixed_indegree", {{"k", Type::integer(), true}}},
      {"fixed_outdegree", {{"k", Type::integer(), true}}},
      {"small_world", {{"k", Type::integer(), true}, {"p", Type::real(), true}}},
      {"ring", {{"k", Type::integer(), true}}},
      {"grid",
       {{"w", Type::integer(), true},
        {"h", Type::integer(), true},
        {"radius", Type::real(), true}}},
      {"table", {{"file", Type::string(), true}, {"format", Type::string(), false}}},
  };
  return rules;
}

const std::vector<Signature> &sourceSignatures() {
  static const std::vector<Signature> sources = {
      {"poisson", {{"rate", Type::real(kRate), true}}},
      {"regular", {{"rate", Type::real(kRate), true}, {"phase", Type::real(kTime), false}}},
      {"spike_train", {{"file", Type::string(), true}}},
  };
  return sources;
}

const std::vector<Signature> &synapseKindSignatures() {
  static const std::vector<Signature> kinds = {
      {"direct", {{"w", Type::any(), false}, {"delay", Type::real(kTime), false}}},
      {"modulator", {{"w", Type::any(), false}, {"delay", Type::real(kTime), false}}},
      {"electric", {{"delay", Type::real(kTime), false}}},
  };
  return kinds;
}

const Signature *findSignature(const std::vector<Signature> &list, const std::string &name) {
  for (const auto &s : list) {
    if (name == s.name)
      return &s;
  }
  return nullptr;
}

std::vector<std::string> signatureNames(const std::vector<Signature> &list) {
  std::vector<std::string> names;
  for (const auto &s : list)
    names.emplace_back(s.name);
  return names;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Circuits
// ---------------------------------------------------------------------------------------------

void Checker::typeParam(ParamInfo &p, SourceRange own, Scope &scope, const ExprContext &ctx,
                        bool assignable, const MissingTypeHint &hint) {
  const std::string what = "'" + p.name.text + "'";
  if (!within(p.name.range, own)) {
    // Inherited: typed when its own model or circuit was checked.
    p.type = p.typeName ? quietType(p.typeName)
                        : (p.declaredValue ? out.typeOf(*p.declaredValue) : Type::error());
    if (p.value && p.value != p.declaredValue && within(p.value->range, own))
      expectType(*p.value, checkExpr(*p.value, scope, ctx), p.type, what);
    scope.bind(p.name.text, {p.type, p.name.range, assignable});
    return;
  }
  Type declared = declaredType(p.typeName);
  Type initial = p.declaredValue ? checkExpr(*p.declaredValue, scope, ctx) : Type::error();
  p.type = p.typeName ? declared : initial;
  if (!p.typeName && !p.declaredValue)
    diags.error(p.name.range) << hint.noun << " '" << p.name.text
                              << "' needs a type or a default value, such as '" << hint.keyword
                              << p.name.text << ": " << hint.type << "' or '" << hint.keyword
                              << p.name.text << " = " << hint.value << "'";
  if (p.typeName && p.declaredValue)
    expectType(*p.declaredValue, initial, p.type, what);
  if (p.value && p.value != p.declaredValue)
    expectType(*p.value, checkExpr(*p.value, scope, ctx), p.type, what);
  scope.bind(p.name.text, {p.type, p.name.range, assignable});
}

void Checker::typeCircuitParams(CircuitInfo &circuit) {
  Scope scope;
  ExprContext ctx{circuit.module, false, false, {}};
  for (auto &p : circuit.params)
    typeParam(p, circuit.decl->range, scope, ctx, false, {"circuit parameter", "", "int", "10"});
}

void Checker::checkCircuit(CircuitInfo &circuit) {
  Scope scope;
  for (const auto &p : circuit.params)
    scope.bind(p.name.text, {p.type, p.name.range, false});
  // Inherited members were checked with their own circuit; bind their names only.
  std::vector<CircuitMember> own;
  std::vector<CircuitMember> inherited;
  for (const auto &m : circuit.members)
    (within(m.decl->range, circuit.decl->range) ? own : inherited).push_back(m);
  std::map<std::string, SourceRange> seen;
  bindMemberNames(inherited, scope, seen);
  for (const auto &m : inherited) {
    if (auto *let = dynCast<syntax::LetDecl>(m.decl))
      scope.bind(let->name.text, {let->type ? quietType(let->type) : out.typeOf(*let->value),
                                  let->name.range, false});
  }
  checkCircuitMembers(own, scope, seen);
}

void Checker::bindMemberNames(const std::vector<CircuitMember> &members, Scope &scope,
                              std::map<std::string, SourceRange> &seen) {
  auto bind = [&](const syntax::Ident &name) {
    if (auto it = seen.find(name.text); it != seen.end()) {
      diags.error(name.range).note(it->second, "the other declaration is here")
          << "'" << name.text << "' is declared twice in this circuit";
      return;
    }
    seen[name.text] = name.range;
    scope.bind(name.text, {Type::entity(), name.range, false});
  };
  for (const auto &m : members) {
    if (auto *p = dynCast<syntax::PortDecl>(m.decl))
      bind(p->name);
    else if (auto *n = dynCast<syntax::NeuronDecl>(m.decl)) {
      for (const auto &name : n->names)
        bind(name);
    } else if (auto *pop = dynCast<syntax::PopulationDecl>(m.decl))
      bind(pop->name);
    else if (auto *i = dynCast<syntax::InstanceDecl>(m.decl))
      bind(i->name);
    else if (auto *in = dynCast<syntax::InputDecl>(m.decl))
      bind(in->name);
    else if (auto *e = dynCast<syntax::ExternPortDecl>(m.decl))
      bind(e->name);
  }
}

void Checker::checkCircuitMembers(const std::vector<CircuitMember> &members, Scope &scope,
                                  std::map<std::string, SourceRange> &seen) {
  bindMemberNames(members, scope, seen);
  for (const auto &m : members)
    checkCircuitMember(m, scope);
}

void Checker::checkOverrides(
    const std::vector<std::unique_ptr<const syntax::OverrideDecl>> &overrides,
    const ModelInfo &model, Scope &scope, const ExprContext &ctx) {
  for (const auto &o : overrides) {
    Type value = checkExpr(*o->value, scope, ctx);
    const ParamInfo *p = model.param(o->name.text);
    if (!p)
      p = model.state(o->name.text);
    if (!p) {
      auto error = diags.error(o->name.range);
      error << "'" << o->name.text << "' is not a parameter or state of '" << model.name << "'";
      std::vector<std::string> names;
      for (const auto &q : model.params)
        names.push_back(q.name.text);
      for (const auto &q : model.states)
        names.push_back(q.name.text);
      suggest(error, o->name.text, names);
      continue;
    }
    expectType(*o->value, value, p->type, "'" + o->name.text + "'");
  }
}

void Checker::checkArguments(const std::vector<syntax::Argument> &args,
                             const std::vector<ParamInfo> &params, const std::string &owner,
                             SourceRange where, Scope &scope, const ExprContext &ctx) {
  std::set<std::string> given;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto &a = args[i];
    Type value = checkExpr(*a.value, scope, ctx);
    const ParamInfo *p = nullptr;
    if (a.name) {
      for (const auto &q : params) {
        if (q.name.text == a.name->text)
          p = &q;
      }
      if (!p) {
        auto error = diags.error(a.name->range);
        error << "'" << owner << "' has no parameter '" << a.name->text << "'";
        std::vector<std::string> names;
        for (const auto &q : params)
          names.push_back(q.name.text);
        suggest(error, a.name->text, names);
        continue;
      }
    } else if (i < params.size()) {
      p = &params[i];
    } else {
      diags.error(a.range) << "'" << owner << "' takes " << params.size() << " parameters, got "
                           << args.size();
      continue;
    }
    if (!given.insert(p->name.text).second)
      diags.error(a.range) << "parameter '" << p->name.text << "' is given twice";
    expectType(*a.value, value, p->type, "'" + p->name.text + "'");
  }
  for (const auto &p : params) {
    if (!p.value && !given.count(p.name.text) && !p.type.isError())
      diags.error(where) << "'" << owner << "' needs a value for parameter '" << p.name.text
                         << "'; add '" << p.name.text << " = ...'";
  }
}

void Checker::checkSpec(const syntax::Spec &spec, bool isRule, Scope &scope,
                        const ExprContext &ctx) {
  const auto &list = isRule ? ruleSignatures() : sourceSignatures();
  const std::string name = spec.name.str();
  const Signature *signature = findSignature(list, name);
  if (!signature) {
    auto error = diags.error(spec.name.range);
    error << "unknown " << (isRule ? "connectivity rule" : "input source") << " '" << name << "'";
    suggest(error, name, signatureNames(list));
    return;
  }
  std::vector<ParamInfo> params;
  for (const auto &arg : signature->args) {
    static const syntax::BoolExpr kHasDefault({}, true);
    params.push_back(
        {{arg.name, {}}, arg.type, arg.required ? nullptr : &kHasDefault, name, {}, nullptr});
  }
  if (isRule) {
    static const syntax::BoolExpr kNoSelf({}, false);
    params.push_back({{"allow_self", {}}, Type::boolean(), &kNoSelf, name, {}, nullptr});
  }
  checkArguments(spec.args, params, name, spec.range, scope, ctx);
}

void Checker::checkCircuitMember(const CircuitMember &member, Scope &scope) {
  ExprContext ctx{member.module, false, false, {}};
  const syntax::Decl &decl = *member.decl;
  auto expectInt = [&](const syntax::ExprPtr &e, const char *what) {
    if (e)
      expectType(*e, checkExpr(*e, scope, ctx), Type::integer(), what);
  };
  switch (decl.kind()) {
  case syntax::DeclKind::Port:
    expectInt(cast<syntax::PortDecl>(&decl)->size, "a port size");
    return;
  case syntax::DeclKind::ExternPort:
    expectInt(cast<syntax::ExternPortDecl>(&decl)->size, "an extern port size");
    return;
  case syntax::DeclKind::ExternFn:
    return;
  case syntax::DeclKind::Neuron: {
    const auto &n = *cast<syntax::NeuronDecl>(&decl);
    if (const ModelInfo *model = resolveModel(*member.module, n.model, syntax::ModelKind::Neuron))
      checkOverrides(n.overrides, *model, scope, ctx);
    return;
  }
  case syntax::DeclKind::Population: {
    const auto &p = *cast<syntax::PopulationDecl>(&decl);
    expectInt(p.size, "a population size");
    if (const ModelInfo *model = resolveModel(*member.module, p.model, syntax::ModelKind::Neuron))
      checkOverrides(p.overrides, *model, scope, ctx);
    return;
  }
  case syntax::DeclKind::Instance: {
    const auto &i = *cast<syntax::InstanceDecl>(&decl);
    expectInt(i.count, "an instance count");
    if (const CircuitInfo *circuit = resolveCircuit(*member.module, i.circuit.name))
      checkArguments(i.circuit.args, circuit->params, circuit->name, i.circuit.range, scope, ctx);
    return;
  }
  case syntax::DeclKind::Input: {
    const auto &in = *cast<syntax::InputDecl>(&decl);
    expectInt(in.size, "an input size");
    checkSpec(in.source, false, scope, ctx);
    return;
  }
  case syntax::DeclKind::Connect: {
    const auto &c = *cast<syntax::ConnectDecl>(&decl);
    expectType(*c.source, checkExpr(*c.source, scope, ctx), Type::entity(), "a connection");
    expectType(*c.target, checkExpr(*c.target, scope, ctx), Type::entity(), "a connection");
    if (c.synapse) {
      const std::string name = c.synapse->name.str();
      if (const Signature *kind = findSignature(synapseKindSignatures(), name)) {
        std::vector<ParamInfo> params;
        static const syntax::BoolExpr kHasDefault({}, true);
        for (const auto &arg : kind->args)
          params.push_back({{arg.name, {}}, arg.type, &kHasDefault, name, {}, nullptr});
        checkArguments(c.synapse->args, params, name, c.synapse->range, scope, ctx);
      } else if (const ModelInfo *model =
                     resolveModel(*member.module, c.synapse->name, syntax::ModelKind::Synapse)) {
        std::vector<ParamInfo> params = model->params;
        static const syntax::BoolExpr kHasDefault({}, true);
        params.push_back({{"delay", {}}, Type::real(kTime), &kHasDefault, name, {}, nullptr});
        checkArguments(c.synapse->args, params, model->name, c.synapse->range, scope, ctx);
      }
    }
    if (c.rule)
      checkSpec(*c.rule, true, scope, ctx);
    return;
  }
  case syntax::DeclKind::For: {
    const auto &f = *cast<syntax::ForDecl>(&decl);
    expectInt(f.first, "a 'for' range");
    expectInt(f.last, "a 'for' range");
    Scope inner(&scope);
    inner.bind(f.var.text, {Type::integer(), f.var.range, false});
    std::vector<CircuitMember> body;
    for (const auto &d : f.body) {
      auto kind = d->kind();
      if (kind != syntax::DeclKind::Connect && kind != syntax::DeclKind::Let &&
          kind != syntax::DeclKind::For && kind != syntax::DeclKind::If &&
          kind != syntax::DeclKind::Override) { // an override has its own, better message
        diags.error(d->range) << "only connections, 'let', 'for' and 'if' may appear inside a "
                                 "'for'; declare neurons, populations and instances outside it "
                                 "(use an instance array for repeated structure)";
        continue;
      }
      body.push_back({d.get(), member.module});
    }
    std::map<std::string, SourceRange> seen;
    checkCircuitMembers(body, inner, seen);
    return;
  }
  case syntax::DeclKind::If: {
    const auto &i = *cast<syntax::IfDecl>(&decl);
    auto checkBody = [&](const syntax::DeclList &decls) {
      Scope inner(&scope);
      std::vector<CircuitMember> body;
      for (const auto &d : decls)
        body.push_back({d.get(), member.module});
      std::map<std::string, SourceRange> seen;
      checkCircuitMembers(body, inner, seen);
    };
    for (const auto &branch : i.branches) {
      expectType(*branch.condition, checkExpr(*branch.condition, scope, ctx), Type::boolean(),
                 "a condition");
      checkBody(branch.body);
    }
    if (i.elseBody)
      checkBody(*i.elseBody);
    return;
  }
  case syntax::DeclKind::Let: {
    const auto &l = *cast<syntax::LetDecl>(&decl);
    Type value = checkExpr(*l.value, scope, ctx);
    if (l.type) {
      Type declared = declaredType(l.type);
      expectType(*l.value, value, declared, "'" + l.name.text + "'");
      value = declared;
    }
    scope.bind(l.name.text, {value, l.name.range, false});
    return;
  }
  case syntax::DeclKind::Override:
    diags.error(decl.range) << "parameter overrides belong at the top level of a circuit body, "
                               "not inside 'for' or 'if'";
    return;
  default:
    return;
  }
}

} // namespace flux::sema
