"""Writes schedule.csv, the protocol of conditioning-run.flux (run it from this folder).

usage: python3 schedule.py [PAIRS] > schedule.csv        (PAIRS: training pairs, default 3)

Channels of `input schedule[4]`: 0 the light (the cue that is rewarded), 1 the tone (the
control cue, never rewarded), 2 the teacher (makes the response fire), 3 the reward (positive
modulation of the response). A presentation of a cue is 5 volleys 20 ms apart (100 ms at
50 Hz). The phases:
  pre-test    the light at 100 ms, the tone at 400 ms, each alone
  training    PAIRS pairs of trials, from 700 ms, 500 ms apart: the light with the teacher
              4 ms after each volley and a reward spike 2 ms after the teacher; then the
              tone with the teacher alone
  post-test   light, tone, light, tone, 400 ms apart, each alone
"""
import sys

pairs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
LIGHT, TONE, TEACHER, REWARD = 0, 1, 2, 3
rows = []


def present(t0, cue, teacher=False, reward=False):
    for k in range(5):
        t = t0 + 20 * k
        rows.append((t, cue))
        if teacher:
            rows.append((t + 4, TEACHER))
        if reward:
            rows.append((t + 6, REWARD))


present(100, LIGHT)
present(400, TONE)
t = 700
for _ in range(pairs):
    present(t, LIGHT, teacher=True, reward=True)
    present(t + 500, TONE, teacher=True)
    t += 1000
for cue in (LIGHT, TONE, LIGHT, TONE):
    present(t, cue)
    t += 400

print(f"# The protocol of conditioning-run.flux, written by schedule.py ({pairs} training pairs;")
print(f"# channels: 0 light, 1 tone, 2 teacher, 3 reward). The run ends at {t} ms.")
print("time_ms,index")
for time, channel in sorted(rows):
    print(f"{time},{channel}")
