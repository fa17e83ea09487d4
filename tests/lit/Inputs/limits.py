"""Runs a command under a wall-clock limit and checks its peak memory afterwards.

usage: limits.py --seconds S --memory-mib M [--remove-after FILE] -- COMMAND [ARG...]

The command's standard output and error pass through, and its exit status is returned.
If it runs longer than S seconds it is killed and this prints "limits.py: timed out after S
seconds" and exits 124; if its peak resident memory exceeded M MiB this prints
"limits.py: used N MiB, more than M MiB" and exits 125. Lit tests use it to pin down that
fluxc refuses pathological input quickly and cheaply. --remove-after deletes a (large)
generated input once the command is done, whatever happened.
"""
import argparse
import os
import resource
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, required=True)
    parser.add_argument("--memory-mib", type=float, required=True)
    parser.add_argument("--remove-after", metavar="FILE")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    try:
        return run(command, args)
    finally:
        if args.remove_after and os.path.exists(args.remove_after):
            os.remove(args.remove_after)


def run(command, args):
    try:
        result = subprocess.run(command, timeout=args.seconds)
    except subprocess.TimeoutExpired:
        print(f"limits.py: timed out after {args.seconds:g} seconds", file=sys.stderr)
        return 124
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    if peak_mib > args.memory_mib:
        print(f"limits.py: used {peak_mib:.0f} MiB, more than {args.memory_mib:g} MiB",
              file=sys.stderr)
        return 125
    if result.returncode < 0:
        print(f"limits.py: killed by signal {-result.returncode}", file=sys.stderr)
        return 126
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
