#include "connect/Recipe.h"

namespace flux::rt {

std::optional<Connectivity> generate(const ConnectRecipe &recipe, std::string &error) {
  const RuleInput &in = recipe.input;
  switch (recipe.rule) {
  case RuleKind::AllToAll:
    return allToAll(in, error);
  case RuleKind::OneToOne:
    return oneToOne(in, error);
  case RuleKind::Probability:
    return probability(in, recipe.p, error);
  case RuleKind::FixedIndegree:
    return fixedIndegree(in, recipe.k, error);
  case RuleKind::FixedOutdegree:
    return fixedOutdegree(in, recipe.k, error);
  case RuleKind::Ring:
    return ring(in, recipe.k, error);
  case RuleKind::SmallWorld:
    return smallWorld(in, recipe.k, recipe.p, error);
  case RuleKind::Grid:
    return grid(in, recipe.width, recipe.height, recipe.radius, error);
  case RuleKind::None:
    break;
  }
  error = "the projection has no generating rule";
  return std::nullopt;
}

} // namespace flux::rt
