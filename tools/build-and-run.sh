#!/usr/bin/env bash
# The README's first command: installs the Debian packages, builds fluxc, and runs the main
# job: a shipped example (the central pattern generator) simulated end to end with
# `fluxc run` on the CPU (the exact event-driven engine by default), printing its summary.
# Arguments after the example are passed to `fluxc run` (e.g. --engine step, --raster r.svg).
set -euo pipefail
cd "$(dirname "$0")/.."
example=${1:-examples/cpg/cpg.flux}
shift || true

bash tools/install-deps.sh
cmake -S . -B build -G Ninja >/dev/null
cmake --build build --target fluxc

echo
echo "== fluxc run $example --time 10s $* =="
./build/tools/fluxc/fluxc run "$example" --time 10s --raster build/main-job-raster.svg "$@"
echo
echo "raster: build/main-job-raster.svg"
