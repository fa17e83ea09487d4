// Finding the few set flags in a population's per-neuron byte arrays. After a `checked every`
// tick or a row of deliveries only a handful of thousands of neurons fired, so the arrays are
// read 64 bytes at a time (eight words OR-ed together, which the compiler turns into one or two
// vector loads); in a block with a set byte, each word's set bytes are found by bit tricks.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

namespace flux::rt {

static_assert(std::endian::native == std::endian::little, "forEachNonZero reads bytes as words");

/// Calls visit(i) for every i in [0, n) where a[i] != 0 or (b && b[i] != 0), in rising order.
/// visit may clear a[i] and b[i], nothing else.
template <typename Visit>
void forEachNonZero(const std::uint8_t *a, const std::uint8_t *b, std::uint32_t n, Visit visit) {
  constexpr std::uint32_t kBlock = 64;
  std::uint32_t i = 0;
  for (; i + kBlock <= n; i += kBlock) {
    std::uint64_t any = 0;
    for (std::uint32_t k = 0; k < kBlock; k += 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, a + i + k, sizeof word);
      any |= word;
      if (b) {
        std::memcpy(&word, b + i + k, sizeof word);
        any |= word;
      }
    }
    if (any == 0)
      continue;
    for (std::uint32_t k = 0; k < kBlock; k += 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, a + i + k, sizeof word);
      if (b) {
        std::uint64_t other = 0;
        std::memcpy(&other, b + i + k, sizeof other);
        word |= other;
      }
      // The top bit of every non-zero byte (little-endian: byte j is bits 8j..8j+7).
      constexpr std::uint64_t kLow7 = 0x7f7f7f7f7f7f7f7fULL;
      std::uint64_t marks = (((word & kLow7) + kLow7) | word) & ~kLow7;
      for (; marks != 0; marks &= marks - 1)
        visit(i + k + static_cast<std::uint32_t>(std::countr_zero(marks)) / 8);
    }
  }
  for (; i < n; ++i)
    if (a[i] != 0 || (b && b[i] != 0))
      visit(i);
}

} // namespace flux::rt
