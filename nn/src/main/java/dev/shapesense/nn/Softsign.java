package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/** {@code nn.Softsign}: element-wise {@code x / (1 + |x|)}; the output has the input's shape. */
public class Softsign extends Module {
  public Softsign() {}

  public Tensor forward(Tensor input) {
    return fire(F.softsign(input), input);
  }
}
