// Input spike generators (`input x[n] : poisson(...) | regular(...) | spike_train(...)`). Every
// random draw is a pure function of (seed, stream, channel, counter) through Philox, so the
// event-driven engine, the step engine and a GPU shader produce the same inputs on any machine,
// whatever order they generate them in.
#pragma once

#include "core/Philox.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace flux::rt {

/// Xored into the seed to make the Philox key of input draws, so that inputs never reuse the
/// words that elaboration drew for connectivity and weights under the same seed.
constexpr std::uint64_t kSpikeSourceKeyTweak = 0x5350494B45535243ull; // "SPIKESRC"

/// The Philox words of draw `counter` (a spike number or a step) of input channel `channel` of
/// stream `stream` (the engine's id for the input population). The one definition a shader
/// reproduces: key = seed ^ kSpikeSourceKeyTweak split low word first, counter = {channel,
/// counter low, counter high, stream}.
constexpr PhiloxCounter spikeSourceWords(std::uint64_t seed, std::uint32_t stream,
                                         std::uint32_t channel, std::uint64_t counter) {
  const std::uint64_t key = seed ^ kSpikeSourceKeyTweak;
  return philox4x32({channel, static_cast<std::uint32_t>(counter),
                     static_cast<std::uint32_t>(counter >> 32), stream},
                    {static_cast<std::uint32_t>(key), static_cast<std::uint32_t>(key >> 32)});
}

/// Poisson input, event-driven form: the time of spike k + 1 of a channel whose spike k was at
/// `previousMs` (start a channel with k = 0 and previousMs = the start time). The interval is
/// exponential, -log(u) / rate with u from words 0 and 1 of draw k; rate 0 never fires
/// (+infinity). The same arguments give the same time bit for bit wherever std::log is the same
/// function (every CPU engine linked against one libm).
inline double poissonNextSpike(std::uint64_t seed, std::uint32_t stream, std::uint32_t channel,
                               std::uint64_t k, double ratePerMs, double previousMs) {
  if (ratePerMs <= 0)
    return std::numeric_limits<double>::infinity();
  const PhiloxCounter words = spikeSourceWords(seed, stream, channel, k);
  return previousMs - std::log(uniformOpen01(words[0], words[1])) / ratePerMs;
}

/// Poisson input, time-stepped form: the integer threshold t in [0, 2^24] such that a channel
/// fires in a step iff the top 24 bits of word 0 of the step's draw are below t, so it fires
/// with probability t / 2^24. It is ceil(p * 2^24) for the float p = min(rate * dt, 1) that a
/// step engine stores, which makes the float and the integer comparisons below agree exactly.
std::uint32_t poissonThreshold24(double ratePerMs, double dtMs);

/// The same threshold for a per-step probability already rounded to float: ceil(p * 2^24),
/// clamped to [0, 2^24] (NaN gives 0).
std::uint32_t probabilityThreshold24(float probability);

/// The 24-bit draw of a channel in a step: the top 24 bits of word 0.
constexpr std::uint32_t poissonDraw24(std::uint64_t seed, std::uint32_t stream,
                                      std::uint32_t channel, std::uint64_t step) {
  return spikeSourceWords(seed, stream, channel, step)[0] >> 8;
}

/// Whether a Poisson channel fires in `step`, from a threshold made by poissonThreshold24.
/// Integer operations only, so a shader reproduces it exactly.
constexpr bool poissonFiresInStep24(std::uint64_t seed, std::uint32_t stream, std::uint32_t channel,
                                    std::uint64_t step, std::uint32_t threshold24) {
  return poissonDraw24(seed, stream, channel, step) < threshold24;
}

/// Whether a Poisson channel fires in `step` with `probability` = rate * dt (computed once by
/// the caller). One float comparison, exact on any IEEE machine because a 24-bit integer and
/// p * 2^24 are both exact floats: the same answer as poissonFiresInStep24 with
/// probabilityThreshold24(probability).
inline bool poissonFiresInStep(std::uint64_t seed, std::uint32_t stream, std::uint32_t channel,
                               std::uint64_t step, float probability) {
  constexpr float kTwoTo24 = 16777216.0F;
  return static_cast<float>(poissonDraw24(seed, stream, channel, step)) < probability * kTwoTo24;
}

/// Regular input: spike k (from 0) at phase + k / rate; rate 0 never fires (+infinity).
inline double regularSpikeTime(double ratePerMs, double phaseMs, std::uint64_t k) {
  if (ratePerMs <= 0)
    return std::numeric_limits<double>::infinity();
  return phaseMs + static_cast<double>(k) / ratePerMs;
}

/// Whether a regular input fires in the step [t, t + dt) of the step engines (CPU and GPU):
/// the spike k = ceil((t - phase) rate) is the first at or after t.
inline bool regularFiresInStep(double ratePerMs, double phaseMs, double t, double dt) {
  if (ratePerMs <= 0)
    return false;
  const double k = std::ceil((t - phaseMs) * ratePerMs - 1e-9);
  const double at =
      regularSpikeTime(ratePerMs, phaseMs, static_cast<std::uint64_t>(std::max(0.0, k)));
  return at >= t - 1e-9 && at < t + dt - 1e-9;
}

/// Spikes read from a file, sorted by (time, channel); a pair that appears twice spikes twice.
struct SpikeTrain {
  std::vector<double> timesMs;
  std::vector<std::uint32_t> channels;
};

/// Files past this many spikes are refused with an error rather than exhausting memory.
constexpr std::size_t kMaxSpikeTrainSpikes = std::size_t{1} << 27;

/// Parses `time_ms,index` lines for a source of `channelCount` channels: an optional header
/// (`time_ms,index` or `time,index`), `#` comments, blank lines, CRLF and a UTF-8 byte order mark
/// are accepted. On failure returns nullopt and sets `error` to "name:line: what is wrong; how
/// to fix it".
std::optional<SpikeTrain> parseSpikeTrainCsv(std::string_view text, const std::string &name,
                                             std::uint32_t channelCount, std::string &error);

/// parseSpikeTrainCsv over a file, read in chunks (a file without line breaks fails on its first
/// line instead of being read whole).
std::optional<SpikeTrain> loadSpikeTrainCsv(const std::string &path, std::uint32_t channelCount,
                                            std::string &error);

} // namespace flux::rt
