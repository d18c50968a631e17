package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Tanh}: element-wise hyperbolic tangent (integral input gives float32); the output has
 * the input's shape.
 */
public class Tanh extends Module {
  public Tanh() {}

  public Tensor forward(Tensor input) {
    return fire(F.tanh(input), input);
  }
}
