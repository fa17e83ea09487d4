// --emit=sema: every model and circuit after inheritance, with types in base units and, where
// a default is a compile-time constant, its value in base units. Deterministic: modules in
// load order, declarations in source order.
#include "sema/Check.h"
#include "sema/Evaluate.h"
#include "syntax/AstPrinter.h"

#include <ostream>

namespace flux::sema {
namespace {

std::string valueText(const syntax::Expr *expr) {
  if (!expr)
    return "";
  std::string text = " = " + syntax::printExpr(*expr);
  std::string error;
  auto value = evaluate(*expr, nullptr, error);
  if (value && value->str() != syntax::printExpr(*expr))
    text += "  (" + value->str() + ")";
  return text;
}

std::string lineage(const std::vector<std::string> &chain) {
  if (chain.size() < 2)
    return "";
  std::string text = " extends ";
  for (std::size_t i = chain.size() - 1; i-- > 0;)
    text += chain[i] + (i ? " <- " : "");
  return text;
}

} // namespace

void printCheckedAst(const CheckedAst &checked, std::ostream &out) {
  for (const auto &module : checked.modules()) {
    out << "module " << module->name << "\n";
    for (const auto &import : module->imports)
      out << "  import " << import.module->name << " as " << import.qualifier << "\n";
  }
  for (const auto &module : checked.modules()) {
    for (const auto &decl : module->ast->decls) {
      if (auto *m = dynCast<syntax::ModelDecl>(decl.get())) {
        const ModelInfo *info = checked.modelOf(*m);
        if (!info)
          continue;
        out << "\n"
            << (info->kind == syntax::ModelKind::Neuron ? "neuron " : "synapse ") << info->name
            << lineage(info->lineage) << "  [" << module->name << "]\n";
        for (const auto &p : info->params)
          out << "  param " << p.name.text << " : " << p.type.str() << valueText(p.value)
              << (p.owner != info->name ? "  from " + p.owner : "") << "\n";
        for (const auto &s : info->states)
          out << "  state " << s.name.text << " : " << s.type.str() << valueText(s.value)
              << (s.owner != info->name ? "  from " + s.owner : "") << "\n";
        if (info->evolve)
          out << "  evolve(" << info->evolve->interval.text << ")"
              << (info->evolveOwner != info->name ? "  from " + info->evolveOwner : "") << "\n";
        for (const auto &h : info->handlers) {
          out << "  on " << h.decl->event.text;
          if (!h.decl->params.empty())
            out << "(" << h.decl->params.front().text << ")";
          out << (h.owner != info->name ? "  from " + h.owner : "") << "\n";
        }
        if (info->fireWhen) {
          out << "  fire when " << syntax::printExpr(*info->fireWhen->condition);
          if (info->fireWhen->checkEvery)
            out << " checked every " << syntax::printExpr(*info->fireWhen->checkEvery);
          out << (info->fireWhenOwner != info->name ? "  from " + info->fireWhenOwner : "") << "\n";
        }
      } else if (auto *c = dynCast<syntax::CircuitDecl>(decl.get())) {
        const CircuitInfo *info = checked.circuitOf(*c);
        if (!info)
          continue;
        out << "\ncircuit " << info->name << lineage(info->lineage) << "  [" << module->name
            << "]\n";
        for (const auto &p : info->params)
          out << "  param " << p.name.text << " : " << p.type.str() << valueText(p.value)
              << (p.owner != info->name ? "  from " + p.owner : "") << "\n";
        std::size_t inherited = 0;
        for (const auto &member : info->members)
          inherited += member.module != module.get() ||
                       std::none_of(c->members.begin(), c->members.end(),
                                    [&](const auto &d) { return d.get() == member.decl; });
        out << "  members " << info->members.size() << " (" << inherited << " inherited)\n";
      }
    }
  }
}

} // namespace flux::sema
