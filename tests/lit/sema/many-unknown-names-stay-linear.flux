// UNSUPPORTED: asan
// 10,000 circuits that each use an unknown model: the first 20 errors are reported with
// suggestions, the rest are counted without work per error, so the run stays well under the
// time limit (suggestions against 10,000 names per error once took minutes).
// RUN: %python -c "print(''.join('circuit C%%d { population E[4] : Mlif }\n' %% i for i in range(10000)))" > %t.flux
// RUN: not %python %S/../Inputs/limits.py --seconds 20 --memory-mib 2048 -- %fluxc check %t.flux 2>&1 | FileCheck %s
// CHECK: error: unknown neuron model 'Mlif'
// CHECK: too many errors emitted, stopping now
