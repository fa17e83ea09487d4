// Statements the engines would drop are errors of lowering, at the statement: `fire` acts
// only in input handlers, `refractory for` only in `on fire` and `deliver` only in `on pre`.
// RUN: not %fluxc --emit=ir %s 2>&1 | FileCheck --strict-whitespace %s

neuron Eager {
  state v = 0.0
  evolve(dt) {
    v += dt / 1 ms
    if v > 5 { fire }
// CHECK:      {{^.*}}error-statement-without-effect.flux:[[@LINE-1]]:16: error: 'fire' is not available in 'evolve': a neuron fires from an input handler ('on direct', 'on modulator' or 'on electric') or when its 'fire when' condition holds{{$}}
// CHECK-NEXT: {{^}}    if v > 5 { fire }{{$}}
// CHECK-NEXT: {{^}}               ^~~~{{$}}
  }
  on direct(w) {
    v += w
    refractory for 1 ms
// CHECK-NEXT: {{^.*}}error-statement-without-effect.flux:[[@LINE-1]]:5: error: 'refractory for' is not available in 'on direct' yet: a neuron becomes refractory when it fires, in 'on fire'{{$}}
// CHECK-NEXT: {{^}}    refractory for 1 ms{{$}}
// CHECK-NEXT: {{^}}    ^~~~~~~~~~~~~~~~~~~{{$}}
  }
  fire when v >= 1
}

synapse Echo {
  param w: real
  param delay = 1 ms
  param kind = "direct"
  on pre { deliver(w) }
  on post { deliver(-w) }
// CHECK-NEXT: {{^.*}}error-statement-without-effect.flux:[[@LINE-1]]:13: error: 'deliver' is not available in 'on post' yet: a synapse transmits when a spike reaches it, in 'on pre'{{$}}
// CHECK-NEXT: {{^}}  on post { deliver(-w) }{{$}}
// CHECK-NEXT: {{^}}            ^~~~~~~~~~~{{$}}
}

circuit Top {
  population P[2] : Eager
  P -> P : Echo(w = 0.1)
}
// CHECK-NEXT: {{^}}3 errors generated.{{$}}
