// A synapse model reads its target neuron's fields as `post.x`: lowered against the target's
// model, a state becomes `post.state.x` (read at run time from the target population's
// arrays) and a parameter `post.param.x`, which specialisation folds when every target has
// the same value. A target state that a synapse reads is never dead. A synapse is brought up
// to date only when a spike reaches it, so its `evolve` keeps `dt` even with --dt.
// RUN: %fluxc --emit=ir %s | FileCheck --check-prefix=IR %s
// RUN: %fluxc --emit=ir-opt --dt 0.1ms %s | FileCheck --check-prefix=OPT %s

neuron Target {
  param gain = 1.0
  param scale = 1.0
  state v = 0.0
  state trace = 0.0
  on direct(w) {
    v += w * gain
  }
  fire when v >= 1
}

synapse Plastic {
  param w: real
  param delay = 1 ms
  param kind = "direct"
  param tau = 20 ms
  state x = 0.0
  state eff = w
  evolve(dt) {
    x *= exp(-dt / tau)
  }
  on pre {
    deliver(eff * post.scale)
    x += 1
  }
  on post {
    eff += 0.01 * x * post.gain * post.trace
  }
}

circuit Top {
  population A[3] : Target
  population B[2] : Target { gain = 2.0, scale = 1.5 }
  A -> B : Plastic(w = 0.5)
}

// IR-LABEL: synapse Plastic {
// IR:         on pre {
// IR-NEXT:      deliver (state.eff * post.param.scale)
// IR-NEXT:      state.x = (state.x + 1)
// IR-NEXT:    }
// IR-NEXT:    on post {
// IR-NEXT:      state.eff = (state.eff + (((0.01 * state.x) * post.param.gain) * post.state.trace))
// IR-NEXT:    }
// Synapse state starts from the parameters, `w` included, once per synapse.
// IR-NEXT:    init {
// IR-NEXT:      state.x = 0
// IR-NEXT:      state.eff = param.w
// IR-NEXT:    }
// IR-NEXT:  }
// IR:       kernel Top.A->Top.B : Plastic synapses 6
// IR-NEXT:    param w = 0.5
// IR-NEXT:    param delay = 1

// OPT-LABEL: kernel Top.B : Target neurons 2
// OPT:         state v{{$}}
// OPT-NEXT:    state trace{{$}}
// OPT-LABEL: kernel Top.A->Top.B : Plastic synapses 6
// OPT:         evolve(dt) {
// OPT-NEXT:      state.x = (state.x * exp((-dt / 20)))
// OPT-NEXT:    }
// OPT-NEXT:    on pre {
// OPT-NEXT:      deliver (state.eff * 1.5)
// OPT-NEXT:      state.x = (state.x + 1)
// OPT-NEXT:    }
// OPT-NEXT:    on post {
// OPT-NEXT:      state.eff = (state.eff + (((0.01 * state.x) * 2) * post.state.trace))
// OPT-NEXT:    }
// OPT-NEXT:    init {
// OPT-NEXT:      state.x = 0
// OPT-NEXT:      state.eff = 0.5
// OPT-NEXT:    }
