#!/usr/bin/env bash
# The README's first command: installs the Debian packages, builds fluxc, and runs the main
# job on a shipped example. fluxc's pipeline ends after elaboration today, so the main job
# checks the central-pattern-generator example and prints the network it elaborates to;
# `fluxc run` replaces this once the CPU backend lands.
set -euo pipefail
cd "$(dirname "$0")/.."
example=${1:-examples/cpg/cpg.flux}

bash tools/install-deps.sh
cmake -S . -B build -G Ninja >/dev/null
cmake --build build --target fluxc

echo
echo "== fluxc check $example =="
./build/tools/fluxc/fluxc check "$example"
echo "ok: no errors"
echo
echo "== fluxc --emit=network $example =="
./build/tools/fluxc/fluxc --emit=network "$example"
