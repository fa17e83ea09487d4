// stdlib.circuits.Column elaborates with the expected populations and connections, and runs.
// `col` is Column(n = 50, l4 = 0.2): 40 excitatory and 10 inhibitory cells (80/20), STDP
// recurrent excitation with exactly 10 inputs per cell and no self-connection, the
// interneurons excited by a random tenth of the E -> I pairs (400 pairs: 20 to 60 synapses,
// measured 39) and inhibiting the E cells through Capacity synapses (a fifth of 400: 50 to
// 110, measured 75), a ring among them (10 x 2 x 4 = 80), and the thalamic port bound to
// the first 8 E cells (layer 4). `static` is Column(n = 40, ei = 0.75, plastic = false):
// 30 + 10 cells and static recurrent excitation. Then both run for 500 ms under a 100 Hz
// thalamic Poisson drive, on both engines: every E cell fires, also the 32 of `col` that the
// thalamus does not reach (recurrent excitation; measured 5 to 16 spikes each), the layer-4
// cells fire more than the rest, and the interneurons fire.
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc --emit=network --full %t/columns.flux > %t/network.txt
// RUN: %python %S/Inputs/network.py %t/network.txt \
// RUN:   --expect 'size("col.E") == 40 and size("col.I") == 10' \
// RUN:   --expect 'size("static.E") == 30 and size("static.I") == 10' \
// RUN:   --expect 'proj("col.E", "col.E")["model"] == "Stdp" and proj("col.E", "col.E")["synapses"] == 400' \
// RUN:   --expect 'proj("col.E", "col.E")["in"][1:] == (10, 10) and all(i != j for i, j in proj("col.E", "col.E")["pairs"])' \
// RUN:   --expect 'proj("static.E", "static.E")["kind"] == "direct" and proj("static.E", "static.E")["synapses"] == 300' \
// RUN:   --expect '20 <= proj("col.E", "col.I")["synapses"] <= 60' \
// RUN:   --expect 'proj("col.I", "col.E")["model"] == "Capacity" and 50 <= proj("col.I", "col.E")["synapses"] <= 110' \
// RUN:   --expect 'proj("col.I", "col.I")["rule"] == "ring(4)" and proj("col.I", "col.I")["synapses"] == 80' \
// RUN:   --expect 'proj("thal", "col.E[0 .. 8]")["synapses"] == 8 and proj("thal", "static.E[0 .. 8]")["synapses"] == 8' \
// RUN:   | FileCheck %s --check-prefix=NET
// RUN: %fluxc run %t/columns.flux -q --time 500ms --record %t/event.csv
// RUN: %fluxc run %t/columns.flux -q --time 500ms --engine step --dt 0.1ms --record %t/step.csv
// RUN: %python %S/Inputs/trains.py --run event=%t/event.csv --run step=%t/step.csv \
// RUN:   --show '[[count(e, "col.E", i) for i in range(40)] for e in runs]' \
// RUN:   --expect 'all(count(e, "col.E", i) > 0 for e in runs for i in range(40))' \
// RUN:   --expect 'all(count(e, "static.E", i) > 0 for e in runs for i in range(30))' \
// RUN:   --expect 'all(sum(count(e, "col.E", i) for i in range(8)) / 8 > sum(count(e, "col.E", i) for i in range(8, 40)) / 32 for e in runs)' \
// RUN:   --expect 'all(sum(count(e, c, i) for i in range(10)) > 0 for e in runs for c in ["col.I", "static.I"])' \
// RUN:   | FileCheck %s --check-prefix=SIM

// NET-COUNT-9: ok:
// NET-NOT: FAIL
// SIM-COUNT-4: ok:
// SIM-NOT: FAIL

//--- columns.flux
import stdlib.circuits as circuits

circuit Top {
  instance col : circuits.Column(n = 50, l4 = 0.2)
  instance static : circuits.Column(n = 40, ei = 0.75, plastic = false)
  input thal : poisson(rate = 100 Hz)
  thal -> col.thalamus
  thal -> static.thalamus
}
