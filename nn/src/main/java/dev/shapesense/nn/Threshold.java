package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * {@code nn.Threshold}: replaces elements not above {@code threshold} by {@code value}; the output
 * has the input's shape.
 */
public class Threshold extends Module {
  private double threshold;
  private double value;
  private boolean inplace;

  public Threshold(double threshold, double value) {
    this(threshold, value, false);
  }

  public Threshold(double threshold, double value, boolean inplace) {
    this.threshold = threshold;
    this.value = value;
    this.inplace = inplace;
  }

  public Threshold inplace(boolean inplace) {
    this.inplace = inplace;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.threshold(input, threshold, value, inplace), input);
  }

  @Override
  protected String extraRepr() {
    return "threshold="
        + PythonFloat.repr(threshold)
        + ", value="
        + PythonFloat.repr(value)
        + (inplace ? ", inplace=True" : "");
  }
}
