#!/usr/bin/env python3
"""Checks a documentation page's examples, so that they cannot rot.

  doc_blocks.py FLUXC PAGE.md WORKDIR [--section TITLE ...] [--run-commands]

Every ```flux block is written to WORKDIR and must pass `fluxc check` silently: under the
name its first line gives in a comment (`// two.flux`, so later commands can use it), else as
block-N.flux. Prints "ok: check NAME" for a named block, "ok: line L" for another, or "FAIL: ..."
with fluxc's diagnostics.

--section TITLE (a '## TITLE' heading, repeatable) also requires every '### ' entry under those
headings to have at least one flux block ("FAIL: entry ... has no example").

--run-commands then runs, in page order and in WORKDIR, every line of the page's ```sh blocks
that starts with `fluxc `, with `fluxc` replaced by FLUXC and `-q` added to `fluxc run` (to
keep the progress bar and summary out of the test's log). A command must exit with 0: "ok:
COMMAND" or "FAIL: COMMAND" with its output.

Ends with "checked N blocks, M entries" and exits 1 if anything failed.
"""

import argparse
import os
import re
import subprocess
import sys


def parse(lines, sections):
    """The page's flux blocks as (first line number, text), its sh blocks' lines, and its '### '
    entries under `sections` with their numbers of flux blocks; None for a block left open."""
    flux, commands, entries = [], [], {}
    section, entry, block, language, start = None, None, None, None, 0
    for number, line in enumerate(lines, start=1):
        if block is not None:
            if line.strip() == "```":
                if language == "flux":
                    flux.append((start, "\n".join(block) + "\n"))
                    if entry is not None:
                        entries[entry] += 1
                elif language == "sh":
                    commands.extend(block)
                block = None
            else:
                block.append(line)
            continue
        if line.startswith("```"):
            block, language, start = [], line[3:].strip(), number
        elif line.startswith("## "):
            section, entry = line[3:].strip(), None
        elif line.startswith("### ") and section in sections:
            entry = f"{section} / {line[4:].strip()}"
            entries[entry] = 0
    if block is not None:
        print(f"FAIL: the block at line {start} is not closed")
        return None
    return flux, commands, entries


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("fluxc")
    parser.add_argument("page")
    parser.add_argument("workdir")
    parser.add_argument("--section", action="append", default=[])
    parser.add_argument("--run-commands", action="store_true")
    args = parser.parse_args(argv)
    fluxc = os.path.abspath(args.fluxc)
    os.makedirs(args.workdir, exist_ok=True)
    with open(args.page, encoding="utf-8") as f:
        parsed = parse(f.read().split("\n"), args.section)
    if parsed is None:
        return 1
    flux, commands, entries = parsed
    failed = False

    def run(label, command, silent=False):
        nonlocal failed
        # pipefail: `fluxc ... | head` fails when fluxc does.
        done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=args.workdir,
                              capture_output=True, text=True)
        if done.returncode == 0 and not (silent and (done.stdout or done.stderr)):
            print(f"ok: {label}")
        else:
            failed = True
            print(f"FAIL: {label} (exit {done.returncode})\n{done.stdout}{done.stderr}")

    for index, (start, text) in enumerate(flux):
        named = re.match(r"// (\S+\.flux)\n", text)
        name = named.group(1) if named else f"block-{index}.flux"
        with open(os.path.join(args.workdir, name), "w", encoding="utf-8") as f:
            f.write(text)
        run(f"check {name}" if named else f"line {start}", f"{fluxc} check {name}", silent=True)
    for entry, count in entries.items():
        if count == 0:
            failed = True
            print(f"FAIL: entry '{entry}' has no example")
    if args.run_commands:
        for line in commands:
            line = line.split("#")[0].strip()
            if not line.startswith("fluxc "):
                continue
            command = fluxc + line[len("fluxc"):]
            if line.startswith("fluxc run "):
                command = command.replace(" run ", " run -q ", 1)
            run(line, command)
    print(f"checked {len(flux)} blocks, {len(entries)} entries")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
