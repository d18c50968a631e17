package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/** {@code nn.SELU}: scaled exponential linear unit; the output has the input's shape. */
public class SELU extends Module {
  private boolean inplace;

  public SELU() {}

  public SELU(boolean inplace) {
    this.inplace = inplace;
  }

  public SELU inplace(boolean inplace) {
    this.inplace = inplace;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.selu(input, inplace), input);
  }

  @Override
  protected String extraRepr() {
    return inplace ? "inplace=True" : "";
  }
}
