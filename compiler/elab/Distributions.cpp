// Sampling weights and delays from 4 uniform words, without per-sample state.
#include "elab/Distributions.h"

#include "support/NumberText.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <numbers>
#include <sstream>
#include <utility>

namespace flux::elab {

Distribution Distribution::constant(double value) {
  return {DistributionKind::Constant, {value}};
}
Distribution Distribution::uniform(double lo, double hi) {
  return {DistributionKind::Uniform, {lo, hi}};
}
Distribution Distribution::normal(double mean, double sd) {
  return {DistributionKind::Normal, {mean, sd}};
}
Distribution Distribution::truncatedNormal(double mean, double sd, double lo, double hi) {
  return {DistributionKind::TruncatedNormal, {mean, sd, lo, hi}};
}
Distribution Distribution::positiveNormal(double mean, double sd) {
  return truncatedNormal(mean, sd, 0.0, std::numeric_limits<double>::infinity());
}
Distribution Distribution::negativeNormal(double mean, double sd) {
  return truncatedNormal(mean, sd, -std::numeric_limits<double>::infinity(), 0.0);
}
Distribution Distribution::lognormal(double mu, double sigma) {
  return {DistributionKind::Lognormal, {mu, sigma}};
}
Distribution Distribution::choice(std::vector<double> values) {
  return {DistributionKind::Choice, std::move(values)};
}

namespace {

const char *kindName(DistributionKind kind) {
  switch (kind) {
  case DistributionKind::Constant:
    return "constant";
  case DistributionKind::Uniform:
    return "uniform";
  case DistributionKind::Normal:
    return "normal";
  case DistributionKind::TruncatedNormal:
    return "truncated_normal";
  case DistributionKind::Lognormal:
    return "lognormal";
  case DistributionKind::Choice:
    return "choice";
  }
  return "?";
}

/// The standard normal's mass in [lo, hi] (bounds in units of sd from the mean).
double normalMass(double lo, double hi) {
  // Upper-tail form when both bounds are positive keeps precision in the far tail.
  if (lo > 0)
    return 0.5 * (std::erfc(lo / std::numbers::sqrt2) - std::erfc(hi / std::numbers::sqrt2));
  return 0.5 * (std::erfc(-hi / std::numbers::sqrt2) - std::erfc(-lo / std::numbers::sqrt2));
}

/// Two independent standard normals from one block (Box–Muller).
std::pair<double, double> boxMuller(const std::array<std::uint32_t, 4> &words) {
  const double radius = std::sqrt(-2.0 * std::log(uniformOpen01(words[0], words[1])));
  const double angle = 2.0 * std::numbers::pi * uniformOpen01(words[2], words[3]);
  return {radius * std::cos(angle), radius * std::sin(angle)};
}

std::size_t expectedParams(DistributionKind kind) {
  switch (kind) {
  case DistributionKind::Constant:
    return 1;
  case DistributionKind::Uniform:
  case DistributionKind::Normal:
  case DistributionKind::Lognormal:
    return 2;
  case DistributionKind::TruncatedNormal:
    return 4;
  case DistributionKind::Choice:
    return 0; // any positive number
  }
  return 0;
}

} // namespace

std::string formatDistribution(const Distribution &dist) {
  std::string out = std::string(kindName(dist.kind)) + "(";
  for (std::size_t i = 0; i < dist.params.size(); ++i)
    out += (i == 0 ? "" : ", ") + numberText(dist.params[i]);
  return out + ")";
}

bool checkDistribution(const Distribution &dist, std::string &error) {
  const auto &p = dist.params;
  const std::size_t expected = expectedParams(dist.kind);
  if (dist.kind == DistributionKind::Choice ? p.empty() : p.size() != expected) {
    error = dist.kind == DistributionKind::Choice
                ? std::string("choice() needs at least one value")
                : std::string(kindName(dist.kind)) + " takes " + std::to_string(expected) +
                      " parameters, got " + std::to_string(p.size());
    return false;
  }
  // Bounds may be infinite; everything else must be a finite number.
  for (std::size_t i = 0; i < p.size(); ++i) {
    const bool isBound = dist.kind == DistributionKind::TruncatedNormal && i >= 2;
    if (std::isnan(p[i]) || (!isBound && std::isinf(p[i]))) {
      error = formatDistribution(dist) + " has a parameter that is not a finite number";
      return false;
    }
  }
  const std::string shown = formatDistribution(dist);
  switch (dist.kind) {
  case DistributionKind::Constant:
  case DistributionKind::Choice:
    return true;
  case DistributionKind::Uniform:
    if (p[0] > p[1]) {
      error = "uniform(lo, hi) needs lo <= hi, got " + shown;
      return false;
    }
    return true;
  case DistributionKind::Normal:
  case DistributionKind::Lognormal:
    if (p[1] < 0) {
      error = shown + " has a negative standard deviation";
      return false;
    }
    return true;
  case DistributionKind::TruncatedNormal: {
    if (p[1] < 0) {
      error = shown + " has a negative standard deviation";
      return false;
    }
    if (p[2] > p[3]) {
      error = "truncated_normal(mean, sd, lo, hi) needs lo <= hi, got " + shown;
      return false;
    }
    const double mass = p[1] == 0 ? (p[2] <= p[0] && p[0] <= p[3] ? 1.0 : 0.0)
                                  : normalMass((p[2] - p[0]) / p[1], (p[3] - p[0]) / p[1]);
    if (mass < kMinTruncatedMass) {
      std::ostringstream out;
      out.precision(2);
      out << shown << " keeps only " << mass * 100
          << "% of the normal distribution; move the bounds or the mean closer together";
      error = out.str();
      return false;
    }
    return true;
  }
  }
  return true;
}

double sample(const Distribution &dist, RngKey key, std::uint32_t pre, std::uint32_t post) {
  const auto &p = dist.params;
  switch (dist.kind) {
  case DistributionKind::Constant:
    return p[0];
  case DistributionKind::Uniform: {
    const auto words = randomWords(key, pre, post, 0);
    return p[0] + (p[1] - p[0]) * uniformOpen01(words[0], words[1]);
  }
  case DistributionKind::Normal:
    return p[0] + p[1] * boxMuller(randomWords(key, pre, post, 0)).first;
  case DistributionKind::Lognormal:
    return std::exp(p[0] + p[1] * boxMuller(randomWords(key, pre, post, 0)).first);
  case DistributionKind::TruncatedNormal:
    for (std::uint32_t block = 0; block < kMaxRedrawBlocks; ++block) {
      const auto [z0, z1] = boxMuller(randomWords(key, pre, post, block));
      for (const double z : {z0, z1}) {
        const double value = p[0] + p[1] * z;
        if (p[2] <= value && value <= p[3])
          return value;
      }
    }
    return std::numeric_limits<double>::quiet_NaN();
  case DistributionKind::Choice: {
    assert(!p.empty() && "choice() without values");
    const auto words = randomWords(key, pre, post, 0);
    const auto index =
        static_cast<std::size_t>(uniformOpen01(words[0], words[1]) * static_cast<double>(p.size()));
    return p[std::min(index, p.size() - 1)];
  }
  }
  return std::numeric_limits<double>::quiet_NaN();
}

} // namespace flux::elab
