// Random weights and delays: a distribution is plain data, and the value it gives one synapse is
// a pure function of (seed, stream, pre, post), so any process can compute any synapse's value.
#pragma once

#include "elab/Rng.h"

#include <cstdint>
#include <string>
#include <vector>

namespace flux::elab {

enum class DistributionKind { Constant, Uniform, Normal, TruncatedNormal, Lognormal, Choice };

/// A distribution and its parameters, by kind:
///   Constant {value}, Uniform {lo, hi}, Normal {mean, sd},
///   TruncatedNormal {mean, sd, lo, hi} (lo or hi may be infinite: a normal truncated to a sign),
///   Lognormal {mu, sigma} (of the underlying normal), Choice {values...} (equally likely).
struct Distribution {
  DistributionKind kind = DistributionKind::Constant;
  std::vector<double> params;

  static Distribution constant(double value);
  static Distribution uniform(double lo, double hi);
  static Distribution normal(double mean, double sd);
  static Distribution truncatedNormal(double mean, double sd, double lo, double hi);
  /// normal(mean, sd) restricted to [0, inf) or to (-inf, 0].
  static Distribution positiveNormal(double mean, double sd);
  static Distribution negativeNormal(double mean, double sd);
  static Distribution lognormal(double mu, double sigma);
  static Distribution choice(std::vector<double> values);
};

/// A truncated normal redraws from the next block while its value falls outside [lo, hi] (two
/// candidates a block); after this many blocks, sample() gives up and returns NaN.
/// checkDistribution() refuses bounds that keep less than kMinTruncatedMass of the normal, so
/// a give-up has probability below (1 - 0.02)^2048 < 1e-17 per synapse.
constexpr std::uint32_t kMaxRedrawBlocks = 1024;
constexpr double kMinTruncatedMass = 0.02;

/// False, with a message such as "uniform(lo, hi) needs lo <= hi, got uniform(2, 1)", when the
/// parameters are wrong in number or value.
bool checkDistribution(const Distribution &dist, std::string &error);

/// The distribution as Flux source writes it: "normal(0.5, 0.1)".
std::string formatDistribution(const Distribution &dist);

/// The value for synapse (pre, post): drawn from randomWords(key, pre, post, block) with block 0
/// (and further blocks for a truncated normal's redraws). NaN when a truncated normal ran out of
/// redraws: the caller reports it. Needs a distribution that checkDistribution() accepts.
double sample(const Distribution &dist, RngKey key, std::uint32_t pre, std::uint32_t post);

} // namespace flux::elab
