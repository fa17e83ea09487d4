"""Checks statements about the run summaries written by `fluxc run --stats-json FILE`.

usage: stats.py --run NAME=FILE [--run ...] --expect 'CONDITION' [--expect ...]

Each CONDITION is a Python expression over the runs, with
  rate(NAME, POP)    the population's rate in Hz (`rate_hz`)
  spikes(NAME, POP)  its spike count
  cv(NAME, POP)      its CV of interspike intervals (`cv_isi`; None when undefined)
  sim_time(NAME)     the simulated time in s
  close(a, b, rel)   |a - b| <= rel * max(|a|, |b|)
  increasing(xs)     every element of the list above the one before it
and abs, min, max, all, any, len, sorted. POP is a population's full name or a tail of it
after a '.', e.g. 'osc.a' for 'Walk.net.osc.a' (it must match exactly one population).
Prints 'ok: CONDITION' for each one that holds; for one that does not, prints 'FAIL:' with
every population of every run, and exits 1 once all have been checked.
"""
import argparse
import json
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--run", action="append", default=[], metavar="NAME=FILE")
    parser.add_argument("--expect", action="append", default=[], metavar="CONDITION")
    args = parser.parse_args()
    runs = {}
    for run in args.run:
        name, _, path = run.partition("=")
        with open(path) as f:
            runs[name] = json.load(f)

    def population(run, pop):
        if run not in runs:
            sys.exit(f"stats.py: no run '{run}' (runs: {sorted(runs)})")
        found = [p for p in runs[run]["populations"]
                 if p["name"] == pop or p["name"].endswith("." + pop)]
        if len(found) != 1:
            names = [p["name"] for p in runs[run]["populations"]]
            sys.exit(f"stats.py: '{pop}' matches {len(found)} populations of run '{run}': {names}")
        return found[0]

    env = {
        "rate": lambda run, pop: population(run, pop)["rate_hz"],
        "spikes": lambda run, pop: population(run, pop)["spikes"],
        "cv": lambda run, pop: population(run, pop)["cv_isi"],
        "sim_time": lambda run: runs[run]["sim_time_s"],
        "close": lambda a, b, rel: abs(a - b) <= rel * max(abs(a), abs(b)),
        "increasing": lambda xs: all(x < y for x, y in zip(xs, xs[1:])),
        "abs": abs, "min": min, "max": max, "all": all, "any": any, "len": len,
        "sorted": sorted,
    }
    failed = False
    for condition in args.expect:
        if eval(condition, {"__builtins__": {}, **env}):
            print(f"ok: {condition}")
            continue
        failed = True
        print(f"FAIL: {condition}")
        for name, summary in runs.items():
            for p in summary["populations"]:
                print(f"  {name}: {p['name']}: {p['spikes']} spikes, {p['rate_hz']} Hz, "
                      f"CV {p['cv_isi']}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
