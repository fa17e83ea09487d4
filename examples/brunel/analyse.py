#!/usr/bin/env python3
"""The measures of examples/brunel/README.md for one run of brunel.flux:

  python3 examples/brunel/analyse.py RUN.fspk --top BrunelAI [--from 200] [--to T]

prints the mean rate (Hz), the mean CV of the ISIs (neurons with at least 3 spikes), the
synchrony chi of 1000 neurons in 1 and 5 ms bins, the mean pairwise correlation of 200
active neurons (2 ms bins), and the dominant frequency of the population activity (Welch
spectrum of E + I spike counts in 0.25 ms bins, 512-bin segments, 7.8 Hz resolution, within
5-1000 Hz) with its power over the band's mean. E and I are taken together. Pure Python:
tools/spike_analysis.py.
"""
import argparse
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
import spike_analysis  # noqa: E402


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("recording")
    parser.add_argument("--top", required=True, help="the circuit that ran, e.g. BrunelAI")
    parser.add_argument("--from", dest="t0", type=float, default=200.0)
    parser.add_argument("--to", dest="t1", type=float)
    args = parser.parse_args(argv)
    pops = [f"{args.top}.E", f"{args.top}.I"]
    recording = spike_analysis.read(args.recording, populations=pops)
    t0 = args.t0
    t1 = args.t1 if args.t1 is not None else recording.end_ms()
    trains = []
    for name in pops:
        trains += spike_analysis.trains(recording, name, t0, t1)
    rates = spike_analysis.rates_hz(trains, t0, t1)
    cvs = spike_analysis.cv_isi(trains)
    sample = random.Random(1).sample(trains, min(len(trains), 1000))
    activity = spike_analysis.population_activity(recording, pops, t0, t1, 0.25)
    freqs, power = spike_analysis.power_spectrum(activity, 0.25, 512)
    frequency, ratio = spike_analysis.dominant_frequency(freqs, power, 5, 1000)
    print(f"{args.top} [{t0:g}, {t1:g}) ms")
    print(f"  rate          {sum(rates) / len(rates):.2f} Hz")
    print(f"  CV ISI        {sum(cvs) / len(cvs) if cvs else float('nan'):.3f}")
    print(f"  chi 1 ms      {spike_analysis.synchrony(sample, t0, t1, 1.0):.3f}")
    print(f"  chi 5 ms      {spike_analysis.synchrony(sample, t0, t1, 5.0):.3f}")
    print(f"  correlation   {spike_analysis.correlation(trains, t0, t1, 2.0, 200):.4f}")
    print(f"  dominant freq {frequency:.1f} Hz (peak / mean power {ratio:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
