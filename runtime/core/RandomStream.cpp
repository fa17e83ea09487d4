// The parts of the counter-based generator that are not worth inlining.
#include "core/RandomStream.h"

namespace flux::rt {

std::uint32_t RandomStream::nextBelow(std::uint32_t n) {
  // Lemire, "Fast random integer generation in an interval" (2019): the high word of word * n is
  // uniform once the few low values that would over-represent some results are rejected.
  std::uint64_t product = std::uint64_t{nextWord()} * n;
  auto low = static_cast<std::uint32_t>(product);
  if (low < n) {
    const std::uint32_t threshold = (0u - n) % n; // 2^32 mod n
    while (low < threshold) {
      product = std::uint64_t{nextWord()} * n;
      low = static_cast<std::uint32_t>(product);
    }
  }
  return static_cast<std::uint32_t>(product >> 32);
}

} // namespace flux::rt
