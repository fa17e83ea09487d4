"""Writes Poisson spike trains as a spike_train file (time_ms,index), so that both engines of a
test see the same input spikes. With --dead-time, a channel's spikes are at least that far
apart (a Poisson process with dead time): the step engine merges the spikes of one channel
that fall in one step, so a dead time longer than dt keeps every spike.

usage: poisson-train.py --channels N --rate HZ --time MS [--seed S] [--dead-time MS] > FILE.csv
"""
import argparse
import random


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--channels", type=int, required=True)
    parser.add_argument("--rate", type=float, required=True, help="Hz")
    parser.add_argument("--time", type=float, required=True, help="ms")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dead-time", type=float, default=0, help="ms")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    per_ms = args.rate / 1000
    lines = ["time_ms,index"]
    for channel in range(args.channels):
        t = rng.expovariate(per_ms)
        while t < args.time:
            lines.append(f"{t:.6f},{channel}")
            t += args.dead_time + rng.expovariate(per_ms)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
