// A network whose large projection a library built with a low --embed-synapses stores as its
// rule and regenerates at load time (tests/embed/regen_test.c compares it with a library
// that stores the synapses).
import stdlib.benchmarks

extern output watch[1]

circuit Regen(n: int = 4000) {
  population E[n] : CubaLif { v = uniform(-60 mV, -50 mV) }
  connect E -> E : direct(w = 1.62 mV, delay = 0.1 ms) with probability(0.05)
  connect E[0 .. 100] -> E[100 .. 200] : direct(w = 0.5 mV) with fixed_indegree(10)
  E[0 .. 1] -> watch[0]
}
