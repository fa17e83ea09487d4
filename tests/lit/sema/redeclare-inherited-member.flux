// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// A derived circuit cannot declare a member its base already has.

import stdlib.neurons

circuit Base { population E[4] : Mlif }
circuit Derived extends Base { population E[8] : Mlif }
// CHECK: redeclare-inherited-member.flux:7:43: error: 'E' is declared twice in this circuit
// CHECK: redeclare-inherited-member.flux:6:27: note: the other declaration is here
