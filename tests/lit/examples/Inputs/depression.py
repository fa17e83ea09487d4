"""Checks short-term depression (stdlib.synapses.Capacity) from a probe of a target that adds
up what it receives (an Mlif with no leak that never fires), as in examples/capacity.

usage: depression.py PROBES --trains TRAINS.csv --column NAME --w W --max-capacity C
                     --regen R --delay D [--tol T] [--spikes SPIKES.csv --post POP
                     --post-fires-in K,K,...]

TRAINS.csv holds the presynaptic input spikes (`time_ms,index`, as for spike_train); a gap of
more than twice the shortest interval starts a new train. Each spike reaches the target D ms
(all delays on the way together) after its input time. The script replays the Capacity rule
(a spike transmits min(W, capacity), capacity falls by that and regenerates at R per ms up
to C) and compares every transmitted amount with the jump of the probe column across the
arrival: the first sample after it minus the last sample before it (no sample may fall
exactly on an arrival). It prints each train's transmissions, then one line per check,
'ok: ...' or 'FAIL: ...' (and exits 1 if any failed):
  - every transmission is the model's, within T (default 1e-9);
  - within each train the transmission never rises, and it falls to R times the interval;
  - the capacity a train starts with (what the train transmits minus what regenerates
    during it, since every train ends with the synapse empty) is min(C, R * pause) after
    each pause;
  - with --spikes: POP fires in exactly the trains listed (1-based), once in each.
"""
import argparse
import bisect
import csv
import sys


def read_trains(path):
    times = []
    with open(path, newline="") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line or line.startswith("time"):
                continue
            times.append(float(line.split(",")[0]))
    times.sort()
    gaps = [b - a for a, b in zip(times, times[1:])]
    shortest = min(gaps)
    trains = [[times[0]]]
    for t, gap in zip(times[1:], gaps):
        if gap > 2 * shortest:
            trains.append([])
        trains[-1].append(t)
    return trains, shortest


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("probes")
    parser.add_argument("--trains", required=True)
    parser.add_argument("--column", required=True)
    parser.add_argument("--w", type=float, required=True)
    parser.add_argument("--max-capacity", type=float, required=True)
    parser.add_argument("--regen", type=float, required=True, help="per ms")
    parser.add_argument("--delay", type=float, required=True, help="ms")
    parser.add_argument("--tol", type=float, default=1e-9)
    parser.add_argument("--spikes")
    parser.add_argument("--post")
    parser.add_argument("--post-fires-in")
    args = parser.parse_args()

    with open(args.probes, newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    if header[0] != "time_ms" or args.column not in header:
        sys.exit(f"depression.py: {args.probes}: no column '{args.column}' in {header}")
    col = header.index(args.column)
    sample_t = [float(r[0]) for r in rows[1:]]
    sample_v = [float(r[col]) for r in rows[1:]]

    trains, interval = read_trains(args.trains)

    # The model: replay the Capacity rule over every presynaptic spike.
    capacity, last = args.max_capacity, None
    expected = []
    for train in trains:
        sent_in_train = []
        for t in train:
            if last is not None:
                capacity = min(args.max_capacity, capacity + args.regen * (t - last))
            last = t
            sent = min(abs(args.w), capacity)
            capacity -= sent
            sent_in_train.append(sent)
        expected.append(sent_in_train)

    # What arrived: the probe's jump across each arrival.
    observed = []
    for train in trains:
        got = []
        for t in train:
            arrival = t + args.delay
            k = bisect.bisect_left(sample_t, arrival)
            if k == 0 or k >= len(sample_t):
                sys.exit(f"depression.py: no samples on both sides of the arrival at {arrival} ms")
            if sample_t[k] == arrival:
                sys.exit(f"depression.py: a sample falls on the arrival at {arrival} ms; "
                         "shift the delay or the sampling")
            got.append(sample_v[k] - sample_v[k - 1])
        observed.append(got)

    for n, (train, got) in enumerate(zip(trains, observed), start=1):
        pause = "" if n == 1 else f" after {train[0] - trains[n - 2][-1]:g} ms"
        print(f"train {n} at {train[0]:g} ms{pause}: " + " ".join(f"{x:.4f}" for x in got))

    failed = False

    def report(ok, text):
        nonlocal failed
        print(("ok: " if ok else "FAIL: ") + text)
        failed = failed or not ok

    worst = max(abs(g - e) for gs, es in zip(observed, expected) for g, e in zip(gs, es))
    report(worst <= args.tol, f"every transmission as the model (largest error {worst:.3g})")

    steady = args.regen * interval
    falls = all(all(b <= a + args.tol for a, b in zip(got, got[1:])) for got in observed)
    ends = all(abs(got[-1] - steady) <= args.tol for got in observed)
    report(falls and ends, f"within each train transmission never rises and falls to "
           f"regen * {interval:g} ms = {steady:g}")

    starts = []
    ok = True
    for n in range(1, len(trains)):
        got, train = observed[n], trains[n]
        start = sum(got) - args.regen * (train[-1] - train[0])
        pause = train[0] - trains[n - 1][-1]
        want = min(args.max_capacity, args.regen * pause)
        ok = ok and abs(start - want) <= 10 * args.tol * len(got)
        starts.append(f"{start:.4f} after {pause:g} ms")
    report(ok, "capacity at the start of each train is min(max_capacity, regen * pause): "
           + ", ".join(starts))

    if args.spikes:
        fired = [0] * len(trains)
        with open(args.spikes, newline="") as f:
            for row in list(csv.reader(f))[1:]:
                if row[2] != args.post:
                    continue
                t = float(row[0])
                for n, train in enumerate(trains):
                    if train[0] <= t <= train[-1] + args.delay + interval:
                        fired[n] += 1
        want = [0] * len(trains)
        for k in args.post_fires_in.split(","):
            want[int(k) - 1] = 1
        report(fired == want, f"{args.post} fires once in trains "
               + ",".join(str(n + 1) for n, c in enumerate(fired) if c) + f" (spikes per train "
               + " ".join(map(str, fired)) + ")")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
