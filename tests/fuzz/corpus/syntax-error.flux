neuron A {
  param x = 1 +
}
