#!/usr/bin/env bash
# Embedding, end to end, as a user does it (docs/embedding.md): install the runtime to a
# fresh prefix, build networks with `fluxc build`, build C programs against both with CMake
# (and one with pkg-config), run them, and check that no compiler library is linked or loaded.
#   run.sh BUILD_DIR SOURCE_DIR WORK_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
work=$3
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)

step() { echo "== $*"; }

step "install fluxc, the standard library and the runtime to $work/prefix"
cmake --install "$build" --prefix "$work/prefix" >"$work/install.log"
# The installed compiler, with the standard library installed beside it.
fluxc=$work/prefix/bin/fluxc
test -f "$work/prefix/share/flux/stdlib/neurons.flux"

step "fluxc build: cpg, conditioning, quiet"
"$fluxc" build "$src/examples/cpg/cpg.flux" --name cpg -o "$work/cpg"
"$fluxc" build "$src/examples/conditioning/conditioning.flux" --name conditioning \
  -o "$work/conditioning"
"$fluxc" build "$src/bench/embed/quiet.flux" --name quiet -o "$work/quiet"
"$fluxc" build "$src/examples/embed-snake/snake.flux" --name snake -o "$work/snake"
"$fluxc" build "$src/tests/embed/regen.flux" --name regen -o "$work/regen" --embed-synapses 500
"$fluxc" build "$src/tests/embed/regen.flux" --name regendata -o "$work/regendata" \
  --embed-synapses 100000000
regen_bytes=$(stat -c %s "$work/regen/lib/libregen.a")
data_bytes=$(stat -c %s "$work/regendata/lib/libregendata.a")
echo "library with the rules: $regen_bytes bytes; with every synapse: $data_bytes bytes"
if [ $((regen_bytes * 5)) -gt "$data_bytes" ]; then
  echo "FAIL: the regenerating library is not much smaller"
  exit 1
fi

prefixes="$work/prefix;$work/cpg;$work/conditioning;$work/quiet;$work/snake;$work/regen"
prefixes="$prefixes;$work/regendata"

step "examples/embed-c with CMake"
cmake -S "$src/examples/embed-c" -B "$work/embed-c" "${generator[@]}" \
  -DCMAKE_PREFIX_PATH="$prefixes" >"$work/embed-c.log"
cmake --build "$work/embed-c" >>"$work/embed-c.log"
"$work/embed-c/embed-c"

step "examples/embed-c with pkg-config"
export PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig:$work/cpg/lib/pkgconfig"
# shellcheck disable=SC2046
cc -std=c99 -Wall -Werror "$src/examples/embed-c/main.c" -o "$work/embed-c-pkgconfig" \
  $(pkg-config --cflags --libs cpg)
"$work/embed-c-pkgconfig" >/dev/null && echo "ok: built with pkg-config and ran"

step "examples/embed-c against the shared library of fluxc build --shared"
"$fluxc" build "$src/examples/cpg/cpg.flux" --name cpg -o "$work/cpg-shared" --shared
cc -std=c99 -Wall -Werror "$src/examples/embed-c/main.c" -o "$work/embed-c-shared" \
  -I"$work/cpg-shared/include" -I"$work/prefix/include" -L"$work/cpg-shared/lib" -lcpg \
  -Wl,-rpath,"$work/cpg-shared/lib"
ldd "$work/embed-c-shared" | grep -q "libcpg.so" && echo "ok: linked against libcpg.so"
"$work/embed-c-shared" | tail -1
exported=$(nm -D --defined-only "$work/cpg-shared/lib/libcpg.so" | awk '{print $3}' |
  grep -v -e '^flux_' -e '^cpg_network$' || true)
if [ -n "$exported" ]; then
  echo "FAIL: libcpg.so exports more than the C API: $exported"
  exit 1
fi
echo "ok: libcpg.so exports the C API and cpg_network only"

step "examples/embed-snake (C++): evolution of a game agent"
cmake -S "$src/examples/embed-snake" -B "$work/snake-build" "${generator[@]}" \
  -DCMAKE_PREFIX_PATH="$prefixes" >"$work/snake.log"
cmake --build "$work/snake-build" >>"$work/snake.log"
"$work/snake-build/embed-snake" --generations 20 | tail -4

step "API checks and the overhead benchmark"
cmake -S "$src/tests/embed" -B "$work/api" "${generator[@]}" -DCMAKE_PREFIX_PATH="$prefixes" \
  >"$work/api.log"
cmake --build "$work/api" >>"$work/api.log"
(cd "$work/api" && ./api_test)

step "a distributed simulator through the C API: 1, 2 and 3 processes, the same output"
mpirun=(mpirun --allow-run-as-root --oversubscribe)
"$work/api/distributed_test" >"$work/distributed.1.txt"
for n in 2 3; do
  "${mpirun[@]}" -np "$n" "$work/api/distributed_test" >"$work/distributed.$n.txt"
  # The same lines (the owner of neuron 7 may print before process 0: sorted); only the
  # refused weight call is new with several processes.
  if ! diff <(grep -v "weight call" "$work/distributed.$n.txt" | sort) \
    <(sort "$work/distributed.1.txt"); then
    echo "FAIL: $n processes differ from one"
    exit 1
  fi
done
grep -q "weight call: flux_get_weight: .*not supported by a distributed simulator" "$work/distributed.2.txt"
head -n 1 "$work/distributed.1.txt"
echo "ok: identical with 1, 2 and 3 processes"
"$work/api/regen_test"
"$work/api/step_overhead" 200000

step "no compiler library in the embedded programs"
for exe in "$work/embed-c/embed-c" "$work/api/api_test" "$work/snake-build/embed-snake" \
  "$work/embed-c-shared"; do
  if ldd "$exe" | grep -Ei 'llvm|antlr|glslang|spirv|boost'; then
    echo "FAIL: $exe links a compiler library"
    exit 1
  fi
  # LD_DEBUG=libs lists every library the loader opens while the program runs.
  if LD_DEBUG=libs "$exe" 2>&1 >/dev/null | grep -Ei 'llvm|antlr|glslang'; then
    echo "FAIL: $exe loads a compiler library"
    exit 1
  fi
done
echo "ok: no LLVM, ANTLR or glslang linked or loaded"
echo "embed: all passed"
