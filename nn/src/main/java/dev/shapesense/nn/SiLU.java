package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/** {@code nn.SiLU}: element-wise {@code x * sigmoid(x)}; the output has the input's shape. */
public class SiLU extends Module {
  private boolean inplace;

  public SiLU() {}

  public SiLU(boolean inplace) {
    this.inplace = inplace;
  }

  public SiLU inplace(boolean inplace) {
    this.inplace = inplace;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.silu(input, inplace), input);
  }

  @Override
  protected String extraRepr() {
    return inplace ? "inplace=True" : "";
  }
}
