// RUN: %fluxc --emit=ast %s | FileCheck %s
// Imports of a dotted module name, with and without 'as', and with an optional ';'.

import std.neurons
import std.synapses.stdp as plasticity;
import lib

// CHECK:      Module "{{.*}}import-module.flux"
// CHECK-NEXT:   Import std.neurons <4:1>
// CHECK-NEXT:   Import std.synapses.stdp as plasticity <5:1>
// CHECK-NEXT:   Import lib <6:1>
// CHECK-NOT: {{.}}
