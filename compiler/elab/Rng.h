// Counter-based random numbers for elaboration: Philox4x32-10 (Salmon et al., "Parallel random
// numbers: as easy as 1, 2, 3", SC 2011), so that every random quantity of a network is a pure
// function of (seed, stream, indices) and never depends on the order in which it is generated.
#pragma once

#include <array>
#include <cstdint>

namespace flux::elab {

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

/// Where a draw belongs: `seed` is the network's seed (the Philox key), `stream` a projection id
/// or another purpose id. Quantities that share (a, b) must differ in stream or block: the
/// connectivity rules use blocks from kConnectBlockBase up, distributions blocks below
/// kMaxRedrawBlocks, so a projection's weights and delays need streams of their own.
struct RngKey {
  std::uint64_t seed = 0;
  std::uint32_t stream = 0;
};

/// 4 random 32-bit words for (key, a, b, block): a/b are e.g. (pre, post) or (post, draw index).
inline std::array<std::uint32_t, 4> randomWords(RngKey key, std::uint32_t a, std::uint32_t b,
                                                std::uint32_t block) {
  return philox4x32({a, b, block, key.stream}, {static_cast<std::uint32_t>(key.seed),
                                                static_cast<std::uint32_t>(key.seed >> 32)});
}

/// A double in (0, 1), never 0 or 1, from the top 52 bits of hi:lo placed at the centres of 2^52
/// equal cells: (m + 0.5) / 2^52 is exact, so u and 1 - u have the same distribution and log(u)
/// is finite. (53 bits cannot all be centred: the largest would round to 1.)
inline double uniformOpen01(std::uint32_t hi, std::uint32_t lo) {
  const std::uint64_t mantissa = (std::uint64_t{hi} << 20) | (lo >> 12);
  constexpr double kCell = 1.0 / 4503599627370496.0; // 2^-52
  return (static_cast<double>(mantissa) + 0.5) * kCell;
}

/// The words of one (key, a, block) in order: draw i is word i % 4 of randomWords(key, a, i / 4,
/// block). A rule that needs a varying number of draws per target reads them from here, so its
/// result for one target depends on that target's (key, a) alone.
class RandomStream {
public:
  RandomStream(RngKey key, std::uint32_t a, std::uint32_t block) : key(key), a(a), block(block) {}

  std::uint32_t nextWord() {
    if (used == 4) {
      words = randomWords(key, a, chunk++, block);
      used = 0;
    }
    return words[used++];
  }
  /// A double in (0, 1) from the next two words.
  double nextUniform() {
    const std::uint32_t hi = nextWord();
    return uniformOpen01(hi, nextWord());
  }
  /// An integer in [0, n), n > 0, exactly uniform (Lemire's multiply-and-reject).
  std::uint32_t nextBelow(std::uint32_t n);

private:
  RngKey key;
  std::uint32_t a;
  std::uint32_t block;
  std::uint32_t chunk = 0;
  std::array<std::uint32_t, 4> words{};
  int used = 4;
};

/// The first block a connectivity rule draws from; rules differ from each other above it.
constexpr std::uint32_t kConnectBlockBase = 0x80000000u;

} // namespace flux::elab
