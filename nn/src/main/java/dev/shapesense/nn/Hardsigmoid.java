package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Hardsigmoid}: piecewise-linear approximation of sigmoid; the output has the input's
 * shape.
 */
public class Hardsigmoid extends Module {
  private boolean inplace;

  public Hardsigmoid() {}

  public Hardsigmoid(boolean inplace) {
    this.inplace = inplace;
  }

  public Hardsigmoid inplace(boolean inplace) {
    this.inplace = inplace;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.hardsigmoid(input, inplace), input);
  }
}
