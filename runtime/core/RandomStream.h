// Counter-based random streams (elaboration, and connectivity regenerated at load time):
// Philox4x32-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", SC 2011), so that
// every random quantity of a network is a pure function of (seed, stream, indices) and never
// depends on the order in which it is generated.
#pragma once

#include "core/Philox.h"

#include <array>
#include <cstdint>

namespace flux::rt {

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

} // namespace flux::rt
