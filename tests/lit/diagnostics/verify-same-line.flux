// RUN: %fluxc --verify %s
// --verify passes silently when every error is announced on its line (by a substring of its message).

neuron N {
  on pre {
    v + w // expected-error {{unexpected '+'; expected a statement}}
    f(x) = w // expected-error {{unexpected '='}}
  }
}
circuit C {
  E * 2 -> I // expected-error {{unexpected '*'; expected a circuit member}}
}
