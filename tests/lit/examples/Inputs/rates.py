"""Checks population rates from a stats file (`fluxc run --stats-json FILE`).

usage: rates.py STATS.json [--rising POP POP ...] [--range LO HI] [--max-cv C]
                [--same POP POP] ...

Prints one line per population named in a check, 'POP rate R Hz, spikes N, cv C', then one
line per check: 'ok: ...' when it holds, 'FAIL: ...' when it does not (and then exits 1).
  --rising P1 P2 ...  the rates strictly rise from P1 to P2 to ... (repeatable)
  --range LO HI       every population named in --rising lies within [LO, HI] Hz
  --max-cv C          every population named in --rising has a CV of its ISIs at most C
                      (a regular rhythm)
  --same P Q          P and Q fire the same number of spikes, give or take 1 (repeatable)
"""
import argparse
import json
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("stats")
    parser.add_argument("--rising", nargs="+", action="append", default=[])
    parser.add_argument("--range", nargs=2, type=float)
    parser.add_argument("--max-cv", type=float)
    parser.add_argument("--same", nargs=2, action="append", default=[])
    args = parser.parse_args()
    with open(args.stats) as f:
        stats = json.load(f)
    pops = {p["name"]: p for p in stats["populations"]}

    named = [n for group in args.rising for n in group] + [n for pair in args.same for n in pair]
    for name in dict.fromkeys(named):
        if name not in pops:
            sys.exit(f"rates.py: no population '{name}' in {args.stats}; there are "
                     + ", ".join(pops))
        p = pops[name]
        cv = "-" if p["cv_isi"] is None else f"{p['cv_isi']:.3f}"
        print(f"{name} rate {p['rate_hz']:.2f} Hz, spikes {p['spikes']}, cv {cv}")

    failed = False

    def report(ok, text):
        nonlocal failed
        print(("ok: " if ok else "FAIL: ") + text)
        failed = failed or not ok

    for group in args.rising:
        rates = [pops[n]["rate_hz"] for n in group]
        chain = " < ".join(f"{r:.2f}" for r in rates)
        report(all(a < b for a, b in zip(rates, rates[1:])), f"rates rise strictly: {chain} Hz")
        if args.range:
            lo, hi = args.range
            report(all(lo <= r <= hi for r in rates), f"rates within [{lo:g}, {hi:g}] Hz")
        if args.max_cv is not None:
            cvs = [pops[n]["cv_isi"] for n in group]
            report(all(c is not None and c <= args.max_cv for c in cvs),
                   f"CV of the ISIs at most {args.max_cv:g}: "
                   + ", ".join("-" if c is None else f"{c:.3f}" for c in cvs))
    for a, b in args.same:
        na, nb = pops[a]["spikes"], pops[b]["spikes"]
        report(abs(na - nb) <= 1, f"{a} and {b} fire alike: {na} and {nb} spikes")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
