"""Checks a probe file written by `fluxc run --probe ... --probe-output FILE` against formulas.

usage: probes.py FILE --engine event|step [--dt MS] [--name ALIAS=COLUMN ...]
                 [--let NAME=EXPR ...] [--check FROM TO 'ALIAS ~ FORMULA' TOL ...]
                 [--jump AT 'ALIAS ~ FORMULA' TOL ...]

--let NAME=EXPR: a constant for the formulas (EXPR may use the helpers and earlier --let names).
--check FROM TO 'ALIAS ~ FORMULA' TOL: every sample with FROM <= t <= TO must satisfy
    |ALIAS - FORMULA| <= TOL (ALIAS is a column or its --name alias; FORMULA a Python
    expression of t, the aliases and the helpers below). TOL may end in 'r' for a relative
    tolerance (1e-6r: TOL * max(1, |FORMULA|)). At least one sample must lie in the window.
--jump AT 'ALIAS ~ FORMULA' TOL: the change of ALIAS across an input that arrives at AT:
    the first sample that shows the input minus the sample before it (see after()). It also
    holds whatever the state did between the two samples, so use it on a state that does not
    otherwise change (a `level` with leak = 0).

What a sample at time t shows differs between the engines, and the helpers hide it:
- event engine: the state at t after every event at t (probes bring the neuron up to date);
- step engine: the state at the start of the step that begins at t, before that step's
  inputs; an input delivered in the step at t0 shows from the sample at t0 + dt on.
after(t0) is 1 when an input arriving at t0 shows in the sample at t, else 0; since(t0) is
the time over which the state has evolved since that input (t - t0 in both engines, 0 before
it shows); last(t0, t1, ...) is the latest of those inputs that shows (None if none does).
Also: exp, log, sqrt, floor, ceil, clamp(x, lo, hi), min, max, abs, pi. Columns are also
reachable by their names with '.' replaced by '_' (Top_n_level).

Prints one line per check ('ok: ...' with the largest error, or 'FAIL: ...' with the first
offending samples) and exits 1 if any check failed.
"""
import argparse
import csv
import math
import sys


def load(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0][0] != "time_ms":
        sys.exit(f"probes.py: {path}: not a probe file (header {rows[:1]})")
    header = rows[0]
    data = []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            sys.exit(f"probes.py: {path}:{line}: {len(row)} fields, header has {len(header)}")
        data.append([float(x) for x in row])
    return header, data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--engine", choices=["event", "step"], required=True)
    parser.add_argument("--dt", type=float, default=0.1, help="the step engine's dt, ms")
    parser.add_argument("--name", action="append", default=[], metavar="ALIAS=COLUMN")
    parser.add_argument("--let", action="append", default=[], metavar="NAME=EXPR")
    parser.add_argument("--check", action="append", nargs=4, default=[],
                        metavar=("FROM", "TO", "ALIAS~FORMULA", "TOL"))
    parser.add_argument("--jump", action="append", nargs=3, default=[],
                        metavar=("AT", "ALIAS~FORMULA", "TOL"))
    args = parser.parse_args()

    header, data = load(args.file)
    column = {name: i for i, name in enumerate(header)}
    for alias in args.name:
        short, _, full = alias.partition("=")
        if full not in column:
            sys.exit(f"probes.py: no column '{full}' in {args.file} (columns: {header[1:]})")
        column[short] = column[full]
    step = args.engine == "step"
    eps = 1e-9
    helpers = {
        "exp": math.exp, "log": math.log, "sqrt": math.sqrt, "floor": math.floor,
        "ceil": math.ceil, "pi": math.pi, "clamp": lambda x, lo, hi: min(max(x, lo), hi),
        "min": min, "max": max, "abs": abs,
    }
    constants = {}
    for definition in args.let:
        name, _, expr = definition.partition("=")
        constants[name.strip()] = eval(expr, {"__builtins__": {}, **helpers, **constants})

    def env_at(row):
        t = row[0]

        def after(t0):
            return 1.0 if (t >= t0 + args.dt - eps if step else t >= t0 - eps) else 0.0

        def since(t0):
            return max(0.0, t - t0) if after(t0) else 0.0

        def last(*times):
            shown = [t0 for t0 in times if after(t0)]
            return max(shown) if shown else None

        env = {**helpers, **constants, "t": t, "after": after, "since": since, "last": last}
        for name, i in column.items():
            env[name.replace(".", "_")] = row[i]
        return env

    def split(spec):
        actual, sep, formula = spec.partition("~")
        if not sep:
            sys.exit(f"probes.py: expected 'ALIAS ~ FORMULA', got '{spec}'")
        actual = actual.strip()
        if actual not in column:
            sys.exit(f"probes.py: no column or alias '{actual}' (columns: {header[1:]})")
        return actual, formula.strip()

    def tolerance(text, expected):
        if text.endswith("r"):
            return float(text[:-1]) * max(1.0, abs(expected))
        return float(text)

    failed = False
    for lo, hi, spec, tol in args.check:
        actual, formula = split(spec)
        lo, hi = float(lo), float(hi)
        rows = [r for r in data if lo - eps <= r[0] <= hi + eps]
        if not rows:
            sys.exit(f"probes.py: no sample in [{lo}, {hi}]")
        worst, bad = 0.0, []
        for r in rows:
            expected = eval(formula, {"__builtins__": {}, **env_at(r)})
            error = abs(r[column[actual]] - expected)
            if not error <= tolerance(tol, expected):  # NaN fails too
                bad.append((r[0], r[column[actual]], expected))
            worst = max(worst, error) if error == error else math.inf
        if bad:
            failed = True
            print(f"FAIL: {actual} ~ {formula} on [{lo:g}, {hi:g}], tolerance {tol}: "
                  f"{len(bad)} of {len(rows)} samples off, max error {worst:.3g}")
            for t, got, want in bad[:8]:
                print(f"  t = {t!r}: {actual} = {got!r}, expected {want!r}")
        else:
            print(f"ok: {actual} ~ {formula} on [{lo:g}, {hi:g}]: {len(rows)} samples, "
                  f"max error {worst:.3g}")
    for at, spec, tol in args.jump:
        actual, formula = split(spec)
        at = float(at)
        shows = at + args.dt if step else at  # the first sample that shows the input
        before = [r for r in data if r[0] < shows - eps]
        later = [r for r in data if r[0] >= shows - eps]
        if not before or not later:
            sys.exit(f"probes.py: no samples around t = {at:g}")
        got = later[0][column[actual]] - before[-1][column[actual]]
        expected = eval(formula, {"__builtins__": {}, **env_at(later[0])})
        if not abs(got - expected) <= tolerance(tol, expected):
            failed = True
            print(f"FAIL: jump of {actual} at t = {at:g}: {got!r}, expected {formula} = "
                  f"{expected!r} (tolerance {tol})")
        else:
            print(f"ok: jump of {actual} at t = {at:g}: {got:.9g} ~ {formula}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
