#!/usr/bin/env bash
# The GPU target's benchmark: the CUBA network (bench/cuba, 4000 neurons, 320,000 synapses) on
# the CPU step engine and on the GPU target, then where a GPU step's wall time goes. On a
# machine with a GPU, the scaled-up CUBA (100,000 neurons, 1,000 synapses each: 100 million
# synapses; too large for lavapipe's 128 MiB buffers) as well:
#
#   bench/gpu/run.sh                     # 1 s of CUBA, step engine and GPU
#   LARGE=1 bench/gpu/run.sh             # ... and cuba-100k.flux on the GPU
#   VK_DRIVER_FILES=... bench/gpu/run.sh # a chosen Vulkan driver (CI pins lavapipe)
#
# Environment as ../run-bench.sh (TIME defaults to 1s here).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export TIME=${TIME:-1s}
out=${OUT_DIR:-${TMPDIR:-/tmp}/flux-bench/gpu}
export OUT_DIR=$out
BENCH_DIR=$here DEFAULT_FILES="" ENGINES="step gpu" bash "$here/../run-bench.sh" \
  "$here/../cuba/cuba.flux"
echo
echo "GPU step (from the run's summary):"
grep -h "gpu:" "$out"/cuba.gpu.log | sed 's/^ */  cuba: /'
if [[ ${LARGE:-0} == 1 ]]; then
  ENGINES=gpu BENCH_DIR=$here DEFAULT_FILES="" bash "$here/../run-bench.sh" "$here/cuba-100k.flux"
  grep -h "gpu:" "$out"/cuba-100k.gpu.log | sed 's/^ */  cuba-100k: /'
fi
