#!/usr/bin/env bash
# Runs this benchmark on both engines and prints a Markdown table (see ../run-bench.sh for the
# settings: TIME, DT, SEED, ENGINES, FLUXC, OUT_DIR; files given as arguments replace the
# default). The network is examples/brunel/brunel.flux, whose last circuit, BrunelAI (the
# asynchronous irregular state of Brunel 2000 at full scale), is the one that runs.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TIME=${TIME:-10s} BENCH_DIR=$here DEFAULT_FILES="../../examples/brunel/brunel.flux" \
  exec bash "$here/../run-bench.sh" "$@"
