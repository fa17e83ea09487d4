// --top can name a circuit that the file imports, as the "declares no circuit" error advises.
// RUN: rm -rf %t && split-file %s %t
// RUN: not %fluxc --emit=network %t/main.flux 2>&1 | FileCheck --check-prefix=NONE %s
// RUN: %fluxc --emit=network --top Lib %t/main.flux | FileCheck %s

// NONE: error: '{{.*}}main.flux' declares no circuit to elaborate; add one, or name an imported one with --top
// CHECK:      network Lib seed=1
// CHECK:      population Lib.L kind=neurons size=2 first=0 model=Mlif

//--- main.flux
import "lib.flux"
//--- lib.flux
import stdlib.neurons
circuit Lib { population L[2] : Mlif }
