// The random connectivity rules. Every random column (or row) reads its own RandomStream keyed
// by (key, post) (or (key, pre)), so it can be generated alone, in any order, by any process.
#include "connect/Connect.h"
#include "io/NumberText.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace flux::rt {
namespace {

constexpr std::uint32_t kProbabilityBlock = kConnectBlockBase + 1;
constexpr std::uint32_t kFixedIndegreeBlock = kConnectBlockBase + 2;
constexpr std::uint32_t kFixedOutdegreeBlock = kConnectBlockBase + 3;
constexpr std::uint32_t kNoSelf = ~0u;

/// Appends k distinct indices of [0, n + (self != kNoSelf)) that are not `self`, sorted, to
/// `out`: Floyd's algorithm picks k of n in k draws; indices at or above `self` then step over
/// it. `marked` has at least n entries, all zero, and is left so.
void appendDistinct(RandomStream &draws, std::uint32_t n, std::uint32_t k, std::uint32_t self,
                    std::vector<std::uint8_t> &marked, std::vector<std::uint32_t> &out) {
  const std::size_t first = out.size();
  for (std::uint32_t j = n - k; j < n; ++j) {
    std::uint32_t pick = draws.nextBelow(j + 1);
    if (marked[pick] != 0)
      pick = j; // j itself cannot have been picked yet
    marked[pick] = 1;
    out.push_back(pick);
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
  for (std::size_t i = first; i < out.size(); ++i) {
    marked[out[i]] = 0;
    if (out[i] >= self)
      ++out[i];
  }
}

/// How many distinct partners each neuron of a side can choose from.
std::uint32_t available(const RuleInput &in, std::uint32_t size) {
  return in.excludesSelf() && size > 0 ? size - 1 : size;
}

bool checkDegree(const RuleInput &in, const char *rule, std::uint32_t k, std::uint32_t choices,
                 std::uint32_t askers, const char *what, std::string &error) {
  if (askers == 0 || k <= choices)
    return true;
  error = std::string(rule) + "(" + std::to_string(k) + ") needs " + std::to_string(k) +
          " distinct " + what + " for each neuron, but there are only " + std::to_string(choices) +
          (in.excludesSelf() ? " (self-connections excluded)" : "");
  return false;
}

} // namespace

namespace {

/// Appends the sources of column `post` of probability() to `out`.
void appendProbabilityColumn(const RuleInput &in, double p, double invLogFail, std::uint32_t post,
                             std::vector<std::uint32_t> &out) {
  // Skips between successive sources are geometric: floor(log(u) / log(1 - p)) pairs fail
  // before the next success. p = 1 makes the divisor -inf and every skip 0. Draw i of a column
  // is the uniform from words 2(i % 2), 2(i % 2) + 1 of chunk i / 2, as a RandomStream would
  // give it; taking kBatchBlocks chunks at a time lets the CPU overlap their Philox rounds and
  // logarithms, which are independent, instead of waiting on one draw at a time.
  constexpr std::size_t kBatchBlocks = 8;
  const std::int64_t nPre = in.nPre;
  double logU[2 * kBatchBlocks];
  const std::int64_t self = in.excludesSelf() ? post : -1;
  std::uint32_t chunk = 0;
  std::size_t next = 2 * kBatchBlocks;
  for (std::int64_t source = -1; p > 0;) {
    if (next == 2 * kBatchBlocks) {
      for (std::size_t b = 0; b < kBatchBlocks; ++b) {
        const auto words =
            randomWords(in.key, post, chunk + static_cast<std::uint32_t>(b), kProbabilityBlock);
        logU[2 * b] = std::log(uniformOpen01(words[0], words[1]));
        logU[2 * b + 1] = std::log(uniformOpen01(words[2], words[3]));
      }
      chunk += kBatchBlocks;
      next = 0;
    }
    // floor(skip) >= n exactly when skip >= n, and below n the cast truncates like floor.
    const double skip = logU[next++] * invLogFail;
    if (skip >= static_cast<double>(nPre - source - 1))
      break;
    source += 1 + static_cast<std::int64_t>(skip);
    if (source != self)
      out.push_back(static_cast<std::uint32_t>(source));
  }
}

/// Appends the sources of column `post` of fixedIndegree() to `out`.
void appendFixedIndegreeColumn(const RuleInput &in, std::uint32_t k, std::uint32_t post,
                               std::vector<std::uint8_t> &marked, std::vector<std::uint32_t> &out) {
  const bool skipSelf = in.excludesSelf() && post < in.nPre;
  const std::uint32_t choices = skipSelf ? in.nPre - 1 : in.nPre;
  assert(k <= choices && "fixed_indegree asks for more sources than there are");
  RandomStream draws(in.key, post, kFixedIndegreeBlock);
  appendDistinct(draws, choices, k, skipSelf ? post : kNoSelf, marked, out);
}

} // namespace

ColumnBlock probabilityColumns(const RuleInput &in, double p, std::uint32_t postBegin,
                               std::uint32_t postEnd) {
  assert(p >= 0 && p <= 1 && postBegin <= postEnd && postEnd <= in.nPost);
  ColumnBlock out;
  out.postBegin = postBegin;
  out.colStart.reserve(std::size_t{postEnd - postBegin} + 1);
  // The mean plus six standard deviations: growing a vector of 50M synapses copies it.
  const double mean = p * in.nPre * (postEnd - postBegin);
  out.source.reserve(static_cast<std::size_t>(mean + 6 * std::sqrt(mean) + 16));
  const double invLogFail = 1.0 / std::log1p(-p);
  for (std::uint32_t post = postBegin; post < postEnd; ++post) {
    appendProbabilityColumn(in, p, invLogFail, post, out.source);
    out.colStart.push_back(out.source.size());
  }
  return out;
}

ColumnList probabilityColumnsAt(const RuleInput &in, double p,
                                std::span<const std::uint32_t> posts) {
  assert(p >= 0 && p <= 1);
  ColumnList out;
  out.post.assign(posts.begin(), posts.end());
  const double mean = p * in.nPre * static_cast<double>(posts.size());
  out.source.reserve(static_cast<std::size_t>(mean + 6 * std::sqrt(mean) + 16));
  const double invLogFail = 1.0 / std::log1p(-p);
  for (std::uint32_t post : posts) {
    appendProbabilityColumn(in, p, invLogFail, post, out.source);
    out.colStart.push_back(out.source.size());
  }
  return out;
}

ColumnList fixedIndegreeColumnsAt(const RuleInput &in, std::uint32_t k,
                                  std::span<const std::uint32_t> posts) {
  ColumnList out;
  out.post.assign(posts.begin(), posts.end());
  out.source.reserve(std::size_t{k} * posts.size());
  std::vector<std::uint8_t> marked(in.nPre, 0);
  for (std::uint32_t post : posts) {
    appendFixedIndegreeColumn(in, k, post, marked, out.source);
    out.colStart.push_back(out.source.size());
  }
  return out;
}

std::optional<Connectivity> probability(const RuleInput &in, double p, std::string &error) {
  if (!(p >= 0 && p <= 1)) {
    error = "connection probability must be in [0, 1], got " + shortestText(p);
    return std::nullopt;
  }
  const ColumnBlock columns = probabilityColumns(in, p, 0, in.nPost);
  return toCsr(std::span(&columns, 1), in.nPre, in.nPost);
}

ColumnBlock fixedIndegreeColumns(const RuleInput &in, std::uint32_t k, std::uint32_t postBegin,
                                 std::uint32_t postEnd) {
  assert(postBegin <= postEnd && postEnd <= in.nPost);
  ColumnBlock out;
  out.postBegin = postBegin;
  out.colStart.reserve(std::size_t{postEnd - postBegin} + 1);
  out.source.reserve(std::size_t{k} * (postEnd - postBegin));
  std::vector<std::uint8_t> marked(in.nPre, 0);
  for (std::uint32_t post = postBegin; post < postEnd; ++post) {
    appendFixedIndegreeColumn(in, k, post, marked, out.source);
    out.colStart.push_back(out.source.size());
  }
  return out;
}

std::optional<Connectivity> fixedIndegree(const RuleInput &in, std::uint32_t k,
                                          std::string &error) {
  if (!checkDegree(in, "fixed_indegree", k, available(in, in.nPre), in.nPost, "sources", error))
    return std::nullopt;
  const ColumnBlock columns = fixedIndegreeColumns(in, k, 0, in.nPost);
  return toCsr(std::span(&columns, 1), in.nPre, in.nPost);
}

std::optional<Connectivity> fixedOutdegree(const RuleInput &in, std::uint32_t k,
                                           std::string &error) {
  if (!checkDegree(in, "fixed_outdegree", k, available(in, in.nPost), in.nPre, "targets", error))
    return std::nullopt;
  Connectivity out;
  out.rowStart.reserve(std::size_t{in.nPre} + 1);
  out.rowStart.push_back(0);
  out.target.reserve(std::uint64_t{k} * in.nPre);
  std::vector<std::uint8_t> marked(in.nPost, 0);
  for (std::uint32_t pre = 0; pre < in.nPre; ++pre) {
    const bool skipSelf = in.excludesSelf() && pre < in.nPost;
    RandomStream draws(in.key, pre, kFixedOutdegreeBlock);
    appendDistinct(draws, skipSelf ? in.nPost - 1 : in.nPost, k, skipSelf ? pre : kNoSelf, marked,
                   out.target);
    out.rowStart.push_back(out.target.size());
  }
  return out;
}

} // namespace flux::rt
