// Applying a connectivity rule to two index spaces: argument evaluation and checks, the
// memory estimate that refuses a network before it is allocated, and the rule itself.
#include "elab/Elaborator.h"

#include "elab/ConnectTable.h"

#include <algorithm>
#include <filesystem>

namespace flux::elab {

using sema::Value;

namespace {

bool overlap(const NeuronSet &a, const NeuronSet &b) {
  for (const auto &x : a.ranges) {
    for (const auto &y : b.ranges) {
      if (x.population == y.population && x.begin < y.end && y.begin < x.end)
        return true;
    }
  }
  return false;
}

/// Global neuron index of each element of a set, for comparing two sets' elements.
std::vector<std::uint64_t> members(const NeuronSet &set) {
  std::vector<std::uint64_t> out;
  out.reserve(set.size());
  for (const auto &r : set.ranges) {
    for (std::uint32_t i = r.begin; i < r.end; ++i)
      out.push_back((std::uint64_t{r.population} << 32) | i);
  }
  return out;
}

/// Removes synapses from a neuron to itself (and the matching table columns).
void dropSelfPairs(Connectivity &c, const NeuronSet &pre, const NeuronSet &post,
                   std::vector<double> &weights, std::vector<double> &delays) {
  auto preIds = members(pre);
  auto postIds = members(post);
  Connectivity kept;
  kept.rowStart.push_back(0);
  std::vector<double> keptWeights;
  std::vector<double> keptDelays;
  for (std::uint32_t s = 0; s < c.sourceCount(); ++s) {
    for (std::uint64_t k = c.rowStart[s]; k < c.rowStart[s + 1]; ++k) {
      if (preIds[s] == postIds[c.target[k]])
        continue;
      kept.target.push_back(c.target[k]);
      if (!weights.empty())
        keptWeights.push_back(weights[k]);
      if (!delays.empty())
        keptDelays.push_back(delays[k]);
    }
    kept.rowStart.push_back(kept.target.size());
  }
  c = std::move(kept);
  weights = std::move(keptWeights);
  delays = std::move(keptDelays);
}

} // namespace

const std::vector<std::string> &ruleParameters(const std::string &rule) {
  static const std::map<std::string, std::vector<std::string>> kParameters = {
      {"probability", {"p"}},       {"fixed_indegree", {"k"}}, {"fixed_outdegree", {"k"}},
      {"small_world", {"k", "p"}},  {"ring", {"k"}},           {"grid", {"w", "h", "radius"}},
      {"table", {"file", "format"}}};
  static const std::vector<std::string> kNone;
  auto it = kParameters.find(rule);
  return it == kParameters.end() ? kNone : it->second;
}

std::optional<RuleOutput> Elaborator::relation(const syntax::Spec *rule, std::uint32_t nPre,
                                               std::uint32_t nPost, bool samePopulation,
                                               std::uint32_t env, SourceRange where,
                                               std::uint32_t stream, const NeuronSet *pre,
                                               const NeuronSet *post) {
  std::string name = rule ? rule->name.str() : "all_to_all";
  std::vector<double> tableWeights;
  std::vector<double> tableDelays;
  std::map<std::string, Value> args;
  std::map<std::string, SourceRange> at;
  if (rule) {
    const auto &order = ruleParameters(name);
    for (std::size_t i = 0; i < rule->args.size(); ++i) {
      const auto &a = rule->args[i];
      auto value = eval(*a.value, env);
      if (!value)
        return std::nullopt;
      std::string key = a.name ? a.name->text : (i < order.size() ? order[i] : "");
      args[key] = *value;
      at[key] = a.value->range;
    }
  }
  RuleInput in{{options.seed, stream},
               nPre,
               nPost,
               samePopulation,
               args.count("allow_self") && args["allow_self"].flag};
  auto count = [&](const char *key) -> std::optional<std::uint32_t> {
    const Value &v = args[key];
    if (v.kind != Value::Kind::Int || v.number < 0 || v.number > 4294967295.0) {
      diags.error(at[key]) << "'" << key << "' must be a non-negative whole number, got "
                           << v.str();
      failed = true;
      return std::nullopt;
    }
    return static_cast<std::uint32_t>(v.number);
  };
  auto probabilityArg = [&](const char *key) -> std::optional<double> {
    double p = args[key].number;
    if (!(p >= 0 && p <= 1)) {
      diags.error(at[key]) << "a probability must be between 0 and 1, got " << args[key].str();
      failed = true;
      return std::nullopt;
    }
    return p;
  };

  // Refuse before allocating: how many synapses would this rule make?
  double expected = 0;
  if (name == "all_to_all")
    expected = double(nPre) * nPost;
  else if (name == "probability" && args.count("p"))
    expected = args["p"].number * nPre * nPost;
  else if ((name == "fixed_indegree" || name == "small_world" || name == "ring") && args.count("k"))
    expected = args["k"].number * std::max(nPre, nPost) * (name == "ring" ? 2 : 1);
  else if (name == "fixed_outdegree" && args.count("k"))
    expected = args["k"].number * nPre;
  else
    expected = std::max(nPre, nPost);
  double bytes = expected * 8 + double(nPre) * 8;
  if (plannedBytes + bytes > double(options.maxBytes)) {
    diags.error(rule ? rule->range : where)
        << "this connection would make about " << static_cast<std::uint64_t>(expected)
        << " synapses (" << static_cast<std::uint64_t>(bytes / (1 << 20))
        << " MiB); with it the network needs more than the limit of "
        << options.maxBytes / (1 << 20) << " MiB; lower the sizes or raise --max-memory";
    failed = true;
    return std::nullopt;
  }
  plannedBytes += static_cast<std::uint64_t>(bytes);

  std::string error;
  std::optional<Connectivity> c;
  // The rule and its inputs, kept so that a library can regenerate the synapses.
  rt::ConnectRecipe recipe;
  recipe.input = in;
  // A process of a distributed run makes the synapses onto its own neurons only.
  std::vector<std::uint32_t> owned;
  const bool onlyOwned = options.partition.size > 1 && post != nullptr;
  if (onlyOwned)
    owned = rt::ownedFlatIndices(options.partition, post->ranges, [&](std::uint32_t p) {
      return network.populations[p].kind == PopulationKind::Neurons ||
             network.populations[p].kind == PopulationKind::Source;
    });
  auto run = [&](rt::RuleKind kind) {
    recipe.rule = kind;
    c = onlyOwned ? rt::generateOnto(recipe, owned, error) : rt::generate(recipe, error);
  };
  if (name == "all_to_all") {
    run(rt::RuleKind::AllToAll);
  } else if (name == "one_to_one") {
    run(rt::RuleKind::OneToOne);
  } else if (name == "probability") {
    if (auto p = probabilityArg("p")) {
      recipe.p = *p;
      run(rt::RuleKind::Probability);
    }
  } else if (name == "fixed_indegree") {
    if (auto k = count("k")) {
      recipe.k = *k;
      run(rt::RuleKind::FixedIndegree);
    }
  } else if (name == "fixed_outdegree") {
    if (auto k = count("k")) {
      recipe.k = *k;
      run(rt::RuleKind::FixedOutdegree);
    }
  } else if (name == "ring") {
    if (auto k = count("k")) {
      recipe.k = *k;
      run(rt::RuleKind::Ring);
    }
  } else if (name == "small_world") {
    auto k = count("k");
    auto p = probabilityArg("p");
    if (k && p) {
      recipe.k = *k;
      recipe.p = *p;
      run(rt::RuleKind::SmallWorld);
    }
  } else if (name == "grid") {
    auto w = count("w");
    auto h = count("h");
    if (w && h) {
      recipe.width = *w;
      recipe.height = *h;
      recipe.radius = args["radius"].number;
      run(rt::RuleKind::Grid);
    }
  } else if (name == "table") {
    // A relative path is relative to the file that names it, not to where fluxc runs.
    std::filesystem::path path(args["file"].text);
    if (path.is_relative() && rule->range.valid())
      path =
          std::filesystem::path(diags.sources().file(rule->range.begin.file).path()).parent_path() /
          path;
    // `format = "matrix"` for an adjacency matrix (rows: sources; 0/1 or weights).
    std::string format = args.count("format") ? args["format"].text : "edges";
    if (format != "edges" && format != "matrix") {
      diags.error(at["format"]) << "a table's format is \"edges\" or \"matrix\", got \"" << format
                                << "\"";
      failed = true;
      return std::nullopt;
    }
    auto edges = loadTable(path.string(),
                           format == "matrix" ? TableFormat::Matrix : TableFormat::EdgeList, error);
    if (edges) {
      if (auto t = table(*edges, in, error)) {
        c = std::move(t->connectivity);
        tableWeights = std::move(t->weight);
        tableDelays = std::move(t->delay);
      }
    }
  }
  if (!c) {
    if (!error.empty())
      diags.error(rule ? rule->range : where) << error;
    failed = true;
    return std::nullopt;
  }
  if (pre && post && !samePopulation && !in.allowSelf && overlap(*pre, *post)) {
    dropSelfPairs(*c, *pre, *post, tableWeights, tableDelays);
    recipe.rule = rt::RuleKind::None; // the rule alone no longer says what is there
  }
  return RuleOutput{std::move(*c), recipe, std::move(tableWeights), std::move(tableDelays)};
}

} // namespace flux::elab
