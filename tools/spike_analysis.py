#!/usr/bin/env python3
"""Statistics of a Flux spike recording (`fluxc run --record spikes.fspk` or `.csv`).

Pure Python (no numpy), so the validation tests run on a bare machine. The measures are the
ones the literature reports for the classic networks:

  rate       per-neuron firing rate over [t0, t1), in Hz
  cv_isi     per-neuron coefficient of variation of the inter-spike intervals (neurons with at
             least 3 spikes, i.e. 2 intervals), the irregularity of Brunel (2000)
  synchrony  chi = sqrt(Var(population activity) / mean over neurons of Var(neuron activity)),
             from spike counts in bins (Golomb & Hansel 2000): about 1/sqrt(N) for independent
             neurons, 1 for perfect synchrony
  correlation  mean Pearson correlation of binned spike counts over pairs of neurons (the
             microcircuit's benchmarking recipe, INM-6/microcircuit-PD14-model, uses 2 ms bins
             and a sample of neurons)
  fano_pop   Fano factor of the population's spike count in bins: large when the population
             fires in waves

Used as a module (tests/lit/validation/Inputs/*.py) or from the shell:

  python3 tools/spike_analysis.py spikes.fspk --from 500 [--to 1500] [--bin 2]

prints one line per population with its size, mean rate, mean CV of ISI, synchrony,
correlation and Fano factor.
"""

import argparse
import math
import random
import struct
import sys


class Recording:
    """Spikes grouped by population: populations is [(name, first, size)], spikes maps a
    population name to a list of (time_ms, index within the population), in time order."""

    def __init__(self, populations, spikes):
        self.populations = populations
        self.spikes = spikes

    def size(self, name):
        return next(size for pop, _, size in self.populations if pop == name)

    def names(self):
        return [name for name, _, _ in self.populations]

    def end_ms(self):
        return max((s[-1][0] for s in self.spikes.values() if s), default=0.0)


