// stdlib.circuits.SmallWorldCortex elaborates with the expected populations and connections,
// and runs. SmallWorldCortex(columns = 4, k = 6, p = 0.2, column_size = 50): four Columns of
// 40 + 10 cells, each with its own recurrent STDP excitation (400 synapses), and the 160
// excitatory cells of the sheet on one small-world graph of Stdp synapses (w 0.05, delay
// 2 ms): 160 x 6 = 960 synapses, 6 inputs per cell on average, no self-connection, every
// link both ways; about a fraction p of them rewired to a cell further than k / 2 = 3 places
// on the ring (0.1 to 0.3; measured 0.198), so that columns that are not neighbours are
// linked (measured 40 synapses between C[0] and C[2] or C[1] and C[3]) and there are more
// links between columns than the 48 of the unrewired lattice (measured 178). The thalamic
// port reaches the 10 layer-4 cells of every column. Then the sheet runs for 500 ms under a
// 100 Hz thalamic Poisson drive, on both engines: every excitatory cell of every column
// fires, and every column's interneurons fire.
// RUN: rm -rf %t && split-file %s %t
// RUN: %fluxc --emit=network --full %t/sheet.flux > %t/network.txt
// RUN: %python %S/Inputs/network.py %t/network.txt \
// RUN:   --let 'sw = proj(None, None, rule="small_world")' \
// RUN:   --let 'dist = [min(abs(i - j), 160 - abs(i - j)) for i, j in sw["pairs"]]' \
// RUN:   --let 'cross = [(i // 40, j // 40) for i, j in sw["pairs"] if i // 40 != j // 40]' \
// RUN:   --show 'len([d for d in dist if d > 3]) / len(dist)' --show 'len(cross)' \
// RUN:   --expect 'all(size("C[%%d].E" %% c) == 40 and size("C[%%d].I" %% c) == 10 for c in range(4))' \
// RUN:   --expect 'all(proj("C[%%d].E" %% c, "C[%%d].E" %% c)["synapses"] == 400 for c in range(4))' \
// RUN:   --expect 'sw["model"] == "Stdp" and sw["rule"] == "small_world(6, 0.2)" and sw["synapses"] == 960' \
// RUN:   --expect 'sw["in"][0] == 6 and all(i != j for i, j in sw["pairs"])' \
// RUN:   --expect 'set(sw["pairs"]) == set((j, i) for i, j in sw["pairs"])' \
// RUN:   --expect '0.1 <= len([d for d in dist if d > 3]) / len(dist) <= 0.3' \
// RUN:   --expect 'len(cross) > 48 and any(abs(a - b) == 2 for a, b in cross)' \
// RUN:   --expect 'all(proj("thal", "C[%%d].E[0 .. 10]" %% c)["synapses"] == 10 for c in range(4))' \
// RUN:   | FileCheck %s --check-prefix=NET
// RUN: %fluxc run %t/sheet.flux -q --time 500ms --record %t/event.csv
// RUN: %fluxc run %t/sheet.flux -q --time 500ms --engine step --dt 0.1ms --record %t/step.csv
// RUN: %python %S/Inputs/trains.py --run event=%t/event.csv --run step=%t/step.csv \
// RUN:   --show '[[sum(count(e, "C[%%d].E" %% c, i) for i in range(40)) for c in range(4)] for e in runs]' \
// RUN:   --expect 'all(count(e, "C[%%d].E" %% c, i) > 0 for e in runs for c in range(4) for i in range(40))' \
// RUN:   --expect 'all(sum(count(e, "C[%%d].I" %% c, i) for i in range(10)) > 0 for e in runs for c in range(4))' \
// RUN:   | FileCheck %s --check-prefix=SIM

// NET-COUNT-8: ok:
// NET-NOT: FAIL
// SIM-COUNT-2: ok:
// SIM-NOT: FAIL

//--- sheet.flux
import stdlib.circuits as circuits

circuit Top {
  instance sheet : circuits.SmallWorldCortex(columns = 4, k = 6, p = 0.2, column_size = 50)
  input thal : poisson(rate = 100 Hz)
  thal -> sheet.thalamus
}
