#!/usr/bin/env python3
"""Checks microcircuit recordings (examples/microcircuit) against the reference's facts, one
line per check, "ok: ..." or "FAIL: ..." (with the values), exit status 1 if any failed:

  microcircuit.py run1.fspk [run2.fspk ...] --from 500 --rate-tolerance 0.35 \
      --cv 0.35 1.0 --max-correlation 0.02

The recordings are pooled (one network realization each) by examples/microcircuit/compare.py.
Checks, per population unless said otherwise:
  - the mean rate is within --rate-tolerance (a fraction) of the full-scale reference rate
    (NEST 2.x, compare.REFERENCE_RATES);
  - L2/3E and L6E are the two slowest populations;
  - in every layer the inhibitory population fires faster than the excitatory one, or, for a
    layer named in --ie-ratio LAYER MIN, at least MIN times as fast;
  - the mean CV of the ISIs lies in the --cv range (irregular firing);
  - the mean pairwise correlation of 2 ms spike counts is below --max-correlation in absolute
    value (asynchronous firing).
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.environ.get("FLUX_SOURCE_DIR", ""), "examples", "microcircuit"))
import compare  # noqa: E402


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("recordings", nargs="+")
    parser.add_argument("--from", dest="t0", type=float, default=500.0)
    parser.add_argument("--to", dest="t1", type=float)
    parser.add_argument("--rate-tolerance", type=float, required=True)
    parser.add_argument("--cv", nargs=2, type=float, required=True)
    parser.add_argument("--max-correlation", type=float, required=True)
    parser.add_argument("--ie-ratio", nargs=2, action="append", default=[],
                        metavar=("LAYER", "MIN"))
    parser.add_argument("--sample", type=int, default=100)
    args = parser.parse_args(argv)

    result = compare.summarize(compare.measure(args.recordings, args.t0, args.t1, 2.0, args.sample))
    reference = dict(zip(compare.POPULATIONS, compare.REFERENCE_RATES["NEST 2.x"]))
    failed = False

    def report(good, text):
        nonlocal failed
        failed = failed or not good
        print(("ok: " if good else "FAIL: ") + text)

    rates = {p: result[p]["rate_hz"] for p in compare.POPULATIONS}
    tol = args.rate_tolerance
    for p in compare.POPULATIONS:
        ratio = rates[p] / reference[p]
        report(abs(ratio - 1) <= tol, f"{p} rate {rates[p]:.3f} Hz = {ratio:.2f} x reference "
               f"{reference[p]:.3f} Hz, within {1 - tol:.2f} - {1 + tol:.2f}")
    slowest = sorted(compare.POPULATIONS, key=rates.get)[:2]
    report(sorted(slowest) == ["L23E", "L6E"], "the slowest two are L23E and L6E: "
           + ", ".join(f"{p} {rates[p]:.3f} Hz" for p in sorted(compare.POPULATIONS, key=rates.get)))
    minimum = {layer: float(value) for layer, value in args.ie_ratio}
    for layer in ("L23", "L4", "L5", "L6"):
        e, i = rates[layer + "E"], rates[layer + "I"]
        if layer in minimum:
            report(i >= minimum[layer] * e, f"{layer}I fires at least {minimum[layer]:g} x as fast "
                   f"as {layer}E: {i:.3f} vs {e:.3f} Hz ({i / e:.3f} x)")
        else:
            report(i > e, f"{layer}I fires faster than {layer}E: {i:.3f} > {e:.3f} Hz")
    lo, hi = args.cv
    for p in compare.POPULATIONS:
        cv = result[p]["cv_isi"]
        report(lo <= cv <= hi, f"{p} CV of the ISIs {cv:.3f} in [{lo:g}, {hi:g}]")
    for p in compare.POPULATIONS:
        cc = result[p]["cc_mean"]
        report(abs(cc) <= args.max_correlation,
               f"{p} mean pairwise correlation {cc:.4f}, |CC| <= {args.max_correlation:g}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
