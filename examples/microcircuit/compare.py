#!/usr/bin/env python3
"""Compares microcircuit recordings with the reference (Potjans & Diesmann 2014, as simulated by
NEST), the way the microcircuit's benchmarking recipe does (INM-6/microcircuit-PD14-model,
docs/benchmarking: discard the first 500 ms, several network realizations, distributions of the
single-neuron firing rate, of the CV of the inter-spike intervals and of the pairwise spike-count
correlation coefficients in 2 ms bins).

  python3 examples/microcircuit/compare.py seed1.fspk seed2.fspk seed3.fspk --from 500
  python3 examples/microcircuit/compare.py step-*.fspk --against event-*.fspk --from 500

Each recording is one network realization (`fluxc run ... --seed N --record FILE`); their
neurons are pooled per population. Populations are found by the last part of their name (L23E,
..., L6I), whatever the top circuit; other populations (the background inputs) are skipped
without being decoded. For each population the script prints the mean rate next to the reference
rates, the spread of the per-seed means, quantiles of the distributions, and with --against the
Kolmogorov-Smirnov distance between the two sets' distributions (the recipe's measure of how
alike two implementations, or two sets of seeds, are). --json writes everything it printed.

Pure Python (tools/spike_analysis.py), so it runs where numpy is not installed; correlations are
computed over a sample of --sample neurons per population and recording (the reference analysis
uses 50 at 20 % scale: PyNEST/reference_data/params.py).
"""

import argparse
import json
import math
import os
import struct
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import spike_analysis  # noqa: E402

POPULATIONS = ["L23E", "L23I", "L4E", "L4I", "L5E", "L5I", "L6E", "L6I"]

# Full-scale mean rates (spikes/s) of the reference, 'full_mean_rates' in network_params.py:
# NEST 2.x: nest/nest-simulator pynest/examples/Potjans_2014 (2016-2020 versions), the reference
# this example compares with; NEST 3: the same example as rewritten for NEST 3 ("obtained by
# running this PyNEST microcircuit with 12 MPI processes and both N_scaling and K_scaling set
# to 1"). The two differ by up to 9 % (L4I), a measure of how well a mean rate is pinned down.
REFERENCE_RATES = {
    "NEST 2.x": [0.971, 2.868, 4.746, 5.396, 8.142, 9.078, 0.991, 7.523],
    "NEST 3": [0.943, 3.026, 4.368, 5.882, 7.733, 8.664, 1.096, 7.851],
}


def find_populations(recording):
    """{short name: full name} for the eight populations of the recording."""
    found = {}
    for name in recording.names():
        short = name.rsplit(".", 1)[-1]
        if short in POPULATIONS:
            if short in found:
                raise ValueError(f"two populations end in '{short}': {found[short]} and {name}")
            found[short] = name
    return found


def _header_populations(path):
    """[(name, first, size)] from the header of a .fspk file, without reading its spikes."""
    with open(path, "rb") as f:
        head = f.read(32)
        if head[:8] != b"FLUXSPK1":
            raise ValueError(f"{path}: not a Flux spike file")
        count = struct.unpack_from("<I", head, 12)[0]
        offset = struct.unpack_from("<Q", head, 24)[0]
        table = head + f.read(offset - 32)
    out, at = [], 32
    for _ in range(count):
        first, size, name_bytes = struct.unpack_from("<III", table, at)
        out.append((table[at + 12 : at + 12 + name_bytes].decode(), first, size))
        at += 12 + name_bytes
    return out


def load(path):
    """The recording, with only the eight neuron populations decoded. Only .fspk: a CSV
    recording does not know the sizes of its populations, which the rates need."""
    if not path.lower().endswith(".fspk"):
        raise ValueError(f"{path}: record with --record FILE.fspk (a CSV file has no population "
                         "sizes)")
    wanted = [name for name, _, _ in _header_populations(path)
              if name.rsplit(".", 1)[-1] in POPULATIONS]
    return spike_analysis.read_fspk(path, populations=wanted)


def measure(paths, t0, t1, bin_ms, sample):
    """Per population: the per-neuron rates, CVs and pairwise CCs pooled over the recordings,
    and the mean rate of each recording."""
    pooled = {p: {"rates": [], "cvs": [], "ccs": [], "seed_rates": []} for p in POPULATIONS}
    for path in paths:
        recording = load(path)
        names = find_populations(recording)
        missing = [p for p in POPULATIONS if p not in names]
        if missing:
            raise ValueError(f"{path}: no population " + ", ".join(missing))
        end = t1 if t1 is not None else recording.end_ms()
        if end <= t0:
            raise ValueError(f"{path}: nothing after {t0} ms (the last spike is at {end} ms)")
        for p in POPULATIONS:
            trains = spike_analysis.trains(recording, names[p], t0, end)
            rates = spike_analysis.rates_hz(trains, t0, end)
            pooled[p]["rates"] += rates
            pooled[p]["cvs"] += spike_analysis.cv_isi(trains)
            pooled[p]["ccs"] += spike_analysis.pairwise_correlations(trains, t0, end, bin_ms, sample)
            pooled[p]["seed_rates"].append(sum(rates) / len(rates))
    return pooled


def mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


def sd(xs):
    if len(xs) < 2:
        return float("nan")
    m = mean(xs)
    return math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def quantile(xs, q):
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = (len(s) - 1) * q
    i = int(math.floor(k))
    j = min(i + 1, len(s) - 1)
    return s[i] + (s[j] - s[i]) * (k - i)


