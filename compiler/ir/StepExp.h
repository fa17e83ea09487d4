// exp() of single-precision run-time values as the step engines compute it, on the CPU (LLVM)
// and the GPU (GLSL) alike: one fixed sequence of IEEE float operations (Cephes' expf), so both
// backends get the same bits, which libm's expf and a GPU's exp (a few ULP, implementation's
// choice) would not. About 1 ULP from the exact value. Constants folded at compile time (exp of
// `dt` and uniform parameters) do not use it: the compiler computes those in double.
//
//   x NaN -> NaN; x > kHigh -> +inf; x < kLow -> +0; otherwise, in this order:
//   n = floor(x * kLog2e + 0.5)
//   r = x - n * kLn2High;  r = r - n * kLn2Low
//   p = kP[0]; p = p * r + kP[k] for k = 1..5
//   y = p * (r * r);  y = y + r;  y = y + 1
//   result = (y * 2^(n - 1)) * 2        (2^(n - 1) made from its bits: n - 1 in [-126, 127])
#pragma once

#include <array>

namespace flux::ir::stepexp {

inline constexpr float kLow = -87.0F;
inline constexpr float kHigh = 88.7F;
inline constexpr float kLog2e = 1.44269504088896341F;
inline constexpr float kLn2High = 0.693359375F;
inline constexpr float kLn2Low = -2.12194440e-4F;
inline constexpr std::array<float, 6> kP = {1.9875691500E-4F, 1.3981999507E-3F, 8.3334519073E-3F,
                                            4.1665795894E-2F, 1.6666665459E-1F, 5.0000001201E-1F};

} // namespace flux::ir::stepexp
