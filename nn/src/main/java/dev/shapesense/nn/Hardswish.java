package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Hardswish}: piecewise-linear approximation of swish; the output has the input's shape.
 */
public class Hardswish extends Module {
  private boolean inplace;

  public Hardswish() {}

  public Hardswish(boolean inplace) {
    this.inplace = inplace;
  }

  public Hardswish inplace(boolean inplace) {
    this.inplace = inplace;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.hardswish(input, inplace), input);
  }
}
