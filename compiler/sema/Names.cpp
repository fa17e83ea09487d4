// Top-level names: what each module declares, and how a name in the source finds its
// declaration (locally, then in imported modules, or qualified as `neurons.Mlif`).
#include "sema/Checker.h"

#include <algorithm>
#include <cctype>

namespace flux::sema {

namespace {

/// The name a top-level declaration introduces, and where (empty for imports).
std::pair<std::string, SourceRange> declaredName(const syntax::Decl &decl) {
  if (auto *m = dynCast<syntax::ModelDecl>(&decl))
    return {m->name.text, m->name.range};
  if (auto *c = dynCast<syntax::CircuitDecl>(&decl))
    return {c->name.text, c->name.range};
  if (auto *e = dynCast<syntax::ExternPortDecl>(&decl))
    return {e->name.text, e->name.range};
  if (auto *f = dynCast<syntax::ExternFnDecl>(&decl))
    return {f->name.text, f->name.range};
  if (auto *l = dynCast<syntax::LetDecl>(&decl))
    return {l->name.text, l->name.range};
  return {};
}

SourceRange nameRange(const syntax::Decl &decl) {
  return declaredName(decl).second;
}

} // namespace

const Scope::Binding *Scope::find(const std::string &name) const {
  for (const Scope *s = this; s; s = s->parent) {
    if (auto it = s->names.find(name); it != s->names.end())
      return &it->second;
  }
  return nullptr;
}

void Scope::collect(std::vector<std::string> &out) const {
  for (const Scope *s = this; s; s = s->parent) {
    for (const auto &[name, binding] : s->names)
      out.push_back(name);
  }
}

std::size_t editDistance(const std::string &a, const std::string &b, bool ignoreCase) {
  // Optimal string alignment with three rolling rows: a swapped pair of letters costs one edit;
  // ignoring case, `mv` is no distance from `mV`.
  auto at = [&](const std::string &s, std::size_t i) {
    char c = s[i];
    return ignoreCase ? static_cast<char>(std::tolower(static_cast<unsigned char>(c))) : c;
  };
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = at(a, i - 1) == at(b, j - 1) ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && at(a, i - 1) == at(b, j - 2) && at(a, i - 2) == at(b, j - 1))
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

void Checker::suggest(DiagnosticBuilder &error, const std::string &name,
                      const std::vector<std::string> &candidates) const {
  if (diags.limitReached())
    return; // the error will not be shown: do not spend time on it
  std::string best;
  std::size_t limit = std::max<std::size_t>(1, (name.size() + 2) / 3); // close enough for a typo
  // Ranked by distance ignoring case, then by exact distance (`msec` is nearer `ms` than `mS`).
  std::pair<std::size_t, std::size_t> bestRank{limit + 1, 0};
  for (const auto &c : candidates) {
    if (c == name)
      continue;
    std::pair<std::size_t, std::size_t> rank{editDistance(name, c, true),
                                             editDistance(name, c, false)};
    if (rank < bestRank || (rank == bestRank && c < best)) {
      best = c;
      bestRank = rank;
    }
  }
  if (!best.empty())
    error << "; did you mean '" << best << "'?";
}

void Checker::declareTopLevel(Module &module) {
  for (const auto &decl : module.ast->decls) {
    homes[decl.get()] = &module;
    auto [name, range] = declaredName(*decl);
    if (name.empty())
      continue;
    auto [it, inserted] = module.decls.emplace(name, decl.get());
    if (!inserted) {
      diags.error(range).note(nameRange(*it->second),
                              "the previous declaration of '" + name + "' is here")
          << "redefinition of '" << name << "'";
    }
  }
}

void Checker::checkShadowing(const Module &module) {
  for (const auto &[name, decl] : module.decls) {
    for (const auto &import : module.imports) {
      if (import.qualifiedOnly())
        continue; // reached as `alias.Name`: nothing to shadow
      auto it = import.module->decls.find(name);
      if (it == import.module->decls.end())
        continue;
      diags.error(nameRange(*decl)).note(nameRange(*it->second), "the imported declaration is here")
          << "'" << name << "' shadows the declaration imported from '" << import.module->name
          << "'; rename it, or import the module with 'as' and refer to it as '" << import.qualifier
          << "." << name << "'";
      break;
    }
  }
}

const syntax::Decl *Checker::findTopLevel(const Module &module, const std::string &name) const {
  if (auto it = module.decls.find(name); it != module.decls.end())
    return it->second;
  for (const auto &import : module.imports) {
    if (import.qualifiedOnly())
      continue;
    if (auto it = import.module->decls.find(name); it != import.module->decls.end())
      return it->second;
  }
  return nullptr;
}

const syntax::Decl *Checker::lookup(const Module &module, const syntax::QualifiedName &name,
                                    const char *what) {
  const std::string &last = name.parts.back().text;
  if (name.parts.size() > 1) {
    // `neurons.Mlif` or `stdlib.neurons.Mlif`: a qualifier or full module name, then the name.
    std::string prefix;
    for (std::size_t i = 0; i + 1 < name.parts.size(); ++i)
      prefix += (i ? "." : "") + name.parts[i].text;
    for (const auto &import : module.imports) {
      if (import.qualifier != prefix && import.module->name != prefix)
        continue;
      if (auto it = import.module->decls.find(last); it != import.module->decls.end())
        return it->second;
      auto error = diags.error(name.range);
      error << "module '" << import.module->name << "' has no declaration named '" << last << "'";
      std::vector<std::string> names;
      for (const auto &[n, d] : import.module->decls)
        names.push_back(n);
      suggest(error, last, names);
      return nullptr;
    }
    diags.error(name.range) << "no imported module is called '" << prefix << "'; add 'import "
                            << prefix << "'";
    return nullptr;
  }

  if (auto it = module.decls.find(last); it != module.decls.end())
    return it->second;
  std::vector<const ImportedModule *> matches;
  for (const auto &import : module.imports) {
    // One module imported twice is still one module.
    bool seen = std::any_of(matches.begin(), matches.end(),
                            [&](const ImportedModule *m) { return m->module == import.module; });
    if (!import.qualifiedOnly() && !seen && import.module->decls.count(last))
      matches.push_back(&import);
  }
  if (matches.size() == 1)
    return matches.front()->module->decls.at(last);
  if (matches.size() > 1) {
    auto error = diags.error(name.range);
    error << "'" << last << "' is ambiguous: it is declared in '" << matches[0]->module->name
          << "' and in '" << matches[1]->module->name << "'; write '" << matches[0]->qualifier
          << "." << last << "' or '" << matches[1]->qualifier << "." << last << "'";
    for (const auto *m : matches)
      error.note(nameRange(*m->module->decls.at(last)), "declared here");
    return nullptr;
  }
  auto error = diags.error(name.range);
  error << "unknown " << what << " '" << last << "'";
  if (diags.limitReached())
    return nullptr; // not shown: skip the suggestion's work
  std::vector<std::string> names;
  for (const auto &[n, d] : module.decls)
    names.push_back(n);
  for (const auto &import : module.imports) {
    for (const auto &[n, d] : import.module->decls)
      names.push_back(n);
  }
  suggest(error, last, names);
  return nullptr;
}

} // namespace flux::sema
