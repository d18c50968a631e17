package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;

/**
 * {@code nn.GELU}: Gaussian error linear unit; the output has the input's shape. {@code
 * approximate} is {@code 'none'} or {@code 'tanh'}; as in PyTorch, any other string is accepted at
 * construction and rejected by forward.
 */
public class GELU extends Module {
  private String approximate = "none";

  public GELU() {}

  public GELU(String approximate) {
    this.approximate = approximate;
  }

  public GELU approximate(String approximate) {
    this.approximate = approximate;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.gelu(input, approximate), input);
  }

  @Override
  protected String extraRepr() {
    return "approximate='" + approximate + "'";
  }
}
