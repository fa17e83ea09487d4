import stdlib.neurons

/// A modulated leaky integrate-and-fire neuron.
neuron Mlif {
  param rest = 0.0;  param threshold = 1.0;  param leak = 0.05 per ms
  param refractory = 2 ms;  param habituation = 0.02;  param potentiation = 0.001 per ms
  param theta_min = 0.2;  param mod_relax = 0.01 per ms;  param mod_gain = 0.5
  state level = rest;  state theta = threshold;  state mod = 0.0

  evolve(dt) {
    level = max(rest, level - leak * dt)
    theta = max(theta_min, theta - potentiation * dt)
    mod   = mod * exp(-mod_relax * dt)
  }
  on direct(w)    { if refractory { theta += habituation } else { level += w } }
  on modulator(w) { mod += w }
  on electric     { fire }
  fire when level >= theta - mod_gain * mod
  on fire         { level = rest; refractory for refractory }
}

neuron FastMlif extends Mlif { threshold = 0.6; refractory = 1 ms }

circuit Oscillator(drive_gain: real = 0.3) {
  in  drive
  out rhythm
  neuron a, b : Mlif { threshold = 0.8 }
  a -> b : direct(w = 1.2, delay = 5 ms)
  b -> a : direct(w = -2.0, delay = 5 ms)
  drive -> a : modulator(w = drive_gain)
  a -> rhythm
}

circuit Cortex(columns: int = 64) {
  instance C[columns] : Column(n = 100)
  connect C.E -> C.E : direct(w = 0.05) with small_world(k = 8, p = 0.15)
  for i in 0 .. columns {
    if i % 2 == 0 { C[i].E -> motor[i % 4] : direct(w = 0.1) }
  }
}
extern input  camera[784]
extern output motor[4]
extern fn reward() -> real
