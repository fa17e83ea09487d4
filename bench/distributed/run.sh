#!/usr/bin/env bash
# Distributed runs (docs/distributed.md): each network with 1 process and under mpirun with 2
# (and more: PROCESSES="1 2 3"), on the step engine, printing one Markdown table with wall time
# (the simulation loop, process 0's --stats-json), the whole command's time (start-up, JIT and
# elaboration included), speed-up over one process, and the largest peak memory of any process.
# The spike recordings of every run are compared with the one-process run's: they must be equal.
#
#   bench/distributed/run.sh                              # COBA, Auryn's COBA and Brunel AI
#   TIME=1s bench/distributed/run.sh bench/distributed/coba-50m.flux   # memory per process
#
# Environment: FLUXC, TIME (20s; Brunel 5s), SEED (1), PROCESSES ("1 2"), MPIRUN (default:
# mpirun --allow-run-as-root --oversubscribe), OUT_DIR (default ${TMPDIR:-/tmp}/flux-bench/distributed).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
fluxc=${FLUXC:-$root/build/tools/fluxc/fluxc}
seed=${SEED:-1}
processes=${PROCESSES:-1 2}
read -r -a mpirun <<<"${MPIRUN:-mpirun --allow-run-as-root --oversubscribe}"
out=${OUT_DIR:-${TMPDIR:-/tmp}/flux-bench/distributed}
mkdir -p "$out"

if (($# > 0)); then
  files=("$@")
else
  files=("$root/bench/coba/coba.flux" "$root/bench/coba-auryn/coba-auryn.flux"
         "$root/examples/brunel/brunel.flux")
fi

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || true)
echo "# distributed: $(date -u +%Y-%m-%dT%H:%M:%SZ), $(uname -n), ${cpu:-unknown CPU}, $(nproc) CPUs"
echo "# $("$fluxc" --version 2>&1 | head -n 1); --engine step --seed $seed; $("${mpirun[0]}" --version 2>&1 | head -n 1)"
echo "| network | processes | sim time [s] | wall [s] | command [s] | speed-up | peak RSS per process [MiB] | spikes | same spikes |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for file in "${files[@]}"; do
  name=$(basename "$file" .flux)
  sim=${TIME:-20s}
  [[ $name == brunel && -z ${TIME:-} ]] && sim=5s
  base_wall=""
  for n in $processes; do
    json=$out/$name.$n.json
    spikes=$out/$name.$n.fspk
    mem=$out/$name.$n.mem
    rm -f "$json" "$mem"
    cmd=("$fluxc" run "$file" --engine step --time "$sim" --seed "$seed" --quiet
         --stats-json "$json" --record "$spikes")
    # GNU time in front of fluxc gives each process's own peak memory.
    timed=(/usr/bin/time -a -o "$mem" -f "%M" "${cmd[@]}")
    start=$(date +%s.%N)
    if ((n == 1)); then "${timed[@]}"; else "${mpirun[@]}" -np "$n" "${timed[@]}"; fi
    end=$(date +%s.%N)
    python3 - "$json" "$mem" "$n" "$name" "$sim" "$start" "$end" "$out/$name.1.fspk" "$spikes" \
      "${base_wall:-}" <<'PY'
import json, sys
json_path, mem, n, name, sim, start, end, one, this, base = sys.argv[1:]
stats = json.load(open(json_path))
peak = max(int(line) for line in open(mem) if line.strip()) / 1024
wall = stats["wall_s"]
speed = f"{float(base) / wall:.2f}x" if base else "1x"
same = "yes" if open(one, "rb").read() == open(this, "rb").read() else "NO"
print(f"| {name} | {n} | {stats['sim_time_s']:g} | {wall:.3f} | {float(end) - float(start):.2f} "
      f"| {speed} | {peak:.0f} | {stats['spikes']} | {same} |")
PY
    [[ -z $base_wall ]] && base_wall=$(python3 -c "import json;print(json.load(open('$json'))['wall_s'])")
  done
done
