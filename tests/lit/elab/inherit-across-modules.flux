// RUN: %fluxc check --emit=network --full %s | FileCheck %s
// A circuit that extends a circuit of another module: the inherited members still see the
// lets and externs of the module they were written in, while the derived circuit's
// parameter override applies.
import "Inputs/base-circuit.flux" as b

circuit Derived extends b.Base { r = 20 Hz }

// CHECK: population Derived.a kind=neurons size=1
// CHECK: population Derived.d kind=source
// CHECK-NEXT: param rate = 0.02 kHz
// CHECK: population out1 kind=extern-output size=1
// CHECK: projection Derived.d -> Derived.a kind=direct rule=all_to_all synapses=1 weight=0.5
// CHECK: projection Derived.a -> out1 kind=output
