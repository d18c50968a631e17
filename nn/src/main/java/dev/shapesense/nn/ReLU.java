package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/** {@code nn.ReLU}: element-wise max(0, x); output shape is the input's. */
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
    return fire(F.relu(input), input);
  }

  @Override
  protected String extraRepr() {
    return inplace ? "inplace=True" : "";
  }
}
