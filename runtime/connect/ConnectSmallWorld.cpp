// Watts–Strogatz small-world graphs ("Collective dynamics of 'small-world' networks", Nature
// 1998), rewired in the order networkx's watts_strogatz_graph uses.
#include "connect/Connect.h"
#include "io/NumberText.h"

#include <algorithm>
#include <cassert>

namespace flux::rt {
namespace {

/// Draws for lattice edge (u, u + j) come from block kSmallWorldBlock + j, row u.
constexpr std::uint32_t kSmallWorldBlock = kConnectBlockBase + 0x40000000u;

bool joined(const std::vector<std::uint32_t> &neighbours, std::uint32_t v) {
  return std::find(neighbours.begin(), neighbours.end(), v) != neighbours.end();
}

void unlink(std::vector<std::uint32_t> &neighbours, std::uint32_t v) {
  auto it = std::find(neighbours.begin(), neighbours.end(), v);
  *it = neighbours.back();
  neighbours.pop_back();
}

} // namespace

std::optional<Connectivity> smallWorld(const RuleInput &in, std::uint32_t k, double p,
                                       std::string &error) {
  if (in.nPre != in.nPost) {
    error = "small_world needs one population (or two of the same size), got " +
            std::to_string(in.nPre) + " sources and " + std::to_string(in.nPost) + " targets";
    return std::nullopt;
  }
  const std::uint32_t n = in.nPre;
  if (k % 2 != 0 || (k != 0 && k >= n)) {
    error = "small_world(" + std::to_string(k) + ", p) needs an even k below the population size " +
            std::to_string(n) + " (k/2 neighbours on each side of the ring)";
    return std::nullopt;
  }
  if (!(p >= 0 && p <= 1)) {
    error = "small_world rewiring probability must be in [0, 1], got " + shortestText(p);
    return std::nullopt;
  }

  std::vector<std::vector<std::uint32_t>> adjacent(n);
  for (std::uint32_t u = 0; u < n; ++u) {
    adjacent[u].reserve(k + 2);
    for (std::uint32_t j = 1; j <= k / 2; ++j) {
      adjacent[u].push_back((u + j) % n);
      adjacent[u].push_back((u + n - j) % n);
    }
  }
  if (p > 0) {
    for (std::uint32_t j = 1; j <= k / 2; ++j) {
      for (std::uint32_t u = 0; u < n; ++u) {
        const std::uint32_t v = (u + j) % n;
        RandomStream draws(in.key, u, kSmallWorldBlock + j);
        // (u, v) is still there: no other lattice edge is the same pair (j < n/2), and a
        // rewired edge never duplicates one. A neuron joined to all others keeps its edge.
        assert(joined(adjacent[u], v));
        if (draws.nextUniform() >= p || adjacent[u].size() + 1 >= n)
          continue;
        std::uint32_t w = draws.nextBelow(n);
        while (w == u || joined(adjacent[u], w))
          w = draws.nextBelow(n);
        unlink(adjacent[u], v);
        unlink(adjacent[v], u);
        adjacent[u].push_back(w);
        adjacent[w].push_back(u);
      }
    }
  }

  Connectivity out;
  out.rowStart.reserve(std::size_t{n} + 1);
  out.rowStart.push_back(0);
  out.target.reserve(std::uint64_t{n} * k);
  for (std::uint32_t u = 0; u < n; ++u) {
    std::sort(adjacent[u].begin(), adjacent[u].end());
    out.target.insert(out.target.end(), adjacent[u].begin(), adjacent[u].end());
    out.rowStart.push_back(out.target.size());
  }
  return out;
}

} // namespace flux::rt
