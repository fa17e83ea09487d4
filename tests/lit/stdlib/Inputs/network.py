"""Checks statements about an elaborated network (`fluxc --emit=network --full FILE`).

usage: network.py NETWORK.txt [--let NAME=EXPR ...] [--show EXPR ...] --expect 'CONDITION' ...

Each EXPR and CONDITION is a Python expression with
  size(POP)               a population's size; POP is its full name or a tail after a '.'
                          ('col.E' for 'Top.col.E')
  proj(SRC, DST, rule=R)  the one projection whose source and target sets are SRC and DST
                          (full names or tails, as printed: 'col.E[0 .. 8]'; a set of
                          several populations, 'A+B', by its full name only; None matches
                          any) and whose rule starts with R (if given), as a dict with
                          'synapses', 'kind', 'model', 'rule', 'in' and 'out' (the degrees,
                          (mean, min, max)) and 'pairs' (every synapse as (source index,
                          target index) into the printed sets)
and abs, min, max, all, any, len, sum, set, sorted, range, zip. Prints 'ok: CONDITION' for
each condition that holds, 'FAIL: CONDITION' (with the projections) for one that does not,
and exits 1 if any failed.
"""
import argparse
import re
import sys

import conditions


def parse(path):
    pops, projs = {}, []
    current = None
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            m = re.match(r"population (\S+) kind=\S+ size=(\d+)", line)
            if m:
                pops[m.group(1)] = int(m.group(2))
                current = None
                continue
            m = re.match(r"projection (.+?) -> (.+?) kind=(\S+)(?: model=(\S+))?.*? rule=(.+?)"
                         r"(?: via ports)? synapses=(\d+)", line)
            if m:
                current = {"src": m.group(1), "dst": m.group(2), "kind": m.group(3),
                           "model": m.group(4), "rule": m.group(5), "synapses": int(m.group(6)),
                           "pairs": [], "line": line}
                projs.append(current)
                continue
            m = re.match(r"  in-degree mean=(\S+) min=(\S+) max=(\S+)  out-degree mean=(\S+) "
                         r"min=(\S+) max=(\S+)", line)
            if m and current is not None:
                current["in"] = tuple(float(x) for x in m.groups()[:3])
                current["out"] = tuple(float(x) for x in m.groups()[3:])
                continue
            m = re.match(r"  (\d+) -> (\d+)", line)
            if m and current is not None:
                current["pairs"].append((int(m.group(1)), int(m.group(2))))
    return pops, projs


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("network")
    conditions.add_arguments(parser)
    args = parser.parse_args()
    pops, projs = parse(args.network)

    def named(full, name):
        # A set of several populations ('A+B') matches only by its full name.
        return name is None or full == name or ("+" not in full and full.endswith("." + name))

    def size(pop):
        found = [p for p in pops if named(p, pop)]
        if len(found) != 1:
            sys.exit(f"network.py: '{pop}' matches {found}")
        return pops[found[0]]

    def proj(src, dst, rule=None):
        found = [p for p in projs if named(p["src"], src) and named(p["dst"], dst)
                 and (rule is None or p["rule"].startswith(rule))]
        if len(found) != 1:
            sys.exit(f"network.py: projection {src} -> {dst} (rule {rule}) matches "
                     f"{[p['line'] for p in found]}")
        return found[0]

    names = {"size": size, "proj": proj, "abs": abs, "min": min, "max": max, "all": all,
             "any": any, "len": len, "sum": sum, "set": set, "sorted": sorted, "range": range,
             "zip": zip}
    failed = not conditions.evaluate(args, names)
    if failed:
        for p in projs:
            print("  " + p["line"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
