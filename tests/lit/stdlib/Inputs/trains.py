"""Checks statements about recorded spike trains (`fluxc run --record FILE.csv`), optionally
against reference solutions of the neuron models' equations.

usage: trains.py --run NAME=FILE [--run ...] [--let NAME=EXPR ...] [--show EXPR ...]
                 --expect 'CONDITION' [--expect ...]

Each EXPR and CONDITION is a Python expression with
  spikes(RUN, POP, i=0)   the spike times (ms) of neuron i of population POP in run RUN;
                          POP is a full name or a tail after a '.', e.g. 'rs' for 'Top.rs'
  count(RUN, POP, i=0)    their number
  window(ts, t0, t1)      the times t0 <= t < t1
  isis(ts)                the inter-spike intervals of a list of times
  rate(ts, t0, t1)        the rate in Hz of the times in [t0, t1)
  mean(xs), close(a, b, rel) (|a - b| <= rel * max(|a|, |b|))
  izhikevich(a, b, c, d, i, on, until)
      reference spike times of Izhikevich's model (Izhikevich 2003; v in mV, t in ms) with
      the input I = 0 before `on` and I = i from `on` on, from v = -65, u = b v at t = 0
  adex(i, on, until, **params)
      reference spike times of the AdEx model (Brette & Gerstner 2005) with its defaults
      (C 281 pF, g_L 30 nS, E_L -70.6 mV, V_T -50.4 mV, Delta_T 2 mV, tau_w 144 ms, a 4 nS,
      b 80.5 pA, V_r -70.6 mV, V_peak 20 mV; override any as a keyword) and I = i (pA) from
      `on` on, from V = E_L, w = 0
  runs                    the names of the runs
and abs, min, max, all, any, len, sorted, round, zip, range, sum. The references integrate
with the classic fourth-order Runge-Kutta method at 0.01 ms, cap v at its peak inside a step
(as the stdlib models do) and interpolate the crossing time linearly within the step: they
are the exact solutions to well under 0.05 ms, a reference for the engines' 0.1 ms Heun
steps.
--let NAME=EXPR names a value for later expressions; --show EXPR prints 'EXPR = value'
(numbers to 4 significant digits). Prints 'ok: CONDITION' for each condition that holds,
'FAIL: CONDITION' for one that does not, and exits 1 if any failed.
"""
import argparse
import csv
import math
import sys

import conditions


def rk4_spikes(f, y0, v_peak, reset, until, h=0.01):
    """Spike times of y' = f(t, y) with y[0] the potential, reset(y) after each spike."""
    y = list(y0)
    t = 0.0
    out = []
    steps = int(round(until / h))

    def capped(y, k, s):
        z = [a + s * b for a, b in zip(y, k)]
        z[0] = min(z[0], v_peak)
        return z

    for n in range(steps):
        t = n * h
        k1 = f(t, y)
        k2 = f(t + h / 2, capped(y, k1, h / 2))
        k3 = f(t + h / 2, capped(y, k2, h / 2))
        k4 = f(t + h, capped(y, k3, h))
        new = [a + h / 6 * (p + 2 * q + 2 * r + s) for a, p, q, r, s in zip(y, k1, k2, k3, k4)]
        if new[0] >= v_peak:
            # Linear interpolation of the crossing within the step.
            frac = (v_peak - y[0]) / (new[0] - y[0]) if new[0] != y[0] else 1.0
            out.append(t + max(0.0, min(1.0, frac)) * h)
            new[0] = v_peak
            new = reset(new)
        y = new
    return out


def izhikevich(a, b, c, d, i, on, until):
    def f(t, y):
        v, u = y
        current = i if t >= on else 0.0
        return [0.04 * v * v + 5 * v + 140 - u + current, a * (b * v - u)]

    return rk4_spikes(f, [-65.0, b * -65.0], 30.0, lambda y: [c, y[1] + d], until)


def adex(i, on, until, **params):
    p = dict(c_m=281.0, g_l=30.0, e_l=-70.6, v_t=-50.4, delta_t=2.0, tau_w=144.0, a=4.0,
             b=80.5, v_r=-70.6, v_peak=20.0)
    p.update(params)

    def f(t, y):
        v, w = y
        current = i if t >= on else 0.0
        x = min((v - p["v_t"]) / p["delta_t"], 20.0)
        dv = (-p["g_l"] * (v - p["e_l"]) + p["g_l"] * p["delta_t"] * math.exp(x) - w
              + current) / p["c_m"]
        return [dv, (p["a"] * (v - p["e_l"]) - w) / p["tau_w"]]

    return rk4_spikes(f, [p["e_l"], 0.0], p["v_peak"], lambda y: [p["v_r"], y[1] + p["b"]],
                      until)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--run", action="append", default=[], metavar="NAME=FILE")
    conditions.add_arguments(parser)
    args = parser.parse_args()

    runs = {}
    for run in args.run:
        name, _, path = run.partition("=")
        with open(path, newline="") as f:
            rows = list(csv.reader(f))
        if not rows or rows[0] != ["time_ms", "neuron", "population", "index"]:
            sys.exit(f"trains.py: {path}: not a spike CSV file (header {rows[:1]})")
        runs[name] = rows[1:]

    def spikes(run, pop, i=0):
        if run not in runs:
            sys.exit(f"trains.py: no run '{run}' (runs: {sorted(runs)})")
        names = sorted({r[2] for r in runs[run]})
        found = [n for n in names if n == pop or n.endswith("." + pop)]
        if len(found) > 1:
            sys.exit(f"trains.py: '{pop}' matches {found} in run '{run}'")
        if not found:
            return []
        return [float(r[0]) for r in runs[run] if r[2] == found[0] and int(r[3]) == i]

    def fmt(x):
        if isinstance(x, float):
            return f"{x:.4g}"
        if isinstance(x, (list, tuple)):
            return "[" + ", ".join(fmt(y) for y in x) + "]"
        return str(x)

    env = {
        "spikes": spikes,
        "count": lambda run, pop, i=0: len(spikes(run, pop, i)),
        "window": lambda ts, t0, t1: [t for t in ts if t0 <= t < t1],
        "isis": lambda ts: [b - a for a, b in zip(ts, ts[1:])],
        "rate": lambda ts, t0, t1: 1000.0 * len([t for t in ts if t0 <= t < t1]) / (t1 - t0),
        "mean": lambda xs: sum(xs) / len(xs),
        "close": lambda a, b, rel: abs(a - b) <= rel * max(abs(a), abs(b)),
        "izhikevich": izhikevich,
        "adex": adex,
        "abs": abs, "min": min, "max": max, "all": all, "any": any, "len": len,
        "sorted": sorted, "round": round, "zip": zip, "range": range, "sum": sum,
    }
    env["runs"] = sorted(runs)
    return 0 if conditions.evaluate(args, env, fmt) else 1


if __name__ == "__main__":
    sys.exit(main())
