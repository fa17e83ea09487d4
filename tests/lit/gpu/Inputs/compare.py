"""Runs a network on the CPU step engine and on the GPU target with the same options and
compares the spike recordings (and probe samples, when probes are asked for) byte for byte.

usage: compare.py FLUXC FILE WORKDIR [fluxc run options...]
Prints `identical: N spikes` (and `identical probes: N lines`) or the first difference.
"""
import subprocess
import sys
from pathlib import Path


def run(fluxc, path, out, extra, target):
    cmd = [fluxc, "run", path, "-q", "--record", str(out / "spikes.csv")]
    if any(a == "--probe" for a in extra):
        cmd += ["--probe-output", str(out / "probes.csv")]
    cmd += extra
    cmd += ["--target", "gpu"] if target == "gpu" else ["--engine", "step"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        print(f"{target}: fluxc failed ({result.returncode}): {result.stderr.strip()}")
        sys.exit(1)


def first_difference(a, b):
    for n, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"line {n + 1}: step engine '{x}', gpu '{y}'"
    return f"lengths differ: step engine {len(a)} lines, gpu {len(b)} lines"


def main():
    fluxc, path, work = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    extra = sys.argv[4:]
    for target in ("step", "gpu"):
        (work / target).mkdir(parents=True, exist_ok=True)
        run(fluxc, path, work / target, extra, target)
    ok = True
    for name in ("spikes.csv", "probes.csv"):
        step_file, gpu_file = work / "step" / name, work / "gpu" / name
        if not step_file.exists():
            continue
        a = step_file.read_bytes().decode().splitlines()
        b = gpu_file.read_bytes().decode().splitlines()
        if step_file.read_bytes() != gpu_file.read_bytes():
            print(f"DIFFERENT {name}: {first_difference(a, b)}")
            ok = False
        elif name == "spikes.csv":
            print(f"identical: {len(a) - 1} spikes")
        else:
            print(f"identical probes: {len(a) - 1} lines")
    sys.exit(0 if ok else 1)


main()
