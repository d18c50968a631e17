package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/** {@code nn.ReLU6}: element-wise {@code min(max(0, x), 6)}; the output has the input's shape. */
public class ReLU6 extends Module {
  private boolean inplace;

  public ReLU6() {}

  public ReLU6(boolean inplace) {
    this.inplace = inplace;
  }

  public ReLU6 inplace(boolean inplace) {
    this.inplace = inplace;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.relu6(input, inplace), input);
  }

  @Override
  protected String extraRepr() {
    return inplace ? "inplace=True" : "";
  }
}
