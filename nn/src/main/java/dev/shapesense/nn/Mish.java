package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.Mish}: element-wise {@code x * tanh(softplus(x))}; the output has the input's shape.
 */
public class Mish extends Module {
  private boolean inplace;

  public Mish() {}

  public Mish(boolean inplace) {
    this.inplace = inplace;
  }

  public Mish inplace(boolean inplace) {
    this.inplace = inplace;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.mish(input, inplace), input);
  }

  @Override
  protected String extraRepr() {
    return inplace ? "inplace=True" : "";
  }
}
