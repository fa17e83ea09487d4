// Ten neurons and nothing to do: the network of bench/embed's per-call overhead figure
// (what a host pays per flux_step when the network itself costs nothing).
import stdlib.neurons

/// Two channels the host could drive, and ten neurons at rest.
extern input poke[2]
extern output watch[1]

circuit Quiet {
  population cells[10] : Mlif
  poke[0] -> cells[0 .. 5] : direct(w = 0.5)
  poke[1] -> cells[5 .. 10] : direct(w = 0.5)
  cells[0 .. 1] -> watch[0]
}
