package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Softmax2d}: softmax over the channel dim (-3) of a 3-d or 4-d input; the output has the
 * input's shape.
 */
public class Softmax2d extends Module {
  public Softmax2d() {}

  public Tensor forward(Tensor input) {
    return fire(ActivationOps.softmax2d(input), input);
  }
}
