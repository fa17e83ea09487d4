"""Checks every ```flux block of a Markdown file with `fluxc check`.

usage: doc_examples.py FLUXC FILE.md WORKDIR [--section TITLE ...]

Writes each block to WORKDIR/block-N.flux and runs `FLUXC check` on it. Prints 'ok: line L'
per block that passes and 'FAIL: line L' with fluxc's diagnostics per block that does not.
With --section TITLE (a '## TITLE' heading, repeatable), also requires every '### ' entry
under those headings to have at least one flux block ('FAIL: entry ... has no example').
Ends with 'checked N blocks, M entries' and exits 1 if anything failed.
"""
import argparse
import os
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("fluxc")
    parser.add_argument("markdown")
    parser.add_argument("workdir")
    parser.add_argument("--section", action="append", default=[])
    args = parser.parse_args()
    os.makedirs(args.workdir, exist_ok=True)
    with open(args.markdown, encoding="utf-8") as f:
        lines = f.read().split("\n")

    blocks = []            # (first line number, text)
    entries = {}           # '### ' entry -> number of flux blocks under it
    section, entry, block, start = None, None, None, 0
    for number, line in enumerate(lines, start=1):
        if block is not None:
            if line.strip() == "```":
                blocks.append((start, "\n".join(block) + "\n"))
                if entry is not None:
                    entries[entry] += 1
                block = None
            else:
                block.append(line)
            continue
        if line.startswith("```flux"):
            block, start = [], number
        elif line.startswith("## "):
            section, entry = line[3:].strip(), None
        elif line.startswith("### ") and section in args.section:
            entry = f"{section} / {line[4:].strip()}"
            entries[entry] = 0
    if block is not None:
        print(f"FAIL: the block at line {start} is not closed")
        return 1

    failed = False
    for index, (start, text) in enumerate(blocks):
        path = os.path.join(args.workdir, f"block-{index}.flux")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        result = subprocess.run([args.fluxc, "check", path], capture_output=True, text=True)
        if result.returncode == 0 and not result.stderr and not result.stdout:
            print(f"ok: line {start}")
        else:
            failed = True
            print(f"FAIL: line {start}:\n{result.stdout}{result.stderr}")
    for entry, count in entries.items():
        if count == 0:
            failed = True
            print(f"FAIL: entry '{entry}' has no example")
    print(f"checked {len(blocks)} blocks, {len(entries)} entries")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
