#!/usr/bin/env bash
# The Potjans & Diesmann (2014) cortical microcircuit at full scale (examples/microcircuit:
# 77,169 neurons, ~0.3 billion synapses) on the step engine, then a Markdown summary: setup time
# (elaboration and JIT), wall time, real-time factor, synaptic events per second, peak memory and
# the rate of every population next to the reference's.
#
#   bench/microcircuit/run.sh                      # CPU step engine, Poisson background, 1 s
#   bench/microcircuit/run.sh --target gpu         # the GPU target (Vulkan; docs/gpu.md)
#   TOP=MicrocircuitDc bench/microcircuit/run.sh   # DC background (as NEST's CPU/GPU benchmarks)
#   TOP=SmallMicrocircuit bench/microcircuit/run.sh  # 10 % scale, seconds instead of minutes
#
# Environment: FLUXC (default: build/tools/fluxc/fluxc of this checkout), TIME (1s), DT (0.1ms),
# SEED (1), TOP (Microcircuit), MAX_MEMORY (GiB for --max-memory, default 8; elaboration
# estimates 2.4 GB for the full network), OUT_DIR (where the JSON and the log go; default
# ${TMPDIR:-/tmp}/flux-bench/microcircuit). The full scale peaks at 3.8 GiB of memory: check
# `free -g` first. No spikes are recorded.
set -euo pipefail

target=cpu
while (($# > 0)); do
  case $1 in
    --target) target=${2:?--target needs cpu or gpu}; shift 2 ;;
    --target=*) target=${1#--target=}; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument '$1' (use --target cpu|gpu)" >&2; exit 2 ;;
  esac
done
case $target in cpu|gpu) ;; *) echo "run.sh: --target is cpu or gpu, not '$target'" >&2; exit 2 ;; esac

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
fluxc=${FLUXC:-$root/build/tools/fluxc/fluxc}
sim_time=${TIME:-1s}
dt=${DT:-0.1ms}
seed=${SEED:-1}
top=${TOP:-Microcircuit}
max_memory=${MAX_MEMORY:-8}
out=${OUT_DIR:-${TMPDIR:-/tmp}/flux-bench/microcircuit}
file=$root/examples/microcircuit/microcircuit.flux
mkdir -p "$out"
json=$out/$top.$target.json
log=$out/$top.$target.log
rm -f "$json"

if [[ $target == gpu ]]; then engine=(--target gpu); else engine=(--engine step); fi
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || true)
echo "# microcircuit: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(uname -n), ${cpu:-unknown CPU}, $(nproc) CPUs"
echo "# $("$fluxc" --version 2>&1 | head -n 1)"
cmd=("$fluxc" run "$file" --top "$top" --time "$sim_time" "${engine[@]}" --dt "$dt" --seed "$seed"
     --max-memory "$max_memory" --stats-json "$json")
echo "# ${cmd[*]#"$root/"}"
start=$(date +%s.%N)
if ! "${cmd[@]}" >"$log" 2>&1; then
  echo "fluxc run failed; the end of $log:" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
end=$(date +%s.%N)

python3 - "$json" "$start" "$end" "$target" <<'PY'
"""The run's --stats-json as a Markdown summary."""
import json
import sys

path, start, end, target = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
with open(path) as f:
    s = json.load(f)
reference = {"L23E": 0.971, "L23I": 2.868, "L4E": 4.746, "L4I": 5.396,
             "L5E": 8.142, "L5I": 9.078, "L6E": 0.991, "L6I": 7.523}
total = end - start
pops = {p["name"].rsplit(".", 1)[-1]: p for p in s["populations"]}
background = sum(p["spikes"] for name, p in pops.items() if name.startswith("bg_"))
recurrent = s["synaptic_events"] - background  # each background spike reaches one neuron
neurons = sum(pops[name]["size"] for name in reference)
steps = s["sim_time_s"] * 1000 / s["dt_ms"]
print(f"| measure | value |\n| --- | --- |")
rows = [
    ("target", f"{target} ({s['engine']} engine, dt {s['dt_ms']:g} ms)"),
    ("network", f"{neurons:,} neurons, {s['synapses']:,} synapses "
                f"({s['synapse_bytes'] / 2**30:.2f} GiB)"),
    ("simulated time", f"{s['sim_time_s']:g} s"),
    ("setup: elaboration, JIT, image (process time - wall time)", f"{total - s['wall_s']:.1f} s "
     f"(JIT {s['compile_s']:.2f} s)"),
    ("wall time of the simulation", f"{s['wall_s']:.2f} s"),
    ("real-time factor (simulated / wall; > 1 is faster than real time)",
     f"{s['realtime_factor']:.4g} (wall / simulated = {1 / s['realtime_factor']:.3g})"),
    ("time per step", f"{s['wall_s'] / steps * 1e6:.1f} us"),
    ("recurrent synaptic events", f"{recurrent:,} ({recurrent / s['wall_s']:.4g} per wall second)"),
    ("background spikes (one delivery each)", f"{background:,}"),
    ("peak memory (RSS)", f"{s['peak_rss_bytes'] / 2**30:.2f} GiB"),
]
for k, v in rows:
    print(f"| {k} | {v} |")
print()
print("| population | size | rate [spikes/s] | reference (NEST 2.x) | ratio | CV ISI |")
print("| --- | --- | --- | --- | --- | --- |")
for name, ref in reference.items():
    p = pops[name]
    cv = "-" if p["cv_isi"] is None else f"{p['cv_isi']:.2f}"
    print(f"| {name} | {p['size']:,} | {p['rate_hz']:.3f} | {ref:.3f} | {p['rate_hz'] / ref:.2f} | {cv} |")
PY
