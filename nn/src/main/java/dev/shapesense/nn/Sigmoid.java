package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Sigmoid}: element-wise logistic function (integral input gives float32); the output has
 * the input's shape.
 */
public class Sigmoid extends Module {
  public Sigmoid() {}

  public Tensor forward(Tensor input) {
    return fire(F.sigmoid(input), input);
  }
}
