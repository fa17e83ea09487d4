#!/usr/bin/env bash
# The event engine's wall time over the step engine's, for the networks given (default: the CPU
# benchmarks), as the median of RUNS runs of each engine taken in turn (step, event, step, ...):
# on a shared machine single runs vary by 10-20 %, which is as large as the figure measured.
#
#   bench/engine-ratio.sh                                  # 20 s of each network, 7 runs
#   RUNS=3 TIME=5s bench/engine-ratio.sh bench/coba/coba.flux
#
# Environment: FLUXC (default: build/tools/fluxc/fluxc of this checkout), TIME (20s), RUNS (7).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fluxc=${FLUXC:-$root/build/tools/fluxc/fluxc}
runs=${RUNS:-7}
sim=${TIME:-20s}
if (($# > 0)); then
  files=("$@")
else
  files=("$root/bench/coba-auryn/coba-auryn.flux" "$root/bench/coba-auryn/coba-auryn-p01-active.flux"
         "$root/bench/coba/coba.flux" "$root/bench/cuba/cuba.flux")
fi
json=$(mktemp)
trap 'rm -f "$json"' EXIT
echo "| network | step [s] | event [s] | event / step | runs |"
echo "| --- | --- | --- | --- | --- |"
for file in "${files[@]}"; do
  step=() event=()
  for ((k = 0; k < runs; ++k)); do
    for engine in step event; do
      "$fluxc" run "$file" --engine "$engine" --time "$sim" --quiet --stats-json "$json"
      wall=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['wall_s'])" "$json")
      if [[ $engine == step ]]; then step+=("$wall"); else event+=("$wall"); fi
    done
  done
  python3 - "$(basename "$file" .flux)" "$runs" "${step[*]}" "${event[*]}" <<'PY'
import statistics, sys
name, runs, step, event = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4].split()
s = statistics.median(map(float, step))
e = statistics.median(map(float, event))
print(f"| {name} | {s:.3f} | {e:.3f} | {e / s:.2f}x | {runs} |")
PY
done
