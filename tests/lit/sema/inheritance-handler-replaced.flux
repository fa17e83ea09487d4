// A handler in a derived model replaces the base's handler for the same event (in its place, not added beside it); the others stay inherited.
// RUN: %fluxc --emit=sema %s | FileCheck --strict-whitespace %s

neuron Base {
  state v = 0.0
  state m = 0.0
  on direct(w) { v += w }
  on modulator(w) { m += w }
  on fire { v = 0 }
}

neuron Derived extends Base {
  param gain = 3.0
  on modulator(x) { m += gain * x }
}

// CHECK-LABEL: {{^}}neuron Derived extends Base  [{{.*}}]{{$}}
// CHECK-NEXT:  {{^}}  param gain : real = 3.0{{$}}
// CHECK-NEXT:  {{^}}  state v : real = 0.0  from Base{{$}}
// CHECK-NEXT:  {{^}}  state m : real = 0.0  from Base{{$}}
// CHECK-NEXT:  {{^}}  on direct(w)  from Base{{$}}
// CHECK-NEXT:  {{^}}  on modulator(x){{$}}
// CHECK-NEXT:  {{^}}  on fire  from Base{{$}}
// CHECK-NOT:   on modulator
