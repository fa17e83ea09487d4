#!/usr/bin/env python3
"""Checks measures of a spike recording against ranges, one line of output per check:

  expect.py run1.fspk [run2.fspk ...] --from 500 --expect Cuba.E rate_hz 4.5 6.7 \
      --expect Cuba.E cv_isi 0.4 1.5

The measures are those of tools/spike_analysis.py's summary(): rate_hz, cv_isi, synchrony,
correlation, fano_pop. Prints "ok: POP MEASURE = V in [LO, HI]" or "FAIL: ..." (with the
value, so a failing test says by how much) for every recording in turn, and exits 1 if any
check failed.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.environ.get("FLUX_SOURCE_DIR", ""), "tools"))
import spike_analysis  # noqa: E402


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("recordings", nargs="+")
    parser.add_argument("--from", dest="t0", type=float, default=0.0)
    parser.add_argument("--to", dest="t1", type=float)
    parser.add_argument("--expect", nargs=4, action="append", default=[],
                        metavar=("POP", "MEASURE", "LO", "HI"))
    args = parser.parse_args(argv)
    failed = False
    for path in args.recordings:
        recording = spike_analysis.read(path)
        t1 = args.t1 if args.t1 is not None else recording.end_ms()
        summaries = {}
        for pop, measure, lo, hi in args.expect:
            if pop not in summaries:
                summaries[pop] = spike_analysis.summary(recording, pop, args.t0, t1)
            value = summaries[pop][measure]
            good = float(lo) <= value <= float(hi)
            failed = failed or not good
            print(f"{'ok' if good else 'FAIL'}: {pop} {measure} = {value:.4g} in [{lo}, {hi}]")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
