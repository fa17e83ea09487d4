// Not a valid network: Mlif has no `nope` (tests/lit/distributed/refused.test).
import stdlib.neurons

circuit Bad {
  population n[2] : Mlif { nope = 1 }
}
