"""Checks what examples/conditioning/conditioning-run.flux learnt, from its spike file.

usage: conditioning.py SPIKES.csv --schedule SCHEDULE.csv --population POP
                       [--max-before N] [--min-learnt N] [--max-control N]

SCHEDULE.csv is the protocol (`time_ms,index`; channels 0 the rewarded cue, 1 the control
cue, 2 the teacher, 3 the reward). Volleys of a cue less than 50 ms apart form one
presentation; a presentation with teacher spikes in it is a training trial, the others are
tests: before the first trial (pre-test) or after the last (post-test). For each
presentation the script counts POP's spikes from its first volley to 20 ms after its last
and prints them per phase and cue, then one line per check ('ok: ...' or 'FAIL: ...'; exits
1 if any failed), with counts averaged over a phase's presentations of a cue:
  - before training neither cue evokes more than --max-before spikes (default 0);
  - after training the rewarded cue evokes at least --min-learnt spikes (default 1);
  - after training the control cue evokes at most --max-control spikes (default 0).
"""
import argparse
import csv
import sys

CUES = {0: "light", 1: "tone"}
TEACHER, REWARD = 2, 3


def read_schedule(path):
    spikes = []
    with open(path, newline="") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line or line.startswith("time"):
                continue
            time, channel = line.split(",")
            spikes.append((float(time), int(channel)))
    spikes.sort()
    presentations = []  # [cue, first, last]
    for time, channel in spikes:
        if channel not in CUES:
            continue
        same = [p for p in presentations if p[0] == channel and time - p[2] < 50]
        if same:
            same[-1][2] = time
        else:
            presentations.append([channel, time, time])
    result = []
    for cue, first, last in presentations:
        inside = [c for t, c in spikes if first <= t <= last + 20]
        result.append({"cue": CUES[cue], "from": first, "to": last + 20,
                       "teacher": TEACHER in inside, "reward": REWARD in inside})
    trials = [i for i, p in enumerate(result) if p["teacher"]]
    if not trials:
        sys.exit(f"conditioning.py: {path}: no training trials (no teacher spikes)")
    for i, p in enumerate(result):
        p["phase"] = ("training" if p["teacher"] else
                      "pre-test" if i < trials[0] else
                      "post-test" if i > trials[-1] else "between")
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("spikes")
    parser.add_argument("--schedule", required=True)
    parser.add_argument("--population", required=True)
    parser.add_argument("--max-before", type=float, default=0)
    parser.add_argument("--min-learnt", type=float, default=1)
    parser.add_argument("--max-control", type=float, default=0)
    args = parser.parse_args()

    presentations = read_schedule(args.schedule)
    with open(args.spikes, newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != ["time_ms", "neuron", "population", "index"]:
        sys.exit(f"conditioning.py: {args.spikes}: not a spike CSV file")
    times = [float(r[0]) for r in rows[1:] if r[2] == args.population]

    counts = {}
    for p in presentations:
        n = sum(1 for t in times if p["from"] <= t < p["to"])
        key = (p["phase"], p["cue"])
        counts.setdefault(key, []).append(n)
    for phase in ("pre-test", "training", "post-test"):
        line = " ".join(f"{cue} {' '.join(map(str, counts.get((phase, cue), [])))}"
                        for cue in CUES.values() if (phase, cue) in counts)
        print(f"{phase}: {line}")

    def mean(phase, cue):
        values = counts.get((phase, cue))
        if not values:
            sys.exit(f"conditioning.py: no {phase} presentation of the {cue}")
        return sum(values) / len(values)

    failed = False

    def report(ok, text):
        nonlocal failed
        print(("ok: " if ok else "FAIL: ") + text)
        failed = failed or not ok

    light_before, tone_before = mean("pre-test", "light"), mean("pre-test", "tone")
    report(max(light_before, tone_before) <= args.max_before,
           f"before training neither cue evokes the response (light {light_before:g}, "
           f"tone {tone_before:g} spikes; at most {args.max_before:g})")
    light_after, tone_after = mean("post-test", "light"), mean("post-test", "tone")
    report(light_after >= args.min_learnt,
           f"after training the rewarded light evokes it ({light_after:g} spikes per "
           f"presentation; at least {args.min_learnt:g})")
    report(tone_after <= args.max_control,
           f"after training the unrewarded tone does not ({tone_after:g} spikes per "
           f"presentation; at most {args.max_control:g})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
