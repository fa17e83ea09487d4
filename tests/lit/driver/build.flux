// fluxc build: a static library, a C header for this network, a CMake package and a
// pkg-config file (docs/embedding.md); the library exports one symbol, <name>_network.
// RUN: rm -rf %t
// RUN: %fluxc build %s --name tiny -o %t | FileCheck %s --check-prefix=OUT
// OUT: fluxc: built 'tiny' in {{.*}}: include/tiny.h, lib/libtiny.a, lib/cmake/tiny/, lib/pkgconfig/tiny.pc
// RUN: FileCheck %s --check-prefix=HEADER < %t/include/tiny.h
// HEADER:      #include <flux/flux.h>
// HEADER:      extern const flux_network tiny_network;
// HEADER:      static inline flux_status tiny_create(const flux_options *options, flux_sim **out) {
// HEADER:      #define TINY_INPUT_POKE 0u /* poke */
// HEADER-NEXT: #define TINY_INPUT_POKE_SIZE 2u
// HEADER:      #define TINY_OUTPUT_SEEN 0u /* seen */
// HEADER-NEXT: #define TINY_OUTPUT_SEEN_SIZE 1u
// HEADER:      #define TINY_FN_GAIN 0u
// HEADER:      #define TINY_PROJECTION_POKE_TO_CELLS 0u /* poke->Tiny.cells, 2 synapses */
// HEADER:      #define TINY_CELLS_SIZE 2u
// HEADER-NEXT: static const flux_var TINY_CELLS_LEVEL = {0u, 0u, 0u};
// HEADER-NEXT: static const flux_var TINY_CELLS_THRESHOLD = {0u, 0u, 1u};
// RUN: FileCheck %s --check-prefix=CMAKE < %t/lib/cmake/tiny/tinyConfig.cmake
// CMAKE: find_dependency(fluxrt CONFIG)
// CMAKE: add_library(tiny::tiny STATIC IMPORTED)
// RUN: FileCheck %s --check-prefix=PC < %t/lib/pkgconfig/tiny.pc
// PC: prefix=${pcfiledir}/../..
// PC: Requires: fluxrt
// PC: Libs: -L${libdir} -ltiny
// RUN: nm -g --defined-only %t/lib/libtiny.a | FileCheck %s --check-prefix=SYMBOLS
// SYMBOLS:     tiny_network
// SYMBOLS-NOT: flux_k
//
// --fold-params: parameters equal across a population become constants, read-only.
// RUN: %fluxc build %s --name tiny -o %t/folded --fold-params > /dev/null
// RUN: FileCheck %s --check-prefix=FOLDED < %t/folded/include/tiny.h
// FOLDED: TINY_CELLS_THRESHOLD = {0u, 0u, 1u}; /* folded into the code: read-only */
//
// RUN: not %fluxc build %s --name 2bad -o %t/bad 2>&1 | FileCheck %s --check-prefix=NAME
// NAME: fluxc: error: '2bad' cannot name a library: use --name with a C identifier
// RUN: not %fluxc build %s --name flux_x -o %t/bad 2>&1 | FileCheck %s --check-prefix=NAME2
// NAME2: fluxc: error: 'flux_x' cannot name a library
// RUN: not %fluxc build %s --target gpu 2>&1 | FileCheck %s --check-prefix=GPU
// GPU: fluxc: error: --target gpu: libraries for the GPU are not implemented yet ('fluxc run --target gpu' runs a network on the GPU); build for --target cpu
// RUN: not %fluxc build %s --target tpu 2>&1 | FileCheck %s --check-prefix=TARGET
// TARGET: fluxc: error: unknown target 'tpu' for --target; use cpu, gpu or both

extern input poke[2]
extern output seen[1]
extern fn gain() -> real

neuron Cell {
  param threshold = 1.0
  state level = 0.0
  evolve(dt) { level += gain() * dt / 1 ms }
  on direct(w) { level += w }
  fire when level >= threshold
  on fire { level = 0 }
}

circuit Tiny {
  population cells[2] : Cell
  poke -> cells : direct(w = 0.5) with one_to_one
  cells[0 .. 1] -> seen[0]
}
