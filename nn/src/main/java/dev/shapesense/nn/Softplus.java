package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * {@code nn.Softplus}: element-wise {@code log(1 + exp(beta * x)) / beta}, linear above {@code
 * threshold}; the output has the input's shape.
 */
public class Softplus extends Module {
  private Number beta = 1;
  private Number threshold = 20;

  public Softplus() {}

  public Softplus(double beta) {
    this.beta = beta;
  }

  public Softplus(double beta, double threshold) {
    this.beta = beta;
    this.threshold = threshold;
  }

  public Softplus beta(double beta) {
    this.beta = beta;
    return this;
  }

  public Softplus threshold(double threshold) {
    this.threshold = threshold;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.softplus(input, beta.doubleValue(), threshold.doubleValue()), input);
  }

  @Override
  protected String extraRepr() {
    return "beta=" + repr(beta) + ", threshold=" + repr(threshold);
  }

  /** PyTorch prints the defaults as the ints they are, given values as floats. */
  static String repr(Number n) {
    return n instanceof Double d ? PythonFloat.repr(d) : n.toString();
  }
}