def read_fspk(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"FLUXSPK1":
        raise ValueError(f"{path}: not a Flux spike file")
    version, count = struct.unpack_from("<II", data, 8)
    if version != 1:
        raise ValueError(f"{path}: format version {version}; this reader knows version 1")
    (offset,) = struct.unpack_from("<Q", data, 24)
    populations, at = [], 32
    for _ in range(count):
        first, size, name_bytes = struct.unpack_from("<III", data, at)
        populations.append((data[at + 12 : at + 12 + name_bytes].decode(), first, size))
        at += 12 + name_bytes
    owner = _owner(populations)
    spikes = {name: [] for name, _, _ in populations}
    for time_ms, neuron in struct.iter_unpack("<dI", data[offset : len(data) - (len(data) - offset) % 12]):
        name, first = owner(neuron)
        spikes[name].append((time_ms, neuron - first))
    return Recording(populations, spikes)


def read_csv(path, stats_json=None):
    """A CSV recording names populations but not their sizes: take them from the run's
    --stats-json file, else from the highest index seen."""
    spikes, highest = {}, {}
    with open(path) as f:
        header = f.readline().strip()
        if header != "time_ms,neuron,population,index":
            raise ValueError(f"{path}: not a Flux spike CSV (header {header!r})")
        for line in f:
            time_ms, _, name, index = line.rstrip("\n").split(",")
            spikes.setdefault(name, []).append((float(time_ms), int(index)))
            highest[name] = max(highest.get(name, -1), int(index))
    sizes = {name: h + 1 for name, h in highest.items()}
    if stats_json:
        import json

        with open(stats_json) as f:
            for pop in json.load(f)["populations"]:
                sizes[pop["name"]] = pop["size"]
                spikes.setdefault(pop["name"], [])
    populations = [(name, 0, sizes[name]) for name in spikes]
    return Recording(populations, spikes)


def read(path, stats_json=None):
    return read_fspk(path) if path.lower().endswith(".fspk") else read_csv(path, stats_json)


def _owner(populations):
    firsts = sorted((first, name) for name, first, _ in populations)

    def owner(neuron):
        lo, hi = 0, len(firsts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if firsts[mid][0] <= neuron:
                lo = mid
            else:
                hi = mid - 1
        return firsts[lo][1], firsts[lo][0]

    return owner


def trains(recording, name, t0, t1):
    """Spike times per neuron of population `name` within [t0, t1)."""
    out = [[] for _ in range(recording.size(name))]
    for time_ms, index in recording.spikes[name]:
        if t0 <= time_ms < t1:
            out[index].append(time_ms)
    return out


def rates_hz(spike_trains, t0, t1):
    return [1000.0 * len(s) / (t1 - t0) for s in spike_trains]


def cv_isi(spike_trains):
    """Per-neuron CV of the ISIs, for the neurons with at least 3 spikes."""
    cvs = []
    for s in spike_trains:
        if len(s) < 3:
            continue
        isi = [b - a for a, b in zip(s, s[1:])]
        mean = sum(isi) / len(isi)
        var = sum((x - mean) ** 2 for x in isi) / len(isi)
        if mean > 0:
            cvs.append(math.sqrt(var) / mean)
    return cvs


def binned(spike_trains, t0, t1, bin_ms):
    bins = max(1, int((t1 - t0) / bin_ms))
    counts = []
    for s in spike_trains:
        c = [0] * bins
        for t in s:
            k = int((t - t0) / bin_ms)
            if 0 <= k < bins:
                c[k] += 1
        counts.append(c)
    return counts


def _variance(xs):
    mean = sum(xs) / len(xs)
    return sum((x - mean) ** 2 for x in xs) / len(xs)


def synchrony(spike_trains, t0, t1, bin_ms=1.0):
    counts = binned(spike_trains, t0, t1, bin_ms)
    individual = sum(_variance(c) for c in counts) / len(counts)
    if individual == 0:
        return 0.0
    population = [sum(col) / len(counts) for col in zip(*counts)]
    return math.sqrt(_variance(population) / individual)


def fano_population(spike_trains, t0, t1, bin_ms=1.0):
    total = [sum(col) for col in zip(*binned(spike_trains, t0, t1, bin_ms))]
    mean = sum(total) / len(total)
    return _variance(total) / mean if mean > 0 else 0.0


def correlation(spike_trains, t0, t1, bin_ms=2.0, sample=200, seed=1):
    """Mean pairwise Pearson correlation of binned counts over a sample of the neurons that
    fired in [t0, t1) (silent neurons have no defined correlation)."""
    active = [s for s in spike_trains if s]
    if len(active) < 2:
        return float("nan")
    rng = random.Random(seed)
    chosen = rng.sample(active, min(sample, len(active)))
    counts = binned(chosen, t0, t1, bin_ms)
    centred = []
    for c in counts:
        mean = sum(c) / len(c)
        d = [x - mean for x in c]
        norm = math.sqrt(sum(x * x for x in d))
        if norm > 0:
            centred.append([x / norm for x in d])
    total, pairs = 0.0, 0
    for i in range(len(centred)):
        for j in range(i + 1, len(centred)):
            total += sum(a * b for a, b in zip(centred[i], centred[j]))
            pairs += 1
    return total / pairs if pairs else float("nan")


def summary(recording, name, t0, t1, bin_ms=2.0, sample=200):
    s = trains(recording, name, t0, t1)
    rates = rates_hz(s, t0, t1)
    cvs = cv_isi(s)
    sampled = random.Random(1).sample(s, min(len(s), 1000))
    return {
        "name": name,
        "size": len(s),
        "rate_hz": sum(rates) / len(rates) if rates else 0.0,
        "cv_isi": sum(cvs) / len(cvs) if cvs else float("nan"),
        "synchrony": synchrony(sampled, t0, t1, bin_ms / 2),
        "correlation": correlation(s, t0, t1, bin_ms, sample),
        "fano_pop": fano_population(s, t0, t1, bin_ms / 2),
    }


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("recording", help="a .fspk or .csv spike recording")
    parser.add_argument("--stats-json", help="the run's --stats-json (population sizes for CSV)")
    parser.add_argument("--from", dest="t0", type=float, default=0.0, help="start, ms")
    parser.add_argument("--to", dest="t1", type=float, help="end, ms (default: the last spike)")
    parser.add_argument("--bin", type=float, default=2.0, help="bin for correlations, ms")
    args = parser.parse_args(argv)
    recording = read(args.recording, args.stats_json)
    t1 = args.t1 if args.t1 is not None else recording.end_ms()
    print(f"{'population':<24} {'size':>7} {'rate Hz':>8} {'CV ISI':>7} {'chi':>6} {'corr':>7} {'Fano':>7}")
    for name in recording.names():
        s = summary(recording, name, args.t0, t1, args.bin)
        print(
            f"{name:<24} {s['size']:>7} {s['rate_hz']:>8.3f} {s['cv_isi']:>7.3f} "
            f"{s['synchrony']:>6.3f} {s['correlation']:>7.4f} {s['fano_pop']:>7.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
