// A three-level `extends` chain where each level changes something else: Middle overrides a default and adds a param, Leaf overrides another default and replaces a handler and the firing condition; --emit=sema shows the flattened models and where each member comes from.
// RUN: %fluxc --emit=sema %s | FileCheck --strict-whitespace %s

neuron Base {
  param threshold = 1.0
  param leak = 0.05 per ms
  state v = 0.0
  evolve(dt) { v = max(0, v - leak * dt) }
  on direct(w) { v += w }
  on fire { v = 0 }
  fire when v >= threshold
}

neuron Middle extends Base {
  threshold = 0.6
  param gain = 2.0
}

neuron Leaf extends Middle {
  leak = 0.1 per ms
  on direct(w) { v += gain * w }
  fire when v >= threshold checked every 0.5 ms
}

// CHECK-LABEL: {{^}}neuron Base  [{{.*}}]{{$}}
// CHECK-NEXT:  {{^}}  param threshold : real = 1.0{{$}}
// CHECK-NEXT:  {{^}}  param leak : rate [kHz] = 0.05 per ms  (0.05 kHz){{$}}
// CHECK-NEXT:  {{^}}  state v : real = 0.0{{$}}
// CHECK-NEXT:  {{^}}  evolve(dt){{$}}
// CHECK-NEXT:  {{^}}  on direct(w){{$}}
// CHECK-NEXT:  {{^}}  on fire{{$}}
// CHECK-NEXT:  {{^}}  fire when v >= threshold{{$}}

// CHECK-LABEL: {{^}}neuron Middle extends Base  [{{.*}}]{{$}}
// CHECK-NEXT:  {{^}}  param threshold : real = 0.6  from Base{{$}}
// CHECK-NEXT:  {{^}}  param leak : rate [kHz] = 0.05 per ms  (0.05 kHz)  from Base{{$}}
// CHECK-NEXT:  {{^}}  param gain : real = 2.0{{$}}
// CHECK-NEXT:  {{^}}  state v : real = 0.0  from Base{{$}}
// CHECK-NEXT:  {{^}}  evolve(dt)  from Base{{$}}
// CHECK-NEXT:  {{^}}  on direct(w)  from Base{{$}}
// CHECK-NEXT:  {{^}}  on fire  from Base{{$}}
// CHECK-NEXT:  {{^}}  fire when v >= threshold  from Base{{$}}

// CHECK-LABEL: {{^}}neuron Leaf extends Middle <- Base  [{{.*}}]{{$}}
// CHECK-NEXT:  {{^}}  param threshold : real = 0.6  from Base{{$}}
// CHECK-NEXT:  {{^}}  param leak : rate [kHz] = 0.1 per ms  (0.1 kHz)  from Base{{$}}
// CHECK-NEXT:  {{^}}  param gain : real = 2.0  from Middle{{$}}
// CHECK-NEXT:  {{^}}  state v : real = 0.0  from Base{{$}}
// CHECK-NEXT:  {{^}}  evolve(dt)  from Base{{$}}
// CHECK-NEXT:  {{^}}  on direct(w){{$}}
// CHECK-NEXT:  {{^}}  on fire  from Base{{$}}
// CHECK-NEXT:  {{^}}  fire when v >= threshold checked every 0.5 ms{{$}}
