"""Runs each network with fluxc run --engine step as one process, then under mpirun with 2 and
3 processes, and checks that the spike recordings are byte for byte the same. Prints one line
per network; exits 1 at the first difference, naming the first differing line."""
import argparse
import os
import shlex
import subprocess
import sys


def run(command, what):
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{what} failed ({result.returncode}):\n{result.stdout}{result.stderr}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--fluxc", required=True)
    parser.add_argument("--mpirun", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--time", default="300ms")
    parser.add_argument("--format", default="csv")
    parser.add_argument("--partition", default="round-robin")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    for path in args.files:
        name = os.path.basename(path)
        outputs = []
        for processes in (1, 2, 3):
            out = os.path.join(args.out, f"{name}.{processes}.{args.format}")
            fluxc = [args.fluxc, "run", path, "--engine", "step", "--time", args.time,
                     "--record", out, "--quiet"]
            if processes > 1:
                fluxc = shlex.split(args.mpirun) + ["-np", str(processes)] + fluxc
                fluxc += ["--partition", args.partition]
            command = fluxc
            run(command, f"{name} with {processes} process(es)")
            with open(out, "rb") as f:
                outputs.append(f.read())
        for processes, data in zip((2, 3), outputs[1:]):
            if data != outputs[0]:
                a = outputs[0].split(b"\n")
                b = data.split(b"\n")
                line = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
                sys.exit(f"{name}: {processes} processes differ from one at line {line + 1}")
        if args.format == "csv":
            spikes = outputs[0].count(b"\n") - 1
        else:  # docs/recording.md: the records start at the offset stored at byte 24
            spikes = (len(outputs[0]) - int.from_bytes(outputs[0][24:32], "little")) // 12
        print(f"{name}: {spikes} spikes, identical with 1, 2, 3 processes ({args.partition})")


if __name__ == "__main__":
    main()
