#!/usr/bin/env bash
# run-fuzzer.sh FUZZER SECONDS WORKDIR DICT SEED_DIR...
# Runs the libFuzzer parser target for a bounded time on the seed corpus. A crash fails the
# test and leaves its input in WORKDIR/artifacts: copy it into tests/fuzz/corpus/ and add a
# lit regression test for it.
set -euo pipefail
fuzzer=$1 seconds=$2 work=$3 dict=$4
shift 4
rm -rf "$work"
mkdir -p "$work/corpus" "$work/artifacts"
export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
set +e
"$fuzzer" -max_total_time="$seconds" -dict="$dict" -artifact_prefix="$work/artifacts/" \
  -timeout=20 -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1 \
  "$work/corpus" "$@" >"$work/fuzz.log" 2>&1
status=$?
set -e
grep -E "^(#[0-9]+.*(DONE|INITED)|stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs)" \
  "$work/fuzz.log" || true
if [ $status -ne 0 ]; then
  tail -n 60 "$work/fuzz.log"
  echo "fuzzer failed (exit $status); inputs that crashed it:" >&2
  ls -l "$work/artifacts" >&2
  exit 1
fi
echo "fuzzer ran ${seconds}s without a crash"
