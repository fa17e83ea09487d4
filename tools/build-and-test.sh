#!/usr/bin/env bash
# The README's second command, and exactly what CI runs (.ci/run): installs the Debian
# packages, builds Flux three ways, and runs every test through one ctest run:
#   build/       the normal build (RelWithDebInfo): lit and unit tests, corpus replay, format,
#                layering, plus the two builds below
#   build-asan/  Debug + AddressSanitizer + UndefinedBehaviorSanitizer: unit and lit tests
#   build-fuzz/  clang-19 + libFuzzer: the parser fuzzer, run for FLUX_FUZZ_SECONDS (60)
# ctest's summary is the last thing printed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
fuzz_seconds=${FLUX_FUZZ_SECONDS:-60}

bash tools/install-deps.sh

step() { echo; echo "== $* =="; }
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# The GPU tests run on Mesa's lavapipe, also on a machine with a GPU (docs/gpu.md).
export VK_DRIVER_FILES=${VK_DRIVER_FILES:-/usr/share/vulkan/icd.d/lvp_icd.x86_64.json}

step "sanitizer build (build-asan)"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DFLUX_SANITIZE=ON >/dev/null
cmake --build build-asan

step "fuzz build (build-fuzz, clang-19)"
CC=clang-19 CXX=clang++-19 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DFLUX_FUZZ=ON >/dev/null
cmake --build build-fuzz

step "main build (build)"
cmake -S . -B build -G Ninja -DFLUX_ASAN_BUILD_DIR="$root/build-asan" \
  -DFLUX_FUZZ_BUILD_DIR="$root/build-fuzz" -DFLUX_FUZZ_SECONDS="$fuzz_seconds" >/dev/null
cmake --build build

step "tests"
cd build
ctest --output-on-failure --timeout 3600
