// Circuits of the Flux standard library: reusable networks built from stdlib.neurons and
// stdlib.synapses.
//
// `import stdlib.circuits` brings in the circuits below; docs/stdlib.md shows each with an
// example.

import stdlib.neurons
import stdlib.synapses as syn

// ---- circuits: Cpg, WinnerTakeAll, Column, SmallWorldCortex ----

// ---- circuits: Brunel ----
