// Handlers must name an event of their kind of model: direct, modulator, electric, fire for neurons; pre, post for synapses.
// RUN: not %fluxc check %s 2>&1 | FileCheck --strict-whitespace %s

neuron Cell {
  state v = 0.0
  on spike { v = 0 }
// CHECK:      {{^.*}}stmt-unknown-event.flux:[[@LINE-1]]:6: error: unknown event 'spike' for a neuron model; the events are direct, modulator, electric and fire{{$}}
// CHECK-NEXT: {{^}}  on spike { v = 0 }{{$}}
// CHECK-NEXT: {{^}}     ^~~~~{{$}}
}

synapse Relay {
  param w = 1.0
  on fire { deliver(w) }
// CHECK-NEXT: {{^.*}}stmt-unknown-event.flux:[[@LINE-1]]:6: error: unknown event 'fire' for a synapse model; the events are pre and post{{$}}
// CHECK-NEXT: {{^}}  on fire { deliver(w) }{{$}}
// CHECK-NEXT: {{^}}     ^~~~{{$}}
}
// CHECK-NEXT: {{^}}2 errors generated.{{$}}
