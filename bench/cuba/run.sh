#!/usr/bin/env bash
# Runs this benchmark on both engines and prints a Markdown table (see ../run-bench.sh for the
# settings: TIME, DT, SEED, ENGINES, FLUXC, OUT_DIR; files given as arguments replace the
# defaults).
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_DIR=$here DEFAULT_FILES="cuba.flux" exec bash "$here/../run-bench.sh" "$@"
