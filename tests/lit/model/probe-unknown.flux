// A probe that names no neuron, or a state the neuron's model does not have, is an error
// that says what is wrong (and lists the model's state variables), before anything runs,
// on either engine; fluxc exits 1.
// RUN: not %fluxc run %s -q --time 5ms --probe Top.n.levl 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STATE --match-full-lines
// RUN: not %fluxc run %s -q --time 5ms --engine step --probe Top.n.levl 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STATE --match-full-lines
// RUN: not %fluxc run %s -q --time 5ms --probe Top.m.level 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NEURON --match-full-lines
// RUN: not %fluxc run %s -q --time 5ms --engine step --probe Top.E[4].level 2>&1 \
// RUN:   | FileCheck %s --check-prefix=INDEX --match-full-lines
// RUN: not %fluxc run %s -q --time 5ms --probe Top.E.level 2>&1 \
// RUN:   | FileCheck %s --check-prefix=POPULATION --match-full-lines
// RUN: not %fluxc run %s -q --time 5ms --probe Top.kick.level 2>&1 \
// RUN:   | FileCheck %s --check-prefix=INPUT --match-full-lines
// RUN: not %fluxc run %s -q --time 5ms --probe level 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BARE --match-full-lines
// A good probe next to a bad one: still an error, and no probe file is written.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %fluxc run %s -q --time 5ms --probe Top.n.level --probe Top.n.levl \
// RUN:   --probe-output %t/probes.csv 2>&1 | FileCheck %s --check-prefix=STATE --match-full-lines
// RUN: not ls %t/probes.csv

// STATE:      fluxc: error: the probe 'Top.n.levl': 'Mlif' has no state 'levl'; its state variables are level, theta, mod
// STATE-NEXT: 1 error generated.
// NEURON:      fluxc: error: the probe 'Top.m.level' names no neuron: there is no 'Top.m' (neurons are named like 'Top.column.E[3]'; see --emit=network)
// NEURON-NEXT: 1 error generated.
// INDEX:      fluxc: error: the probe 'Top.E[4].level' names no neuron: there is no 'Top.E[4]' {{.*}}
// POPULATION: fluxc: error: the probe 'Top.E.level' names no neuron: there is no 'Top.E' {{.*}}
// INPUT:      fluxc: error: the probe 'Top.kick.level' names an input, which has no state
// BARE:       fluxc: error: a probe names a neuron and a state variable, such as 'Osc.a.level'; got 'level'

import stdlib.neurons

circuit Top {
  input kick : regular(rate = 100 Hz)
  neuron n : Mlif
  population E[4] : Mlif
  kick -> n : direct(w = 0.3)
}
