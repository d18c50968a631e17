package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/** {@code nn.Tanhshrink}: element-wise {@code x - tanh(x)}; the output has the input's shape. */
public class Tanhshrink extends Module {
  public Tanhshrink() {}

  public Tensor forward(Tensor input) {
    return fire(F.tanhshrink(input), input);
  }
}
