// forEachNonZero against a byte-by-byte scan: sparse and dense flags, one array or two, sizes
// around the 64-byte block and the 8-byte word, and flags cleared by the visitor.
#include "engine/NonZeroBytes.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

using flux::rt::forEachNonZero;

namespace {

std::vector<std::uint32_t> naive(const std::vector<std::uint8_t> &a,
                                 const std::vector<std::uint8_t> *b) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t i = 0; i < a.size(); ++i)
    if (a[i] != 0 || (b && (*b)[i] != 0))
      out.push_back(i);
  return out;
}

TEST(NonZeroBytes, MatchesAByteByByteScan) {
  std::mt19937 rng(7);
  for (std::uint32_t n : {0u, 1u, 7u, 8u, 9u, 63u, 64u, 65u, 127u, 128u, 200u, 4000u}) {
    for (double density : {0.0, 0.01, 0.2, 1.0}) {
      std::bernoulli_distribution set(density);
      std::uniform_int_distribution<int> value(1, 255); // 0x80 and 0x7f bytes included
      std::vector<std::uint8_t> a(n), b(n);
      for (std::uint32_t i = 0; i < n; ++i) {
        a[i] = set(rng) ? static_cast<std::uint8_t>(value(rng)) : 0;
        b[i] = set(rng) ? static_cast<std::uint8_t>(value(rng)) : 0;
      }
      std::vector<std::uint32_t> one, two;
      forEachNonZero(a.data(), nullptr, n, [&](std::uint32_t i) { one.push_back(i); });
      forEachNonZero(a.data(), b.data(), n, [&](std::uint32_t i) { two.push_back(i); });
      EXPECT_EQ(one, naive(a, nullptr)) << "n " << n << " density " << density;
      EXPECT_EQ(two, naive(a, &b)) << "n " << n << " density " << density;
    }
  }
}

TEST(NonZeroBytes, TheVisitorMayClearWhatItVisits) {
  std::vector<std::uint8_t> a(130, 0);
  a[0] = 3;
  a[1] = 1;
  a[64] = 2;
  a[129] = 1;
  std::vector<std::uint32_t> seen;
  forEachNonZero(a.data(), nullptr, 130, [&](std::uint32_t i) {
    seen.push_back(i);
    a[i] = 0;
  });
  EXPECT_EQ(seen, (std::vector<std::uint32_t>{0, 1, 64, 129}));
  EXPECT_EQ(naive(a, nullptr), std::vector<std::uint32_t>{});
}

} // namespace
