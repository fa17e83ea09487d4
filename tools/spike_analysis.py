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
  spectrum   Welch power spectrum of the population activity (spike counts of one or more
             populations in bins) and its dominant frequency: the global oscillations of
             Brunel (2000)

Used as a module (tests/lit/validation/Inputs/*.py) or from the shell:

  python3 tools/spike_analysis.py spikes.fspk --from 500 [--to 1500] [--bin 2]

prints one line per population with its size, mean rate, mean CV of ISI, synchrony,
correlation and Fano factor.
"""

import argparse
import array
import bisect
import cmath
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


def read_fspk(path, populations=None):
    """A .fspk recording. `populations` (names) keeps only those populations, and the recording
    then lists only them: the other spikes are skipped without being decoded one by one, which
    matters when Poisson inputs, recorded with the neurons, make up most of the file."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"FLUXSPK1":
        raise ValueError(f"{path}: not a Flux spike file")
    version, count = struct.unpack_from("<II", data, 8)
    if version != 1:
        raise ValueError(f"{path}: format version {version}; this reader knows version 1")
    (offset,) = struct.unpack_from("<Q", data, 24)
    populations_all, at = [], 32
    for _ in range(count):
        first, size, name_bytes = struct.unpack_from("<III", data, at)
        populations_all.append((data[at + 12 : at + 12 + name_bytes].decode(), first, size))
        at += 12 + name_bytes
    kept = _select(populations_all, populations, path)
    spikes = {name: [] for name, _, _ in kept}
    if not kept:
        return Recording(kept, spikes)
    # Records are 12 bytes, (f64 time, u32 neuron), little-endian; a partial last record is
    # ignored. Each column is gathered with strided slices (C speed) into an array.
    end = offset + 12 * ((len(data) - offset) // 12)
    times = _column(data, offset, end, 8, "d")
    neurons = _column(data, offset + 8, end, 4, _U32)
    ranges = sorted((first, first + size, spikes[name]) for name, first, size in kept)
    firsts = [first for first, _, _ in ranges]
    lo, hi = firsts[0], max(stop for _, stop, _ in ranges)
    for time_ms, neuron in zip(times, neurons):
        if neuron < lo or neuron >= hi:
            continue
        first, stop, out = ranges[bisect.bisect_right(firsts, neuron) - 1]
        if neuron < stop:
            out.append((time_ms, neuron - first))
    return Recording(kept, spikes)


# An array typecode of 4 bytes for the neuron indices.
_U32 = next(code for code in "ILH" if array.array(code).itemsize == 4)


def _column(data, start, end, width, typecode):
    """The `width`-byte field at `start` of every 12-byte record up to `end`, as an array."""
    count = (end - start + 12 - 1) // 12 if end > start else 0
    raw = bytearray(width * count)
    for k in range(width):
        raw[k::width] = data[start + k : end : 12]
    column = array.array(typecode)
    column.frombytes(bytes(raw))
    if sys.byteorder == "big":
        column.byteswap()
    return column


def _select(all_populations, names, path):
    """The populations named in `names` (all when None), in the file's order."""
    if names is None:
        return list(all_populations)
    wanted = set(names)
    missing = wanted - {name for name, _, _ in all_populations}
    if missing:
        raise ValueError(f"{path}: no population " + ", ".join(sorted(missing)) + "; there are "
                         + ", ".join(name for name, _, _ in all_populations))
    return [p for p in all_populations if p[0] in wanted]


def read_csv(path, stats_json=None, populations=None):
    """A CSV recording names populations but not their sizes: take them from the run's
    --stats-json file, else from the highest index seen. `populations` as for read_fspk."""
    wanted = None if populations is None else set(populations)
    spikes, highest = {}, {}
    with open(path) as f:
        header = f.readline().strip()
        if header != "time_ms,neuron,population,index":
            raise ValueError(f"{path}: not a Flux spike CSV (header {header!r})")
        for line in f:
            time_ms, _, name, index = line.rstrip("\n").split(",")
            if wanted is not None and name not in wanted:
                continue
            spikes.setdefault(name, []).append((float(time_ms), int(index)))
            highest[name] = max(highest.get(name, -1), int(index))
    sizes = {name: h + 1 for name, h in highest.items()}
    if stats_json:
        import json

        with open(stats_json) as f:
            for pop in json.load(f)["populations"]:
                if wanted is not None and pop["name"] not in wanted:
                    continue
                sizes[pop["name"]] = pop["size"]
                spikes.setdefault(pop["name"], [])
    if wanted is not None:
        for name in wanted - set(spikes):
            raise ValueError(f"{path}: no spikes of population {name}; name it in --stats-json "
                             "to read a silent population")
    all_populations = [(name, 0, sizes[name]) for name in spikes]
    return Recording(all_populations, spikes)


def read(path, stats_json=None, populations=None):
    if path.lower().endswith(".fspk"):
        return read_fspk(path, populations)
    return read_csv(path, stats_json, populations)


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


def pairwise_correlations(spike_trains, t0, t1, bin_ms=2.0, sample=200, seed=1):
    """Pearson correlation coefficients of binned spike counts, one per pair, over a sample of
    `sample` of the neurons that fired in [t0, t1) (silent neurons have no defined
    correlation), drawn with random.Random(seed); the distribution the microcircuit's
    benchmarking recipe compares (INM-6/microcircuit-PD14-model: 2 ms bins)."""
    active = [s for s in spike_trains if s]
    if len(active) < 2:
        return []
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
    return [
        sum(a * b for a, b in zip(centred[i], centred[j]))
        for i in range(len(centred))
        for j in range(i + 1, len(centred))
    ]


def correlation(spike_trains, t0, t1, bin_ms=2.0, sample=200, seed=1):
    """Mean pairwise Pearson correlation of binned counts over a sample of the neurons that
    fired in [t0, t1) (pairwise_correlations)."""
    pairs = pairwise_correlations(spike_trains, t0, t1, bin_ms, sample, seed)
    total = 0.0
    for value in pairs:
        total += value
    return total / len(pairs) if pairs else float("nan")


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


def population_activity(recording, names, t0, t1, bin_ms=1.0):
    """Spike counts per bin of `bin_ms` over [t0, t1), pooled over the populations `names`:
    the global activity whose oscillations Brunel (2000) describes."""
    bins = max(1, int((t1 - t0) / bin_ms))
    counts = [0] * bins
    for name in names:
        for time_ms, _ in recording.spikes[name]:
            if time_ms >= t0:
                k = int((time_ms - t0) / bin_ms)
                if k < bins:
                    counts[k] += 1
    return counts


def _fft(values):
    """Discrete Fourier transform of a list whose length is a power of two (iterative radix-2
    Cooley-Tukey), as complex numbers."""
    n = len(values)
    out = [complex(v) for v in values]
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            out[i], out[j] = out[j], out[i]
    size = 2
    while size <= n:
        step = cmath.exp(-2j * math.pi / size)
        half = size // 2
        for start in range(0, n, size):
            w = 1.0 + 0j
            for k in range(start, start + half):
                a, b = out[k], out[k + half] * w
                out[k], out[k + half] = a + b, a - b
                w *= step
        size *= 2
    return out


def power_spectrum(signal, bin_ms, segment=256):
    """Welch's estimate of the power spectrum of a binned signal (`bin_ms` per sample): the
    mean of the periodograms of Hann-windowed segments of `segment` samples (a power of two;
    shortened to the largest power of two that fits), overlapping by half, each with its mean
    removed. Returns (frequencies in Hz, power), from 0 to the Nyquist frequency 500 / bin_ms;
    the resolution is 1000 / (segment * bin_ms) Hz. The power's scale is arbitrary (compare
    values within one spectrum)."""
    while segment > len(signal) and segment > 2:
        segment //= 2
    if segment < 2 or segment & (segment - 1):
        raise ValueError("segment must be a power of two of at least 2 samples")
    window = [0.5 - 0.5 * math.cos(2 * math.pi * k / segment) for k in range(segment)]
    power = [0.0] * (segment // 2 + 1)
    starts = range(0, len(signal) - segment + 1, segment // 2)
    for start in starts:
        chunk = signal[start : start + segment]
        mean = sum(chunk) / segment
        spectrum = _fft([(x - mean) * w for x, w in zip(chunk, window)])
        for k in range(len(power)):
            power[k] += abs(spectrum[k]) ** 2 / len(starts)
    frequencies = [1000.0 * k / (segment * bin_ms) for k in range(len(power))]
    return frequencies, power


def dominant_frequency(frequencies, power, f_min, f_max):
    """(frequency, peak ratio) of the largest power within [f_min, f_max] Hz; the peak ratio is
    that power over the mean power in the band: a few for the largest fluctuation of a flat
    spectrum, about 10 for a broad hump (Brunel's asynchronous state, at ~125 Hz), tens for
    a population oscillation. With few segments the estimate is noisy: prefer the frequency
    and a synchrony measure to the ratio."""
    band = [(p, f) for f, p in zip(frequencies, power) if f_min <= f <= f_max]
    if not band:
        raise ValueError(f"no frequency of the spectrum lies in [{f_min}, {f_max}] Hz")
    peak, frequency = max(band)
    mean = sum(p for p, _ in band) / len(band)
    return frequency, (peak / mean if mean > 0 else float("nan"))


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
