#include "connect/Recipe.h"

#include <algorithm>

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

std::optional<Connectivity> generateOnto(const ConnectRecipe &recipe,
                                         std::span<const std::uint32_t> posts, std::string &error) {
  const RuleInput &in = recipe.input;
  if (recipe.rule == RuleKind::Probability || recipe.rule == RuleKind::FixedIndegree) {
    // The whole rule's checks on a single column: they depend on p, k and nPre only.
    RuleInput one = in;
    one.nPost = std::min<std::uint32_t>(in.nPost, 1);
    const bool valid = recipe.rule == RuleKind::Probability
                           ? probability(one, recipe.p, error).has_value()
                           : fixedIndegree(one, recipe.k, error).has_value();
    if (!valid)
      return std::nullopt;
    const ColumnList columns = recipe.rule == RuleKind::Probability
                                   ? probabilityColumnsAt(in, recipe.p, posts)
                                   : fixedIndegreeColumnsAt(in, recipe.k, posts);
    return toCsr(columns, in.nPre);
  }
  if (recipe.rule == RuleKind::AllToAll) {
    // Every source onto each listed target (but itself): nPre synapses a column, no draws.
    ColumnList columns;
    columns.post.assign(posts.begin(), posts.end());
    columns.source.reserve(std::size_t{in.nPre} * posts.size());
    for (std::uint32_t post : posts) {
      for (std::uint32_t source = 0; source < in.nPre; ++source)
        if (!(in.excludesSelf() && source == post))
          columns.source.push_back(source);
      columns.colStart.push_back(columns.source.size());
    }
    return toCsr(columns, in.nPre);
  }
  // The others are cheap (one_to_one, ring, grid: a few synapses a neuron), keyed by source
  // (fixed_outdegree) or sequential (small_world): made whole, then filtered.
  auto whole = generate(recipe, error);
  if (!whole)
    return std::nullopt;
  std::vector<std::uint8_t> wanted(in.nPost, 0);
  for (std::uint32_t post : posts)
    wanted[post] = 1;
  Connectivity out;
  out.rowStart.push_back(0);
  for (std::uint32_t s = 0; s < whole->sourceCount(); ++s) {
    for (std::uint32_t t : whole->targetsOf(s))
      if (wanted[t] != 0)
        out.target.push_back(t);
    out.rowStart.push_back(out.target.size());
  }
  return out;
}

} // namespace flux::rt
