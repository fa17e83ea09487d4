#!/usr/bin/env bash
# Runs a benchmark folder's network(s) with the step engine and with the event engine, then
# prints one Markdown table of the figures fluxc writes with --stats-json. Each folder's
# run.sh calls this with its folder and its default files:
#
#   bench/coba-auryn/run.sh                       # 20 s of network time, seed 1, both engines
#   TIME=2s SEED=7 bench/coba-auryn/run.sh        # shorter, another seed
#   ENGINES=event bench/coba-auryn/run.sh FILE    # one engine, another .flux file
#
# Environment: FLUXC (default: build/tools/fluxc/fluxc of this checkout), TIME (20s), DT
# (0.1ms), SEED (1), ENGINES ("step event", or any of step, event, gpu), OUT_DIR (where the JSON files and logs go; default
# ${TMPDIR:-/tmp}/flux-bench/<folder>); BENCH_DIR and DEFAULT_FILES are set by the run.sh.
set -euo pipefail

here=$(cd "${BENCH_DIR:?is set by each benchmark folder run.sh}" && pwd)
root=$(cd "$here/../.." && pwd)
bench=$(basename "$here")
fluxc=${FLUXC:-$root/build/tools/fluxc/fluxc}
sim_time=${TIME:-20s}
dt=${DT:-0.1ms}
seed=${SEED:-1}
engines=${ENGINES:-step event}
out=${OUT_DIR:-${TMPDIR:-/tmp}/flux-bench/$bench}

if (($# > 0)); then
  files=("$@")
else
  files=()
  for name in ${DEFAULT_FILES:?is set by each benchmark folder run.sh}; do
    files+=("$here/$name")
  done
fi

mkdir -p "$out"
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || true)
echo "# $bench: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(uname -n), ${cpu:-unknown CPU}, $(nproc) CPUs"
echo "# $("$fluxc" --version 2>&1 | head -n 1); --time $sim_time --dt $dt --seed $seed"

jsons=()
for file in "${files[@]}"; do
  name=$(basename "$file" .flux)
  for engine in $engines; do
    json=$out/$name.$engine.json
    log=$out/$name.$engine.log
    rm -f "$json"
    echo "+ fluxc run $name.flux --engine $engine" >&2
    # "gpu" is the GPU target (the step engine's semantics on Vulkan: docs/gpu.md).
    if [[ $engine == gpu ]]; then target=(--target gpu); else target=(--engine "$engine"); fi
    if ! "$fluxc" run "$file" --time "$sim_time" "${target[@]}" --dt "$dt" --seed "$seed" \
        --stats-json "$json" >"$log" 2>&1; then
      echo "fluxc run $file --engine $engine failed; the end of $log:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    jsons+=("$json")
  done
done

python3 - "${jsons[@]}" <<'PY'
"""Print the --stats-json files as one Markdown table, one row per run."""
import json
import os
import sys


def populations(stats):
    """(short name, rate_hz) per population; accepts a list of objects or a name -> object map."""
    pops = stats.get("populations", [])
    items = pops.items() if isinstance(pops, dict) else ((p.get("name", "?"), p) for p in pops)
    return [(name.rsplit(".", 1)[-1], p.get("rate_hz")) for name, p in items]


def fmt(value, scale=1.0, digits=3):
    if value is None:
        return "?"
    value = value * scale
    return f"{value:.{digits}g}" if abs(value) < 1e4 else f"{value:.3e}"


rows, pop_names = [], []
for path in sys.argv[1:]:
    with open(path) as f:
        stats = json.load(f)
    network, engine = os.path.basename(path)[: -len(".json")].rsplit(".", 1)
    pops = dict(populations(stats))
    pop_names += [n for n in pops if n not in pop_names]
    rows.append((network, engine, stats, pops))

header = ["network", "engine", "wall [s]", "realtime factor", "synaptic events/s", "peak RSS [MiB]"]
header += [f"rate {n} [Hz]" for n in pop_names]
print("| " + " | ".join(header) + " |")
print("|" + "|".join(" --- " for _ in header) + "|")
for network, engine, stats, pops in rows:
    cells = [network, engine, fmt(stats.get("wall_s")), fmt(stats.get("realtime_factor")),
             fmt(stats.get("synaptic_events_per_s")),
             fmt(stats.get("peak_rss_bytes"), 1 / 2**20, 4)]
    cells += [fmt(pops.get(n), digits=4) for n in pop_names]
    print("| " + " | ".join(cells) + " |")
PY
