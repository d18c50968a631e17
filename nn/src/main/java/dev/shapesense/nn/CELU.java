package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * {@code nn.CELU}: continuously differentiable exponential linear unit; the output has the input's
 * shape.
 */
public class CELU extends Module {
  private double alpha = 1.0;
  private boolean inplace;

  public CELU() {}

  public CELU(double alpha) {
    this.alpha = alpha;
  }

  public CELU(double alpha, boolean inplace) {
    this.alpha = alpha;
    this.inplace = inplace;
  }

  public CELU alpha(double alpha) {
    this.alpha = alpha;
    return this;
  }

  public CELU inplace(boolean inplace) {
    this.inplace = inplace;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.celu(input, alpha, inplace), input);
  }

  @Override
  protected String extraRepr() {
    return "alpha=" + PythonFloat.repr(alpha) + (inplace ? ", inplace=True" : "");
  }
}
