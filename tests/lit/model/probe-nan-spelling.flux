// Probe files spell values that are not finite `nan`, `inf` and `-inf` (docs/recording.md),
// whatever the sign bit of a NaN: 0 / 0 on x86 is a NaN with the sign bit set, which
// std::to_chars spells "-nan". The samples taken between the moment `bad`'s level becomes
// 0 / 0 (its fifth input, at 41 ms) and the moment the run stops show it.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %fluxc run %S/nan-stops-run.flux -q --time 100ms --probe Top.bad.level \
// RUN:   --probe-every 0.1ms --probe-output %t/event.csv
// RUN: FileCheck %s < %t/event.csv
// RUN: not %fluxc run %S/nan-stops-run.flux -q --engine step --dt 0.1ms --time 100ms \
// RUN:   --probe Top.bad.level --probe-every 0.1ms --probe-output %t/step.csv
// RUN: FileCheck %s < %t/step.csv

// CHECK:     time_ms,Top.bad.level
// CHECK:     {{^}}41.5,nan{{$}}
// CHECK-NOT: -nan
