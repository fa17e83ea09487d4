// RUN: %fluxc --verify %s
// --verify works for parser errors too, with the message text up to any substring.

neuron N {
  state v 0 // expected-error {{unexpected number '0'; expected '=' or ':'}}
}
