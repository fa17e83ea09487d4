// A base circuit for inherit-across-modules.flux: its members use this module's `let` and
// extern, which a derived circuit in another module must still find.
import stdlib.neurons

let gain_w = 0.5
extern output out1

circuit Base(r: rate = 10 Hz) {
  neuron a : Mlif
  input d : regular(rate = r)
  d -> a : direct(w = gain_w)
  a -> out1
}
