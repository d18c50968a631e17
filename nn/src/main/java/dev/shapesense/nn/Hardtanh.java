package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.ActivationRules;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * {@code nn.Hardtanh}: clamps to {@code [min_val, max_val]}; the output has the input's shape.
 * PyTorch asserts {@code max_val > min_val} at construction (a bare AssertionError).
 */
public class Hardtanh extends Module {
  private double minVal = -1.0;
  private double maxVal = 1.0;
  private boolean inplace;

  public Hardtanh() {}

  public Hardtanh(double minVal) {
    this(minVal, 1.0);
  }

  public Hardtanh(double minVal, double maxVal) {
    this(minVal, maxVal, false);
  }

  public Hardtanh(double minVal, double maxVal, boolean inplace) {
    ActivationRules.hardtanh(minVal, maxVal);
    this.minVal = minVal;
    this.maxVal = maxVal;
    this.inplace = inplace;
  }

  public Hardtanh minVal(double minVal) {
    ActivationRules.hardtanh(minVal, maxVal);
    this.minVal = minVal;
    return this;
  }

  public Hardtanh maxVal(double maxVal) {
    ActivationRules.hardtanh(minVal, maxVal);
    this.maxVal = maxVal;
    return this;
  }

  public Hardtanh inplace(boolean inplace) {
    this.inplace = inplace;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.hardtanh(input, minVal, maxVal, inplace), input);
  }

  @Override
  protected String extraRepr() {
    return "min_val="
        + PythonFloat.repr(minVal)
        + ", max_val="
        + PythonFloat.repr(maxVal)
        + (inplace ? ", inplace=True" : "");
  }
}
