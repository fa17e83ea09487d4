// Without --top the last circuit of the file is elaborated; --top NAME picks another one; an unknown name is an error.
// RUN: %fluxc --emit=network %s | FileCheck --check-prefix=LAST %s
// RUN: %fluxc --emit=network --top First %s | FileCheck --check-prefix=FIRST %s
// RUN: not %fluxc --emit=network --top Third %s 2>&1 | FileCheck --check-prefix=UNKNOWN %s

import stdlib.neurons

circuit First { population A[3] : Mlif }
circuit Second { population B[5] : Mlif }

// LAST:       network Second seed=1
// LAST-NEXT:    neurons=5 populations=1
// LAST-NEXT:  population Second.B kind=neurons size=5 first=0 model=Mlif

// FIRST:      network First seed=1
// FIRST-NEXT:   neurons=3 populations=1
// FIRST-NEXT: population First.A kind=neurons size=3 first=0 model=Mlif

// UNKNOWN:    fluxc: error: no circuit named 'Third' in '{{.*}}top-choose-circuit.flux'
