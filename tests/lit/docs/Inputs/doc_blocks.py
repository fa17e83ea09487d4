#!/usr/bin/env python3
"""Runs a documentation page's examples, so that they cannot rot.

  doc_blocks.py FLUXC PAGE.md WORKDIR

Every ```flux block of the page whose first line is a comment naming a file (`// two.flux`)
is written to WORKDIR under that name and must pass `fluxc check`. Then every line of the
page's ```sh blocks that starts with `fluxc ` runs in WORKDIR, in page order, with `fluxc`
replaced by FLUXC (and `-q` added to `fluxc run`, to keep the progress bar and summary out of
the test's log). A command must exit with 0. Prints one line per file and command: "ok: ..."
or "FAIL: ..." with the command's output; exits 1 if anything failed.
"""

import os
import re
import subprocess
import sys


def blocks(text, language):
    return re.findall(r"^```" + language + r"\n(.*?)^```", text, re.S | re.M)


def main(fluxc, page, workdir):
    fluxc = os.path.abspath(fluxc)
    text = open(page).read()
    failed = False

    def run(label, command):
        nonlocal failed
        # pipefail: `fluxc ... | head` fails when fluxc does.
        done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=workdir,
                              capture_output=True, text=True)
        if done.returncode == 0:
            print(f"ok: {label}")
        else:
            failed = True
            print(f"FAIL: {label} (exit {done.returncode})\n{done.stdout}{done.stderr}")

    for block in blocks(text, "flux"):
        name = re.match(r"// (\S+\.flux)\n", block)
        if not name:
            continue
        with open(f"{workdir}/{name.group(1)}", "w") as f:
            f.write(block)
        run(f"check {name.group(1)}", f"{fluxc} check {name.group(1)}")
    for block in blocks(text, "sh"):
        for line in block.splitlines():
            line = line.split("#")[0].strip()
            if not line.startswith("fluxc "):
                continue
            command = fluxc + line[len("fluxc"):]
            if line.startswith("fluxc run "):
                command = command.replace(" run ", " run -q ", 1)
            run(line, command)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
