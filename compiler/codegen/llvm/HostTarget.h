// What LLVM knows about the machine fluxc runs on: the CPU the JIT targets and the SIMD width
// that population updates are vectorised for. Plain data, so callers need no LLVM headers.
#pragma once

#include <string>

namespace flux::llvmgen {

struct HostTarget {
  std::string llvmVersion; // "19.1.7"
  std::string triple;      // "x86_64-pc-linux-gnu"
  std::string cpu;         // "znver4"
  unsigned vectorBits = 0; // widest float SIMD register: 128 (SSE), 256 (AVX), 512 (AVX-512)
};

HostTarget detectHostTarget();

} // namespace flux::llvmgen
