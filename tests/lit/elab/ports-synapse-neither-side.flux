// A connection through a port with no synapse on either side has no synapse at all: an error at the outer connection.
// RUN: not %fluxc --emit=network %s 2>&1 | FileCheck --strict-whitespace %s

import stdlib.neurons

circuit Inner {
  in drive
  population E[2] : Mlif
  drive -> E
}

circuit Top {
  population S[2] : Mlif
  instance m : Inner
  S -> m.drive
// CHECK:      {{^.*}}ports-synapse-neither-side.flux:[[@LINE-1]]:3: error: this connection has no synapse; add one, such as ': direct(w = 0.5)'{{$}}
}
