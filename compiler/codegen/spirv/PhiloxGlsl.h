// The step engines' Poisson input draw in GLSL: runtime/core/Philox.h and SpikeSources.h
// (spikeSourceWords, poissonDraw24, poissonFiresInStep24) ported to 32-bit integer operations,
// so a shader decides exactly the same spikes as the CPU step engine. tests/unit/gpu/SpirvTest
// and VulkanTest check it against the C++ functions on lavapipe, bit for bit.
#pragma once

namespace flux::spirv {

/// GLSL (version 450, no extension needed) defining:
///
///   uvec4 flux_philox4x32(uvec4 counter, uvec2 key)
///     philox4x32 of Philox.h: 10 rounds; umulExtended gives the 32x32 -> 64-bit products.
///
///   uvec4 flux_spike_source_words(uvec2 seed, uint stream, uint channel, uvec2 counter)
///     spikeSourceWords: key = seed ^ kSpikeSourceKeyTweak, counter = {channel, counter.x,
///     counter.y, stream}.
///
///   bool flux_poisson_fires(uvec2 seed, uint stream, uint channel, uvec2 step, uint threshold)
///   bool flux_poisson_fires(uvec2 seed, uint stream, uint channel, uint step, uint threshold)
///     poissonFiresInStep24: whether the top 24 bits of word 0 of the step's draw are below
///     `threshold` (from poissonThreshold24 or probabilityThreshold24, in [0, 2^24]).
///
/// 64-bit values are passed as uvec2(low word, high word): `seed` is the run's 64-bit seed,
/// `step` the 64-bit step number. The `uint step` overload covers steps below 2^32 (about 5 days
/// of model time at dt = 0.1 ms) and is the same as uvec2(step, 0). `stream` is the engine's id
/// for the input population, `channel` the neuron's index in it, as on the CPU.
inline constexpr const char *kPhiloxGlsl = R"(
// Philox4x32-10 (runtime/core/Philox.h); 64-bit values are uvec2(low, high).
uvec4 flux_philox4x32(uvec4 counter, uvec2 key) {
  for (int round = 0; round < 10; ++round) {
    if (round != 0)
      key += uvec2(0x9E3779B9u, 0xBB67AE85u);
    uint high0, low0, high1, low1;
    umulExtended(0xD2511F53u, counter.x, high0, low0);
    umulExtended(0xCD9E8D57u, counter.z, high1, low1);
    counter = uvec4(high1 ^ counter.y ^ key.x, low1, high0 ^ counter.w ^ key.y, low0);
  }
  return counter;
}

// spikeSourceWords (runtime/core/SpikeSources.h); the key is seed ^ kSpikeSourceKeyTweak.
uvec4 flux_spike_source_words(uvec2 seed, uint stream, uint channel, uvec2 counter) {
  const uvec2 keyTweak = uvec2(0x45535243u, 0x5350494Bu);
  return flux_philox4x32(uvec4(channel, counter.x, counter.y, stream), seed ^ keyTweak);
}

// poissonFiresInStep24: fires iff the top 24 bits of word 0 are below the threshold.
bool flux_poisson_fires(uvec2 seed, uint stream, uint channel, uvec2 step, uint threshold) {
  return (flux_spike_source_words(seed, stream, channel, step).x >> 8) < threshold;
}

bool flux_poisson_fires(uvec2 seed, uint stream, uint channel, uint step, uint threshold) {
  return flux_poisson_fires(seed, stream, channel, uvec2(step, 0u), threshold);
}
)";

} // namespace flux::spirv
