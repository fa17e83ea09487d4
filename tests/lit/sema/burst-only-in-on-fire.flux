// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s
// `burst(count, gap)` turns the spike being emitted into a burst: only in `on fire`.

neuron N {
  state v = 0.0
  on direct(w) { v += w; burst(2, 1 ms) }
  on fire { burst(count = 2, gap = 1 ms) }
}
// CHECK: burst-only-in-on-fire.flux:6:26: error: 'burst' belongs in a neuron model's 'on fire' handler: it turns the spike being emitted into a burst
// CHECK-NEXT: {{^}}  on direct(w) { v += w; burst(2, 1 ms) }{{$}}
// CHECK: 1 error generated.
