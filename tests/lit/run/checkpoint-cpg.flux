// Checkpoints (docs/checkpoints.md) on examples/cpg: a run of 2 s records the same spikes,
// byte for byte, as a run of 1 s that saves a checkpoint followed by a run that restores it
// and goes on for 1 s, on the event engine and on the step engine. The network has regular
// and Poisson sources, delays and a modulatory command, so the checkpoint carries pending
// deliveries, source positions and the neurons' adaptive state.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %fluxc run %s -q --time 2s --record %t/event-full.csv
// RUN: %fluxc run %s -q --time 1s --save-checkpoint %t/event.ckpt
// RUN: %fluxc run %s -q --time 1s --restore-checkpoint %t/event.ckpt --record %t/event-rest.csv
// RUN: awk -F, 'NR == 1 || $1 >= 1000' %t/event-full.csv > %t/event-after.csv
// RUN: diff %t/event-after.csv %t/event-rest.csv
// RUN: FileCheck %s --check-prefix=SPIKES < %t/event-rest.csv
// RUN: %fluxc run %s -q --engine step --time 2s --record %t/step-full.csv
// RUN: %fluxc run %s -q --engine step --time 1s --save-checkpoint %t/step.ckpt
// RUN: %fluxc run %s -q --engine step --time 1s --restore-checkpoint %t/step.ckpt \
// RUN:   --record %t/step-rest.csv
// RUN: awk -F, 'NR == 1 || $1 >= 1000' %t/step-full.csv > %t/step-after.csv
// RUN: diff %t/step-after.csv %t/step-rest.csv
// RUN: FileCheck %s --check-prefix=SPIKES < %t/step-rest.csv
// SPIKES:      time_ms,neuron,population,index
// SPIKES-NEXT: {{^100[0-9]}}
// SPIKES:      Walk.walk.osc.b

// Restoring twice from one file gives the same run again; the summary covers the restored
// run only (1 s, its own spikes).
// RUN: %fluxc run %s --time 1s --restore-checkpoint %t/event.ckpt --record %t/again.csv \
// RUN:   | FileCheck %s --check-prefix=SUMMARY
// RUN: diff %t/event-rest.csv %t/again.csv
// SUMMARY: simulated time    1.000 s (event engine)

// A checkpoint is rejected, with exit status 1 and a message naming the file and the problem,
// when it comes from the other engine, another seed or dt, or is damaged. Nothing is recorded.
// RUN: not %fluxc run %s -q --engine step --restore-checkpoint %t/event.ckpt \
// RUN:   --record %t/rejected.csv 2>&1 | FileCheck %s --check-prefix=ENGINE
// RUN: not ls %t/rejected.csv
// ENGINE: fluxc: error: checkpoint '{{.*}}event.ckpt' was saved by the event engine; this run uses the step engine
// RUN: not %fluxc run %s -q --seed 2 --restore-checkpoint %t/event.ckpt 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SEED
// SEED: fluxc: error: checkpoint '{{.*}}event.ckpt' does not fit this run: it was saved with seed 1, this run uses seed 2
// RUN: not %fluxc run %s -q --engine step --dt 0.05ms --restore-checkpoint %t/step.ckpt 2>&1 \
// RUN:   | FileCheck %s --check-prefix=DT
// DT: fluxc: error: checkpoint '{{.*}}step.ckpt' does not fit this run: it was saved with dt = 0.1 ms, this run uses dt = 0.05 ms
// RUN: head -c 300 %t/event.ckpt > %t/truncated.ckpt
// RUN: not %fluxc run %s -q --restore-checkpoint %t/truncated.ckpt 2>&1 \
// RUN:   | FileCheck %s --check-prefix=TRUNCATED
// TRUNCATED: fluxc: error: checkpoint '{{.*}}truncated.ckpt' is truncated: 300 of {{[0-9]+}} bytes
// RUN: head -c 10 %t/event.ckpt > %t/short.ckpt
// RUN: not %fluxc run %s -q --restore-checkpoint %t/short.ckpt 2>&1 \
// RUN:   | FileCheck %s --check-prefix=SHORT
// SHORT: fluxc: error: checkpoint '{{.*}}short.ckpt' is truncated: 10 of at least 24 bytes
// RUN: %python %S/Inputs/flip-byte.py %t/event.ckpt %t/flipped.ckpt 200
// RUN: not %fluxc run %s -q --restore-checkpoint %t/flipped.ckpt 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FLIPPED
// FLIPPED: fluxc: error: checkpoint '{{.*}}flipped.ckpt' is corrupt: checksum mismatch
// RUN: %python %S/Inputs/flip-byte.py %t/event.ckpt %t/version.ckpt 8 1
// RUN: not %fluxc run %s -q --restore-checkpoint %t/version.ckpt 2>&1 \
// RUN:   | FileCheck %s --check-prefix=VERSION
// VERSION: fluxc: error: checkpoint '{{.*}}version.ckpt' has format version 3; only version 2 is supported
// RUN: not %fluxc run %s -q --restore-checkpoint %s 2>&1 | FileCheck %s --check-prefix=MAGIC
// MAGIC: fluxc: error: checkpoint '{{.*}}checkpoint-cpg.flux' is not a Flux checkpoint (it does not start with FLUXCKPT)
// RUN: not %fluxc run %s -q --restore-checkpoint %t/missing.ckpt 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MISSING
// MISSING: fluxc: error: cannot read checkpoint '{{.*}}missing.ckpt': No such file or directory

import "../../../examples/cpg/cpg.flux" as cpg

circuit Walk {
  // A command at 5 Hz and more spontaneous (Poisson) modulation than the example's default.
  instance walk : cpg.Cpg(command_rate = 5 Hz, spontaneous = 20 Hz)
}
