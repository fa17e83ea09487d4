// Flattening `extends`: a derived model or circuit starts as a copy of its base and applies
// its own members in order. New params and states are added; `name = value` overrides a
// default; `evolve`, `fire when` and handlers for the same event replace the base's. Cycles,
// redeclarations and overrides of names that do not exist are errors.
#include "sema/Checker.h"

namespace flux::sema {

namespace {

template <typename List>
std::vector<std::string> namesOf(const List &list) {
  std::vector<std::string> names;
  for (const auto &item : list)
    names.push_back(item.name.text);
  return names;
}

} // namespace

/// The module that declares `decl`, whose imports resolve the names inside it.
const Module *Checker::homeModule(const syntax::Decl &decl, const Module &fallback) const {
  auto it = homes.find(&decl);
  return it == homes.end() ? &fallback : it->second;
}

const ModelInfo *Checker::resolveModel(const Module &module, const syntax::QualifiedName &name,
                                       std::optional<syntax::ModelKind> kind) {
  const char *what = !kind                                ? "model"
                     : *kind == syntax::ModelKind::Neuron ? "neuron model"
                                                          : "synapse model";
  const syntax::Decl *decl = lookup(module, name, what);
  if (!decl)
    return nullptr;
  const auto *modelDecl = dynCast<syntax::ModelDecl>(decl);
  if (!modelDecl || (kind && modelDecl->modelKind != *kind)) {
    diags.error(name.range) << "'" << name.str() << "' is not a " << what;
    return nullptr;
  }
  const Module *home = homeModule(*decl, module);
  const ModelInfo *info = modelInfo(*modelDecl, *home);
  if (info)
    out.modelRefs[&name] = info;
  return info;
}

const CircuitInfo *Checker::resolveCircuit(const Module &module,
                                           const syntax::QualifiedName &name) {
  const syntax::Decl *decl = lookup(module, name, "circuit");
  if (!decl)
    return nullptr;
  const auto *circuitDecl = dynCast<syntax::CircuitDecl>(decl);
  if (!circuitDecl) {
    diags.error(name.range) << "'" << name.str() << "' is not a circuit";
    return nullptr;
  }
  const Module *home = homeModule(*decl, module);
  const CircuitInfo *info = circuitInfo(*circuitDecl, *home);
  if (info)
    out.circuitRefs[&name] = info;
  return info;
}

const ModelInfo *Checker::modelInfo(const syntax::ModelDecl &decl, const Module &module) {
  if (auto it = out.modelDecls.find(&decl); it != out.modelDecls.end())
    return it->second;
  if (flattening.count(&decl)) {
    diags.error(decl.name.range) << "'" << decl.name.text
                                 << "' inherits from itself through its 'extends' chain";
    return nullptr;
  }
  flattening.insert(&decl);
  auto info = std::make_unique<ModelInfo>();
  bool ok = true;
  if (decl.base) {
    const ModelInfo *base = resolveModel(module, *decl.base, decl.modelKind);
    if (!base) {
      flattening.erase(&decl);
      return nullptr;
    }
    *info = *base;
  }
  info->kind = decl.modelKind;
  info->name = decl.name.text;
  info->decl = &decl;
  info->module = &module;
  info->lineage.push_back(decl.name.text);
  const std::string &owner = decl.name.text;

  for (const auto &member : decl.members) {
    if (auto *p = dynCast<syntax::ParamDecl>(member.get())) {
      if (const auto *existing = info->param(p->name.text)) {
        ok = false;
        diags.error(p->name.range)
                .note(existing->name.range,
                      "'" + p->name.text + "' is declared in '" + existing->owner + "' here")
            << "parameter '" << p->name.text << "' is already declared"
            << (existing->owner == owner ? "" : " in '" + existing->owner + "'")
            << "; to change its default, write '" << p->name.text << " = ...'";
        continue;
      }
      info->params.push_back(
          {p->name, Type::error(), p->defaultValue.get(), owner, p->type, p->defaultValue.get()});
    } else if (auto *s = dynCast<syntax::StateDecl>(member.get())) {
      const auto *existing = info->state(s->name.text);
      const auto *clash = info->param(s->name.text);
      if (existing || clash) {
        ok = false;
        SourceRange other = existing ? existing->name.range : clash->name.range;
        diags.error(s->name.range).note(other, "the other declaration is here")
            << "'" << s->name.text << "' is already declared in '"
            << (existing ? existing->owner : clash->owner) << "'";
        continue;
      }
      info->states.push_back(
          {s->name, Type::error(), s->initial.get(), owner, s->type, s->initial.get()});
    } else if (auto *e = dynCast<syntax::EvolveDecl>(member.get())) {
      info->evolve = e;
      info->evolveOwner = owner;
    } else if (auto *h = dynCast<syntax::HandlerDecl>(member.get())) {
      bool replaced = false;
      for (auto &existing : info->handlers) {
        if (existing.decl->event.text != h->event.text)
          continue;
        if (existing.owner == owner) {
          ok = false;
          diags.error(h->event.range).note(existing.decl->event.range, "the other handler is here")
              << "'" << decl.name.text << "' has two handlers for 'on " << h->event.text << "'";
        }
        existing = {h, owner};
        replaced = true;
      }
      if (!replaced)
        info->handlers.push_back({h, owner});
    } else if (auto *f = dynCast<syntax::FireWhenDecl>(member.get())) {
      info->fireWhen = f;
      info->fireWhenOwner = owner;
    } else if (auto *o = dynCast<syntax::OverrideDecl>(member.get())) {
      bool found = false;
      for (auto *list : {&info->params, &info->states}) {
        for (auto &entry : *list) {
          if (entry.name.text == o->name.text) {
            entry.value = o->value.get();
            found = true;
          }
        }
      }
      if (!found) {
        ok = false;
        auto error = diags.error(o->name.range);
        error << "'" << o->name.text << "' is not a parameter or state of "
              << (decl.base ? "'" + decl.base->str() + "'" : "'" + decl.name.text + "'")
              << "; declare it with 'param " << o->name.text << " = ...'";
        auto names = namesOf(info->params);
        for (const auto &n : namesOf(info->states))
          names.push_back(n);
        suggest(error, o->name.text, names);
      }
    }
  }
  flattening.erase(&decl);
  if (!ok)
    return nullptr;
  const ModelInfo *result = info.get();
  out.modelDecls[&decl] = result;
  out.modelList.push_back(std::move(info));
  return result;
}

const CircuitInfo *Checker::circuitInfo(const syntax::CircuitDecl &decl, const Module &module) {
  if (auto it = out.circuitDecls.find(&decl); it != out.circuitDecls.end())
    return it->second;
  if (flattening.count(&decl)) {
    diags.error(decl.name.range) << "'" << decl.name.text
                                 << "' inherits from itself through its 'extends' chain";
    return nullptr;
  }
  flattening.insert(&decl);
  auto info = std::make_unique<CircuitInfo>();
  bool ok = true;
  if (decl.base) {
    const CircuitInfo *base = resolveCircuit(module, *decl.base);
    if (!base) {
      flattening.erase(&decl);
      return nullptr;
    }
    *info = *base;
  }
  info->name = decl.name.text;
  info->decl = &decl;
  info->module = &module;
  info->lineage.push_back(decl.name.text);

  for (const auto &p : decl.params) {
    if (const auto *existing = info->param(p.name.text)) {
      ok = false;
      diags.error(p.name.range).note(existing->name.range, "the other declaration is here")
          << "parameter '" << p.name.text << "' is already declared"
          << (existing->owner == decl.name.text ? "" : " in '" + existing->owner + "'")
          << "; to change its default in a derived circuit, write '" << p.name.text
          << " = ...' in its body";
      continue;
    }
    info->params.push_back({p.name, Type::error(), p.defaultValue.get(), decl.name.text, p.type,
                            p.defaultValue.get()});
  }
  for (const auto &member : decl.members) {
    if (auto *o = dynCast<syntax::OverrideDecl>(member.get())) {
      bool found = false;
      for (auto &p : info->params) {
        if (p.name.text == o->name.text) {
          p.value = o->value.get();
          found = true;
        }
      }
      if (!found) {
        ok = false;
        auto error = diags.error(o->name.range);
        error << "'" << o->name.text << "' is not a parameter of circuit '" << decl.name.text
              << "'";
        suggest(error, o->name.text, namesOf(info->params));
      }
      continue;
    }
    info->members.push_back({member.get(), &module});
  }
  flattening.erase(&decl);
  if (!ok)
    return nullptr;
  const CircuitInfo *result = info.get();
  out.circuitDecls[&decl] = result;
  out.circuitList.push_back(std::move(info));
  return result;
}

} // namespace flux::sema
