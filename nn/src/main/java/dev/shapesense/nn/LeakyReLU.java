package dev.shapesense.nn;

import dev.shapesense.tensor.Tensor;
import dev.shapesense.tensor.rules.PythonFloat;

/**
 * {@code nn.LeakyReLU}: element-wise {@code max(0, x) + negative_slope * min(0, x)}; the output has
 * the input's shape.
 */
public class LeakyReLU extends Module {
  private double negativeSlope = 0.01;
  private boolean inplace;

  public LeakyReLU() {}

  public LeakyReLU(double negativeSlope) {
    this.negativeSlope = negativeSlope;
  }

  public LeakyReLU(double negativeSlope, boolean inplace) {
    this.negativeSlope = negativeSlope;
    this.inplace = inplace;
  }

  public LeakyReLU negativeSlope(double negativeSlope) {
    this.negativeSlope = negativeSlope;
    return this;
  }

  public LeakyReLU inplace(boolean inplace) {
    this.inplace = inplace;
    return this;
  }

  public Tensor forward(Tensor input) {
    return fire(F.leakyRelu(input, negativeSlope, inplace), input);
  }

  @Override
  protected String extraRepr() {
    return "negative_slope=" + PythonFloat.repr(negativeSlope) + (inplace ? ", inplace=True" : "");
  }
}
