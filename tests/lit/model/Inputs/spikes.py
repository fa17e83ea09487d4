"""Prints the spikes of a spike file (`fluxc run --record FILE.csv`) in a form FileCheck can pin.

usage: spikes.py FILE [--only POPULATION ...] [--digits N | --exact] [--sort]

One line per spike, in file order: 'POPULATION[INDEX] TIME', then 'end: K spikes'. TIME is
in ms to N significant digits (default 12: 3.3000000000000003 from the step engine shows as
3.3, while any real error of an exact event time shows), or with --exact as the file spells
it (the shortest spelling that reads back to the same double). --only keeps the named
populations (exact names, repeatable), e.g. to leave out the input sources. --sort orders
the spikes by (time as printed, global neuron index) instead of file order, for tests that
do not pin the order in which an engine records simultaneous spikes.
"""
import argparse
import csv
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--only", action="append", default=[])
    parser.add_argument("--digits", type=int, default=12)
    parser.add_argument("--exact", action="store_true")
    parser.add_argument("--sort", action="store_true")
    args = parser.parse_args()
    with open(args.file, newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != ["time_ms", "neuron", "population", "index"]:
        sys.exit(f"spikes.py: {args.file}: not a spike CSV file (header {rows[:1]})")
    spikes = []
    for time_ms, neuron, population, index in rows[1:]:
        if args.only and population not in args.only:
            continue
        time_text = time_ms if args.exact else f"{float(time_ms):.{args.digits}g}"
        spikes.append((float(time_text), int(neuron), f"{population}[{index}] {time_text}"))
    if args.sort:
        spikes.sort(key=lambda s: (s[0], s[1]))
    for spike in spikes:
        print(spike[2])
    print(f"end: {len(spikes)} spikes")


if __name__ == "__main__":
    sys.exit(main())
