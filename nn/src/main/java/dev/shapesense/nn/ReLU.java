package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/** {@code nn.ReLU}: element-wise {@code max(0, x)}; the output has the input's shape. */
public class ReLU extends Module {
  private boolean inplace;

  public ReLU() {}

  public ReLU(boolean inplace) {
    this.inplace = inplace;
  }

  public ReLU inplace(boolean inplace) {
    this.inplace = inplace;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.relu(input, inplace), input);
  }

  @Override
  protected String extraRepr() {
    return inplace ? "inplace=True" : "";
  }
}
