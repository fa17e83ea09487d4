// Connectivity rules: each turns population sizes (and, for the random ones, an RngKey) into a
// projection's synapses in CSR form by source. Impossible requests fail with an error string
// that the caller turns into a diagnostic at the connect statement.
#pragma once

#include "core/RandomStream.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace flux::rt {

/// Synapses in compressed sparse rows by source: the targets of source i are
/// target[rowStart[i] .. rowStart[i + 1]), sorted. 4 bytes a synapse plus 8 a source; weights and
/// delays live beside it, in the same order, in storage the caller owns.
struct Connectivity {
  std::vector<std::uint64_t> rowStart; // nPre + 1
  std::vector<std::uint32_t> target;   // sorted within each row

  std::uint32_t sourceCount() const {
    return rowStart.empty() ? 0 : static_cast<std::uint32_t>(rowStart.size() - 1);
  }
  std::uint64_t synapseCount() const { return target.size(); }
  std::span<const std::uint32_t> targetsOf(std::uint32_t source) const {
    return std::span(target).subspan(rowStart[source], rowStart[source + 1] - rowStart[source]);
  }
  bool operator==(const Connectivity &) const = default;
};

/// What every rule needs. samePopulation: pre and post are one population, so i -> i is a
/// self-connection, made only when allowSelf.
struct RuleInput {
  RngKey key;
  std::uint32_t nPre = 0;
  std::uint32_t nPost = 0;
  bool samePopulation = false;
  bool allowSelf = false;

  bool excludesSelf() const { return samePopulation && !allowSelf; }
};

/// The sources of targets [postBegin, postBegin + colStart.size() - 1), column by column, each
/// sorted. A random column depends only on (key, post), so a process that owns some targets
/// generates only their columns; toCsr() joins the blocks.
struct ColumnBlock {
  std::uint32_t postBegin = 0;
  std::vector<std::uint64_t> colStart{0};
  std::vector<std::uint32_t> source;
};

/// The columns of some targets only, `post` rising: what one process of a distributed run
/// generates (docs/distributed.md). colStart has post.size() + 1 entries.
struct ColumnList {
  std::vector<std::uint32_t> post;
  std::vector<std::uint64_t> colStart{0};
  std::vector<std::uint32_t> source;
};

/// Transposes columns into CSR by source with a counting sort. The blocks, in any order, must
/// cover [0, nPost) exactly once.
Connectivity toCsr(std::span<const ColumnBlock> blocks, std::uint32_t nPre, std::uint32_t nPost);

// Deterministic rules (Connect.cpp).

/// i -> i; needs nPre == nPost, and allowSelf within one population.
std::optional<Connectivity> oneToOne(const RuleInput &in, std::string &error);
/// Every source to every target (but itself, unless allowed).
std::optional<Connectivity> allToAll(const RuleInput &in, std::string &error);
/// On a ring of nPre == nPost neurons, each to its k nearest neighbours on each side
/// (i -> i ± 1 .. i ± k, modulo n); needs 2k < n so that the 2k targets are distinct.
std::optional<Connectivity> ring(const RuleInput &in, std::uint32_t k, std::string &error);
/// Neurons on a width x height grid, row-major (index y * width + x), connected when their
/// Euclidean distance is at most radius; no wrap-around. Needs nPre == nPost == width * height.
std::optional<Connectivity> grid(const RuleInput &in, std::uint32_t width, std::uint32_t height,
                                 double radius, std::string &error);

// Random rules (ConnectRandom.cpp), per target where the rule allows it.

/// Each pair independently with probability p, in [0, 1]. Per target, sources are found by
/// geometric skipping, so the cost is proportional to the synapses made, not nPre * nPost.
std::optional<Connectivity> probability(const RuleInput &in, double p, std::string &error);
/// Exactly k distinct sources for every target, drawn without replacement.
std::optional<Connectivity> fixedIndegree(const RuleInput &in, std::uint32_t k, std::string &error);
/// Exactly k distinct targets for every source, drawn without replacement. Generated per source
/// (keyed by (key, pre)): a process owning some targets still generates every row.
std::optional<Connectivity> fixedOutdegree(const RuleInput &in, std::uint32_t k,
                                           std::string &error);

/// The columns [postBegin, postEnd) of probability() and fixedIndegree(), for parameters that
/// those functions accept (asserted, not reported).
ColumnBlock probabilityColumns(const RuleInput &in, double p, std::uint32_t postBegin,
                               std::uint32_t postEnd);
ColumnBlock fixedIndegreeColumns(const RuleInput &in, std::uint32_t k, std::uint32_t postBegin,
                                 std::uint32_t postEnd);
/// The same columns for the listed targets (rising), each exactly as the whole rule draws it.
ColumnList probabilityColumnsAt(const RuleInput &in, double p,
                                std::span<const std::uint32_t> posts);
ColumnList fixedIndegreeColumnsAt(const RuleInput &in, std::uint32_t k,
                                  std::span<const std::uint32_t> posts);
/// CSR by source over all nPre sources of the listed columns (the other targets get nothing).
Connectivity toCsr(const ColumnList &columns, std::uint32_t nPre);

/// Watts–Strogatz (ConnectSmallWorld.cpp) over nPre == nPost neurons on a ring: each joined to
/// its k/2 nearest neighbours on each side (k even, k < n), then each lattice edge (u, u + j),
/// taken for j = 1 .. k/2 and u = 0 .. n-1 in turn, rewired with probability p to (u, w) for w
/// uniform among the neurons that are neither u nor already joined to u (skipped when u is
/// joined to all). The graph keeps exactly n * k / 2 undirected edges, never has self-loops
/// (allowSelf is ignored) or duplicates, and each undirected edge becomes two synapses, u -> w and
/// w -> u, so that the projection is symmetric like the graph. Rewiring depends on the edges
/// rewired before it, so the whole graph is generated in one sequential pass (cheap: O(n k^2));
/// every draw is keyed by (key, u, j), never by iteration state. With p = 0 it equals ring(k / 2).
std::optional<Connectivity> smallWorld(const RuleInput &in, std::uint32_t k, double p,
                                       std::string &error);

} // namespace flux::rt
