#!/usr/bin/env python3
"""Checks one run of the Brunel (2000) network (examples/brunel) against ranges, one line of
output per check, "ok: ..." or "FAIL: ..." with the measured value:

  brunel.py RUN.fspk --pops Net.E Net.I --from 100 [--to 600] \
      [--rate LO HI] [--cv LO HI] [--chi BIN_MS LO HI ...] \
      [--freq BIN_MS SEGMENT F_MIN F_MAX LO HI] [--peak-ratio LO HI]

The populations named in --pops are taken together (Brunel's E and I neurons behave alike),
over [from, to) ms (default: to the last spike):
  --rate        mean firing rate over the neurons, Hz
  --cv          mean CV of the ISIs over the neurons with at least 3 spikes (irregularity)
  --chi         synchrony chi of 1000 neurons (random.Random(1)) from counts in bins of BIN_MS
                (repeatable)
  --freq        dominant frequency, within [F_MIN, F_MAX] Hz, of the Welch power spectrum of
                the population activity in bins of BIN_MS (segments of SEGMENT bins, a power
                of two); --peak-ratio bounds its power over the band's mean power (needs --freq)
Measures from tools/spike_analysis.py. Exits 1 if any check failed.
"""

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.join(os.environ.get("FLUX_SOURCE_DIR", ""), "tools"))
import spike_analysis  # noqa: E402


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--pops", nargs="+", required=True)
    parser.add_argument("--from", dest="t0", type=float, default=0.0)
    parser.add_argument("--to", dest="t1", type=float)
    parser.add_argument("--rate", nargs=2, type=float)
    parser.add_argument("--cv", nargs=2, type=float)
    parser.add_argument("--chi", nargs=3, type=float, action="append", default=[])
    parser.add_argument("--freq", nargs=6, type=float)
    parser.add_argument("--peak-ratio", nargs=2, type=float)
    args = parser.parse_args(argv)

    recording = spike_analysis.read(args.recording, populations=args.pops)
    t0 = args.t0
    t1 = args.t1 if args.t1 is not None else recording.end_ms()
    trains = []
    for name in args.pops:
        trains += spike_analysis.trains(recording, name, t0, t1)
    failed = False

    def check(label, value, bounds, digits=4):
        nonlocal failed
        lo, hi = bounds
        good = lo <= value <= hi
        failed = failed or not good
        print(f"{'ok' if good else 'FAIL'}: {label} = {value:.{digits}g} in [{lo:g}, {hi:g}]")

    if args.rate:
        rates = spike_analysis.rates_hz(trains, t0, t1)
        check("rate_hz", sum(rates) / len(rates), args.rate)
    if args.cv:
        cvs = spike_analysis.cv_isi(trains)
        check("cv_isi", sum(cvs) / len(cvs) if cvs else float("nan"), args.cv)
    sample = random.Random(1).sample(trains, min(len(trains), 1000))
    for bin_ms, lo, hi in args.chi:
        check(f"synchrony ({bin_ms:g} ms bins)",
              spike_analysis.synchrony(sample, t0, t1, bin_ms), (lo, hi))
    if args.freq:
        bin_ms, segment, f_min, f_max, lo, hi = args.freq
        activity = spike_analysis.population_activity(recording, args.pops, t0, t1, bin_ms)
        freqs, power = spike_analysis.power_spectrum(activity, bin_ms, int(segment))
        frequency, ratio = spike_analysis.dominant_frequency(freqs, power, f_min, f_max)
        check(f"dominant frequency in [{f_min:g}, {f_max:g}] Hz", frequency, (lo, hi))
        if args.peak_ratio:
            check("peak ratio", ratio, args.peak_ratio, 3)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
