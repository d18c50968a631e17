package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;

/** {@code nn.ELU}: exponential linear unit; the output has the input's shape. */
public class ELU extends Module {
  private double alpha = 1.0;
  private boolean inplace;

  public ELU() {}

  public ELU(double alpha) {
    this.alpha = alpha;
  }

  public ELU(double alpha, boolean inplace) {
    this.alpha = alpha;
    this.inplace = inplace;
  }

  public ELU alpha(double alpha) {
    this.alpha = alpha;
    return this;
  }

  public ELU inplace(boolean inplace) {
    this.inplace = inplace;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.elu(input, alpha, inplace), input);
  }

  @Override
  protected String extraRepr() {
    return "alpha=" + PythonFloat.repr(alpha) + (inplace ? ", inplace=True" : "");
  }
}
