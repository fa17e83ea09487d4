// Counter-based random numbers: Philox4x32-10 (Salmon et al., "Parallel random numbers: as easy
// as 1, 2, 3", SC 2011). Elaboration draws connectivity from it and the runtime draws input spike
// trains from it, so every random quantity of a run is a pure function of (seed, stream,
// indices) and never depends on the order, the engine or the machine that generates it.
#pragma once

#include <array>
#include <cstdint>

namespace flux::rt {

using PhiloxCounter = std::array<std::uint32_t, 4>;
using PhiloxKey = std::array<std::uint32_t, 2>;

/// Philox4x32 with 10 rounds, bit for bit Random123's philox4x32_10.
constexpr PhiloxCounter philox4x32(PhiloxCounter ctr, PhiloxKey key) {
  constexpr std::uint32_t kMultiplier0 = 0xD2511F53;
  constexpr std::uint32_t kMultiplier1 = 0xCD9E8D57;
  constexpr std::uint32_t kWeyl0 = 0x9E3779B9; // golden ratio
  constexpr std::uint32_t kWeyl1 = 0xBB67AE85; // sqrt(3) - 1
  for (int round = 0; round < 10; ++round) {
    if (round != 0) {
      key[0] += kWeyl0;
      key[1] += kWeyl1;
    }
    const std::uint64_t product0 = std::uint64_t{kMultiplier0} * ctr[0];
    const std::uint64_t product1 = std::uint64_t{kMultiplier1} * ctr[2];
    ctr = {static_cast<std::uint32_t>(product1 >> 32) ^ ctr[1] ^ key[0],
           static_cast<std::uint32_t>(product1),
           static_cast<std::uint32_t>(product0 >> 32) ^ ctr[3] ^ key[1],
           static_cast<std::uint32_t>(product0)};
  }
  return ctr;
}

/// A double in (0, 1), never 0 or 1, from the top 52 bits of hi:lo placed at the centres of 2^52
/// equal cells: (m + 0.5) / 2^52 is exact, so u and 1 - u have the same distribution and log(u)
/// is finite. (53 bits cannot all be centred: the largest would round to 1.)
inline double uniformOpen01(std::uint32_t hi, std::uint32_t lo) {
  const std::uint64_t mantissa = (std::uint64_t{hi} << 20) | (lo >> 12);
  constexpr double kCell = 1.0 / 4503599627370496.0; // 2^-52
  return (static_cast<double>(mantissa) + 0.5) * kCell;
}

} // namespace flux::rt
