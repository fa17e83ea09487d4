// A synapse model can read a target parameter (`post.x`) only when every target has the
// same value: it is folded into the synapse's code. One error per parameter and connection,
// however often the model reads it.
// RUN: not %fluxc --emit=ir-opt %s 2>&1 | FileCheck --strict-whitespace %s
// `--emit=ir` does not specialise, so there is nothing to report yet.
// RUN: %fluxc --emit=ir %s | FileCheck --check-prefix=IR %s

neuron Target {
  param scale = 1.0
  state v = 0.0
  on direct(w) {
    v += w
  }
  fire when v >= 1
}

synapse Scaled {
  param w: real
  param delay = 1 ms
  param kind = "direct"
  state seen = 0.0
  on pre {
    deliver(w * post.scale)
  }
  on post {
    seen += post.scale
  }
}

circuit Top {
  population A[3] : Target
  population B[2] : Target { scale = uniform(1.0, 2.0) }
  A -> B : Scaled(w = 0.5)
// CHECK:      {{^.*}}error-post-param-differs.flux:[[@LINE-1]]:3: error: 'post.scale' differs between the targets of this connection; a synapse model can read only target parameters that are the same for all{{$}}
// CHECK-NEXT: {{^}}  A -> B : Scaled(w = 0.5){{$}}
// CHECK-NEXT: {{^}}  ^~~~~~~~~~~~~~~~~~~~~~~~{{$}}
}
// CHECK-NEXT: {{^}}1 error generated.{{$}}

// IR: kernel Top.B : Target neurons 2
// IR-NEXT:   param scale varies