def ks_distance(a, b):
    """Two-sample Kolmogorov-Smirnov statistic: the largest distance between the empirical
    distribution functions of a and b."""
    if not a or not b:
        return float("nan")
    a, b = sorted(a), sorted(b)
    i = j = 0
    d = 0.0
    while i < len(a) and j < len(b):
        x = min(a[i], b[j])
        while i < len(a) and a[i] <= x:
            i += 1
        while j < len(b) and b[j] <= x:
            j += 1
        d = max(d, abs(i / len(a) - j / len(b)))
    return d


def summarize(pooled):
    out = {}
    for k, p in enumerate(POPULATIONS):
        d = pooled[p]
        rates, cvs, ccs = d["rates"], d["cvs"], d["ccs"]
        out[p] = {
            "neurons": len(rates),
            "rate_hz": mean(rates),
            "seed_rate_min": min(d["seed_rates"]),
            "seed_rate_max": max(d["seed_rates"]),
            "reference_hz": {name: ref[k] for name, ref in REFERENCE_RATES.items()},
            "rate_p10": quantile(rates, 0.1),
            "rate_median": quantile(rates, 0.5),
            "rate_p90": quantile(rates, 0.9),
            "silent_fraction": sum(1 for r in rates if r == 0) / len(rates) if rates else float("nan"),
            "cv_isi": mean(cvs),
            "cv_median": quantile(cvs, 0.5),
            "cv_neurons": len(cvs),
            "cc_mean": mean(ccs),
            "cc_sd": sd(ccs),
            "cc_pairs": len(ccs),
        }
    return out


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("recordings", nargs="+", help=".fspk recordings, one per seed")
    parser.add_argument("--against", nargs="+", default=[],
                        help="a second set of recordings: KS distances of the distributions")
    parser.add_argument("--from", dest="t0", type=float, default=500.0,
                        help="start of the analysis, ms (default 500: the recipe's warm-up)")
    parser.add_argument("--to", dest="t1", type=float, help="end, ms (default: the last spike)")
    parser.add_argument("--bin", type=float, default=2.0, help="bin for correlations, ms")
    parser.add_argument("--sample", type=int, default=100,
                        help="neurons per population and recording for correlations")
    parser.add_argument("--json", help="write the results as JSON to this file")
    args = parser.parse_args(argv)

    mine = measure(args.recordings, args.t0, args.t1, args.bin, args.sample)
    result = summarize(mine)
    refs = list(REFERENCE_RATES)
    print(f"{len(args.recordings)} recording(s), analysed from {args.t0:g} ms"
          + (f" to {args.t1:g} ms" if args.t1 is not None else "")
          + f"; rates in spikes/s; CC of {args.bin:g} ms counts, {args.sample} neurons a population")
    head = (f"{'pop':<5} {'neurons':>7} {'rate':>6} " + " ".join(f"{r:>8}" for r in refs)
            + f" {'ratio':>5} {'seeds':>11} {'p10/med/p90':>16} {'silent':>6}"
            + f" {'CV':>5} {'CV med':>6} {'CC mean':>8} {'CC sd':>7}")
    print(head)
    for p in POPULATIONS:
        r = result[p]
        ratio = r["rate_hz"] / r["reference_hz"][refs[0]]
        print(f"{p:<5} {r['neurons']:>7} {r['rate_hz']:>6.3f} "
              + " ".join(f"{r['reference_hz'][name]:>8.3f}" for name in refs)
              + f" {ratio:>5.2f} {r['seed_rate_min']:>5.2f}-{r['seed_rate_max']:<5.2f}"
              + f" {r['rate_p10']:>5.2f}/{r['rate_median']:>4.2f}/{r['rate_p90']:>5.2f}"
              + f" {r['silent_fraction']:>6.1%} {r['cv_isi']:>5.2f} {r['cv_median']:>6.2f}"
              + f" {r['cc_mean']:>8.4f} {r['cc_sd']:>7.4f}")
    rates = {p: result[p]["rate_hz"] for p in POPULATIONS}
    slowest = sorted(POPULATIONS, key=rates.get)[:2]
    print("slowest two: " + " and ".join(slowest) + " (reference: L23E and L6E)")
    for layer in ("L23", "L4", "L5", "L6"):
        e, i = rates[layer + "E"], rates[layer + "I"]
        print(f"{layer}: I {'>' if i > e else '<='} E ({i:.3f} vs {e:.3f} spikes/s; reference: I > E)")

    if args.against:
        other = measure(args.against, args.t0, args.t1, args.bin, args.sample)
        print(f"\nKolmogorov-Smirnov distances to {len(args.against)} other recording(s):")
        print(f"{'pop':<5} {'rate':>6} {'CV':>6} {'CC':>6}  {'rate here/there':>16}")
        for p in POPULATIONS:
            ks = {m: ks_distance(mine[p][key], other[p][key])
                  for m, key in (("rate", "rates"), ("cv", "cvs"), ("cc", "ccs"))}
            result[p]["ks_against"] = ks
            print(f"{p:<5} {ks['rate']:>6.3f} {ks['cv']:>6.3f} {ks['cc']:>6.3f}  "
                  f"{mean(mine[p]['rates']):>7.3f}/{mean(other[p]['rates']):<7.3f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"recordings": args.recordings, "against": args.against, "from_ms": args.t0,
                       "to_ms": args.t1, "populations": result}, f, indent=1)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except (OSError, ValueError) as e:
        sys.exit(f"compare.py: {e}")
