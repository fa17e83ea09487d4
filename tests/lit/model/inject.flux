// Value and current injection (`fluxc run --inject FILE`): a 200 pA step current through the
// bias parameter `i_e` of CobaLif neurons between 50 and 150 ms makes them fire only then (the
// first spike 13.9 ms after the step, when v reaches threshold: 20 ms * ln 2), on both
// engines; a state value set at 20 ms holds from then on; a bad target is an error with the
// file and line.
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc run %t/net.flux --time 250ms -q --inject %t/inject.csv --record %t/event.csv \
// RUN:   --probe Top.m.level --probe-every 10ms --probe-output %t/event-probes.csv
// RUN: %python %S/Inputs/spikes.py %t/event.csv --only Top.E | FileCheck %s --check-prefix=EVENT
// RUN: FileCheck %s --check-prefix=PROBE < %t/event-probes.csv
// RUN: %fluxc run %t/net.flux --time 250ms -q --engine step --inject %t/inject.csv \
// RUN:   --record %t/step.csv
// RUN: %python %S/Inputs/spikes.py %t/step.csv --only Top.E | FileCheck %s --check-prefix=STEP
// RUN: not %fluxc run %t/net.flux --time 10ms -q --inject %t/bad.csv 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD

// EVENT:     Top.E[0] 63.9
// EVENT-NOT: {{ (1[5-9][0-9]|2[0-9][0-9])(\.[0-9]+)?$}}
// EVENT:     end:
// STEP:      Top.E[0] 63.9
// STEP-NOT:  {{ (1[5-9][0-9]|2[0-9][0-9])(\.[0-9]+)?$}}
// STEP:      end:
// PROBE:      10,0
// PROBE-NEXT: 20,0.7
// PROBE-NEXT: 30,0.7
// BAD: fluxc: error: {{.*}}bad.csv:3: 'Mlif' has no parameter or state 'volts'

//--- net.flux
import stdlib.benchmarks
import stdlib.neurons

circuit Top {
  population E[4] : CobaLif
  neuron m : Mlif { leak = 0 per ms }
}

//--- inject.csv
time_ms,target,value
# a 200 pA step current into every E neuron between 50 and 150 ms
50,Top.E.i_e,200
150,Top.E.i_e,0
# a value: m's level, from 20 ms on
20,Top.m.level,0.7
//--- bad.csv
time_ms,target,value
10,Top.E.i_e,200
20,Top.m.volts,1
