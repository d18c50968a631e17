package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * {@code nn.RReLU}: leaky ReLU with a random slope in {@code [lower, upper]} in training; the
 * output has the input's shape.
 */
public class RReLU extends Module {
  private double lower = 1.0 / 8;
  private double upper = 1.0 / 3;
  private boolean inplace;

  public RReLU() {}

  public RReLU(double lower) {
    this.lower = lower;
  }

  public RReLU(double lower, double upper) {
    this.lower = lower;
    this.upper = upper;
  }

  public RReLU(double lower, double upper, boolean inplace) {
    this(lower, upper);
    this.inplace = inplace;
  }

  public RReLU lower(double lower) {
    this.lower = lower;
    return this;
  }

  public RReLU upper(double upper) {
    this.upper = upper;
    return this;
  }

  public RReLU inplace(boolean inplace) {
    this.inplace = inplace;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(
        F.inPlace(input, ActivationOps.rrelu(input, lower, upper, isTraining()), inplace), input);
  }

  @Override
  protected String extraRepr() {
    return "lower="
        + PythonFloat.repr(lower)
        + ", upper="
        + PythonFloat.repr(upper)
        + (inplace ? ", inplace=True" : "");
  }
}
